import type { StoredQuote } from '../../model/quote.ts';

/** Where a quotation stands, and whose it is. */
type PlacedQuote = Pick<StoredQuote, 'article' | 'paragraph' | 'start' | 'end' | 'speaker'>;

/**
 * The quotations lying within a longer one of the same speaker: reported speech often holds a few words in
 * quote marks (`such formats "really create alternative platforms"`), which the longer quotation already shows.
 */
export function nestedQuotes<T extends PlacedQuote>(quotes: readonly T[]): Set<T> {
  const byParagraph = new Map<string, T[]>();
  for (const quote of quotes) {
    const key = `${quote.article}:${quote.paragraph}:${quote.speaker?.toLowerCase()}`;
    const others = byParagraph.get(key);
    if (others) others.push(quote);
    else byParagraph.set(key, [quote]);
  }
  const nested = new Set<T>();
  for (const group of byParagraph.values()) {
    for (const quote of group) if (group.some((other) => holds(other, quote))) nested.add(quote);
  }
  return nested;
}

/** The quotations that lie within no longer one of the same speaker: each thing said counted once. */
export function outermostQuotes<T extends PlacedQuote>(quotes: readonly T[]): T[] {
  const nested = nestedQuotes(quotes);
  return quotes.filter((quote) => !nested.has(quote));
}

function holds(outer: PlacedQuote, inner: PlacedQuote): boolean {
  return outer.start <= inner.start && outer.end >= inner.end && outer.end - outer.start > inner.end - inner.start;
}
