import { markQuotedPassages } from './quotes/quoted-passages.ts';
import { quoteIdsBySpeaker } from './quotes/directory.ts';
import type { Snapshot } from '../model/snapshot.ts';

/** What a snapshot is made of when it is built, or read from the cache. */
export type SnapshotParts = Omit<Snapshot, 'quotedPassages' | 'quotesBySpeaker' | 'fromCache'>;

/**
 * A snapshot from its parts, with what it derives from its quotations (never cached): where they lie,
 * and whose they are.
 */
export function assembleSnapshot(parts: SnapshotParts, fromCache: boolean): Snapshot {
  const { passages, quotes } = parts;
  return { ...parts, quotedPassages: markQuotedPassages(passages, quotes), quotesBySpeaker: quoteIdsBySpeaker(quotes), fromCache };
}
