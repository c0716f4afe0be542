import { type FoundQuotesJSON, type Paragraphs, findQuotes, foundQuotesToJSON } from './find.ts';
import { serveOnThread } from '../threads.ts';

export interface QuoteWork {
  paragraphs: Paragraphs;
  sentences: readonly number[][][];
}

serveOnThread<QuoteWork, FoundQuotesJSON>(async ({ paragraphs, sentences }, onProgress) =>
  foundQuotesToJSON(await findQuotes(paragraphs, sentences, onProgress)),
);
