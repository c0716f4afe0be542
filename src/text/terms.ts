import stem from 'wink-porter2-stemmer';
import { eng as englishStopWords } from 'stopword';

/**
 * The package's list, and what it leaves out: `its`, `via`, and the stems a
 * negated auxiliary leaves (`wouldn't` → `wouldn` `t`).
 */
const STOP_WORDS: ReadonlySet<string> = new Set([
  ...englishStopWords,
  ...['its', 'itself', 'via'],
  ...['aren', 'couldn', 'didn', 'doesn', 'hadn', 'hasn', 'haven', 'isn', 'shouldn', 'wasn', 'weren', 'wouldn'],
]);

const stems = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

/** Folds case and accents: `Zakharová` → `zakharova`. */
export function foldTerm(term: string): string {
  const lower = term.toLowerCase();
  return /[\u0080-\uffff]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}+/gu, '') : lower;
}

/**
 * The index term for a token: folded, stemmed so that `attacks`, `attacked` and `attack` meet;
 * null for stop words and stray single letters (the `s` of `casey's`), which match everything.
 */
export function indexTerm(token: string): string | null {
  const folded = foldTerm(token);
  if (STOP_WORDS.has(folded)) return null;
  if (folded.length === 1 && !/\d/.test(folded)) return null;
  return stemOf(folded);
}

export function isStopWord(token: string): boolean {
  return STOP_WORDS.has(foldTerm(token));
}

function stemOf(folded: string): string {
  if (/\d/.test(folded)) return folded;
  let stemmed = stems.get(folded);
  if (stemmed === undefined) {
    stemmed = stem(folded);
    if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
    stems.set(folded, stemmed);
  }
  return stemmed;
}
