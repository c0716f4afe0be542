import { Worker } from 'node:worker_threads';
import { type FoundQuotes, type Paragraphs, foundQuotesFromJSON } from './quote-finding.ts';
import type { QuoteWorkerMessage } from './quote-worker.ts';

/**
 * Finds quotations on a second thread, so that on a machine with two cores they are found while the
 * main thread builds the passage index. Rejects if the thread fails; the caller then finds them itself.
 */
export function findQuotesOnThread(paragraphs: Paragraphs, sentences: readonly number[][][], onProgress: (done: number, total: number) => void): Promise<FoundQuotes> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./quote-worker.mjs', import.meta.url));
    worker.on('message', (message: QuoteWorkerMessage) => {
      if ('progress' in message) return onProgress(...message.progress);
      void worker.terminate();
      if ('result' in message) resolve(foundQuotesFromJSON(message.result));
      else reject(new Error(message.error));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the quotation thread stopped early (exit code ${code})`)));
    worker.postMessage({ paragraphs, sentences });
  });
}
