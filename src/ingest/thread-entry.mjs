// The entry of every worker thread: TypeScript is loaded through tsx's API, so that a thread starts the
// same way under `tsx`, plain `node` and the test runner; then the worker module named by the caller runs.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
