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
    for (const id of idsOfArticle(passages, quote.article)) if (liesIn(quote, passages[id]!)) marks[id] = 1;
  }
  return marks;
}
