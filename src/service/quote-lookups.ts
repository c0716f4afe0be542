import type { Passage } from '../search/passages.ts';
import { markQuotedPassages } from '../search/quoted-passages.ts';
import { quoteIdsBySpeaker } from '../search/speakers.ts';
import type { StoredQuote } from './quote-finding.ts';
import type { Snapshot } from './snapshot.ts';

/** What a snapshot derives from its quotations when it is built or loaded (never cached): where they lie, and whose they are. */
export function quoteLookups(passages: readonly Passage[], quotes: readonly StoredQuote[]): Pick<Snapshot, 'quotedPassages' | 'quotesBySpeaker'> {
  return { quotedPassages: markQuotedPassages(passages, quotes), quotesBySpeaker: quoteIdsBySpeaker(quotes) };
}
