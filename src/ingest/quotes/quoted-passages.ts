import { idsOfArticle } from '../index/article-order.ts';
import type { Passage, QuoteSpan } from '../../model/passage.ts';

/** Whether a quotation lies (at least partly) in a passage. */
export function liesIn(quote: QuoteSpan, passage: Passage): boolean {
  return (
    quote.article === passage.article && quote.paragraph === passage.paragraph && quote.start < passage.end && quote.end > passage.start
  );
}

/** The quotations (by id, among quotations in article order) that lie in a passage. */
export function quotesInPassage(quotes: readonly QuoteSpan[], passage: Passage): number[] {
  return idsOfArticle(quotes, passage.article).filter((id) => liesIn(quotes[id]!, passage));
}

/** One mark per passage: 1 where a quotation lies, so a search for who said something reads only those. */
export function markQuotedPassages(passages: readonly Passage[], quotes: readonly QuoteSpan[]): Uint8Array {
  const marks = new Uint8Array(passages.length);
  for (const quote of quotes) {
    for (let id = firstNotBefore(passages, quote); id < passages.length && liesIn(quote, passages[id]!); id++) marks[id] = 1;
  }
  return marks;
}

/** The first passage that does not end before a quotation begins: passages are in the order of the text. */
function firstNotBefore(passages: readonly Passage[], quote: QuoteSpan): number {
  const before = (p: Passage) =>
    p.article < quote.article ||
    (p.article === quote.article && (p.paragraph < quote.paragraph || (p.paragraph === quote.paragraph && p.end <= quote.start)));
  let low = 0;
  let high = passages.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (before(passages[middle]!)) low = middle + 1;
    else high = middle;
  }
  return low;
}
