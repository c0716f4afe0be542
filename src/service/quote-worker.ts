import { parentPort } from 'node:worker_threads';
import { type Paragraphs, findQuotes, foundQuotesToJSON } from './quote-finding.ts';

/** Messages from the thread that finds quotations while the main thread builds the passage index. */
export type QuoteWorkerMessage = { progress: [done: number, total: number] } | { result: ReturnType<typeof foundQuotesToJSON> } | { error: string };

parentPort!.once('message', async ({ paragraphs, sentences }: { paragraphs: Paragraphs; sentences: number[][][] }) => {
  try {
    const found = await findQuotes(paragraphs, sentences, (done, total) => parentPort!.postMessage({ progress: [done, total] } satisfies QuoteWorkerMessage));
    parentPort!.postMessage({ result: foundQuotesToJSON(found) } satisfies QuoteWorkerMessage);
  } catch (error) {
    parentPort!.postMessage({ error: (error as Error).message } satisfies QuoteWorkerMessage);
  }
});
