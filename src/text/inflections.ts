import { createRequire } from 'node:module';

/** Infinitive → its [past, past participle] pairs, from the english-verbs-irregular list. */
const IRREGULAR_VERBS = createRequire(import.meta.url)('english-verbs-irregular/dist/verbs.json') as Record<string, string[][]>;

/**
 * The irregular past forms of a verb: `grow` → `grew`, `grown`; `buy` → `bought`. Regular forms need
 * none: the stemmer already folds `rises` and `rising` onto `rise`, but never `rose` or `risen`.
 */
export function irregularFormsOf(verb: string): string[] {
  if (!Object.hasOwn(IRREGULAR_VERBS, verb)) return [];
  return [...new Set(IRREGULAR_VERBS[verb]!.flat())].filter((form) => form !== verb);
}
