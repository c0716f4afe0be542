import { markQuotedPassages } from './quoted-passages.ts';
import { quoteIdsBySpeaker } from './directory.ts';
import type { Passage } from '../../model/passage.ts';
import type { StoredQuote } from '../../model/quote.ts';
import type { Snapshot } from '../../model/snapshot.ts';

/** What a snapshot derives from its quotations when it is built or loaded (never cached): where they lie, and whose they are. */
export function quoteLookups(
  passages: readonly Passage[],
  quotes: readonly StoredQuote[],
): Pick<Snapshot, 'quotedPassages' | 'quotesBySpeaker'> {
  return { quotedPassages: markQuotedPassages(passages, quotes), quotesBySpeaker: quoteIdsBySpeaker(quotes) };
}
