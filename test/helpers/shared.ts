import { existsSync } from 'node:fs';
import path from 'node:path';

/** The developers' shared data (article collections, evaluation sets), beside the repository when present. */
export const SHARED = path.resolve(import.meta.dirname, '../../../shared');

/** Whether the shared data is there; tests over it are skipped, and say so, where it is not. */
export const sharedAvailable = existsSync(path.join(SHARED, 'corpora'));

if (!sharedAvailable) console.warn(`skipping the tests over the shared collections: ${SHARED} not found`);
