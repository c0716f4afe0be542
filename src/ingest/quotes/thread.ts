import { type FoundQuotes, type FoundQuotesJSON, type Paragraphs, foundQuotesFromJSON } from './find.ts';
import type { QuoteWork } from './worker.ts';
import { runOnThread } from '../threads.ts';

/**
 * Finds quotations on a second thread, so that on a machine with two cores they are found while the
 * main thread builds the passage index. Rejects if the thread fails; the caller then finds them itself.
 */
export async function findQuotesOnThread(
  paragraphs: Paragraphs,
  sentences: readonly number[][][],
  onProgress: (done: number, total: number) => void,
): Promise<FoundQuotes> {
  const work: QuoteWork = { paragraphs, sentences };
  return foundQuotesFromJSON(await runOnThread<QuoteWork, FoundQuotesJSON>(new URL('./worker.ts', import.meta.url), work, onProgress));
}
