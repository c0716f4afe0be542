import type { Article } from '../../model/article.ts';
import { extractQuotes } from './extract.ts';
import { checkpoint } from '../checkpoints.ts';
import type { Speaker, StoredQuote } from '../../model/quote.ts';
import { InMemorySpeakerDirectory } from './directory.ts';

/** The articles' text as quotation finding needs it: paragraphs only, cheap to send to another thread. */
export type Paragraphs = readonly (readonly string[])[];

export interface FoundQuotes {
  quotes: StoredQuote[];
  speakers: InMemorySpeakerDirectory;
}

/** The same, as plain data that can cross to another thread. */
export interface FoundQuotesJSON {
  quotes: StoredQuote[];
  speakers: Speaker[];
}

/** Finds every quotation and its speaker, made canonical across the archive. */
export async function findQuotes(
  paragraphs: Paragraphs,
  sentences: readonly number[][][],
  onProgress?: (done: number, total: number) => void,
): Promise<FoundQuotes> {
  const extracted: StoredQuote[] = [];
  for (const [i, article] of paragraphs.entries()) {
    for (const { text: _text, ...quote } of extractQuotes(article, sentences[i]!)) extracted.push({ ...quote, article: i });
    await checkpoint(i + 1, paragraphs.length, onProgress);
  }
  const { directory, canonical } = InMemorySpeakerDirectory.build(extracted);
  const quotes = extracted.map((quote, i) => withCanonicalSpeaker(quote, canonical[i] ?? null));
  return { quotes, speakers: directory };
}

/** A quotation under its speaker's one name in the archive, keeping the name its article gives when that differs. */
function withCanonicalSpeaker(quote: StoredQuote, canonical: string | null): StoredQuote {
  return quote.speaker && canonical !== quote.speaker ? { ...quote, speaker: canonical, named: quote.speaker } : quote;
}

/** The speaker of a quotation as its article names them. */
export function speakerAsNamed(quote: StoredQuote): string | null {
  return quote.named ?? quote.speaker;
}

export function foundQuotesToJSON(found: FoundQuotes): FoundQuotesJSON {
  return { quotes: found.quotes, speakers: found.speakers.toJSON() };
}

export function foundQuotesFromJSON(json: FoundQuotesJSON): FoundQuotes {
  return { quotes: json.quotes, speakers: InMemorySpeakerDirectory.fromJSON(json.speakers) };
}

/** The words of a stored quotation, verbatim from its article. */
export function quoteText(articles: readonly Article[], quote: StoredQuote): string {
  return quotedIn(articles[quote.article]!.paragraphs, quote);
}

function quotedIn(paragraphs: readonly string[], quote: StoredQuote): string {
  return paragraphs[quote.paragraph]!.slice(quote.start, quote.end);
}
