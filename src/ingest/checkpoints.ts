/** Long loops over articles report progress and yield to the event loop this often, so the bot keeps answering. */
const EVERY = 500;

/** After item `done` of `total`: every few hundred items, and at the last, report progress and let other work run. */
export async function checkpoint(done: number, total: number, onProgress?: (done: number, total: number) => void): Promise<void> {
  if (done % EVERY !== 0 && done !== total) return;
  onProgress?.(done, total);
  await new Promise((resolve) => setImmediate(resolve));
}
