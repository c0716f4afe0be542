import { markQuotedPassages } from './quotes/quoted-passages.ts';
import { quoteIdsBySpeaker } from './quotes/directory.ts';
import { MemorySearch } from './index/memory-search.ts';
import type { MemorySnapshot } from '../model/snapshot.ts';

/** What a snapshot is made of when it is built, or read from the cache. */
export type SnapshotParts = Omit<MemorySnapshot, 'quotedPassages' | 'quotesBySpeaker' | 'fromCache' | 'search'>;

/**
 * A snapshot from its parts, with what it derives from its quotations (never cached): where they lie,
 * and whose they are.
 */
export function assembleSnapshot(parts: SnapshotParts, fromCache: boolean): MemorySnapshot {
  const { passages, quotes } = parts;
  const held = { ...parts, quotedPassages: markQuotedPassages(passages, quotes), quotesBySpeaker: quoteIdsBySpeaker(quotes), fromCache };
  return { ...held, search: new MemorySearch(held) };
}
