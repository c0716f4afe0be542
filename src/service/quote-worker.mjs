// The quotation thread's entry: TypeScript is loaded through tsx's API, so that the thread starts the
// same way under `tsx`, plain `node` and the test runner.
import { register } from 'tsx/esm/api';

register();
await import('./quote-worker.ts');
