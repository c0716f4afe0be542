import { Worker, parentPort } from 'node:worker_threads';

/** What a worker thread sends back: progress as it goes, then one result or one error. */
type ThreadMessage<Output> = { progress: [done: number, total: number] } | { result: Output } | { error: string };

const ENTRY = new URL('./thread-entry.mjs', import.meta.url);

/**
 * Runs a worker module (one that calls `serveOnThread`) on a second thread with one input, and resolves
 * with its result. Rejects if the thread fails or stops early; the caller then does the work itself.
 */
export function runOnThread<Input, Output>(module: URL, input: Input, onProgress?: (done: number, total: number) => void): Promise<Output> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(ENTRY, { workerData: { module: module.href } });
    worker.on('message', (message: ThreadMessage<Output>) => {
      if ('progress' in message) return onProgress?.(...message.progress);
      void worker.terminate();
      if ('result' in message) resolve(message.result);
      else reject(new Error(message.error));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the thread stopped early (exit code ${code})`)));
    worker.postMessage(input);
  });
}

/** In a worker module: does the work for the one input the main thread sends, and sends back the result. */
export function serveOnThread<Input, Output>(
  work: (input: Input, onProgress: (done: number, total: number) => void) => Promise<Output>,
): void {
  const port = parentPort;
  if (!port) throw new Error('serveOnThread runs only in a worker thread');
  const send = (message: ThreadMessage<Output>) => port.postMessage(message);
  port.once('message', async (input: Input) => {
    try {
      send({ result: await work(input, (done, total) => send({ progress: [done, total] })) });
    } catch (error) {
      send({ error: (error as Error).message });
    }
  });
}
