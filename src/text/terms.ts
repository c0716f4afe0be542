import stem from 'wink-porter2-stemmer';
import { eng as englishStopWords } from 'stopword';
import { COUNTRY_INITIALS } from './lexicon.ts';

/**
 * The package's list, and what it leaves out: `its`, `via`, and the stems a
 * negated auxiliary leaves (`wouldn't` → `wouldn` `t`).
 */
const STOP_WORDS: ReadonlySet<string> = new Set([
  ...englishStopWords,
  ...['its', 'itself', 'via'],
  ...['aren', 'couldn', 'didn', 'doesn', 'hadn', 'hasn', 'haven', 'isn', 'shouldn', 'wasn', 'weren', 'wouldn'],
]);

/** Index terms by the token as written: the index, the statistics and every passage read ask for the same words. */
const termsByToken = new Map<string, string | null>();
const TERM_CACHE_LIMIT = 200_000;

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
  let term = termsByToken.get(token);
  if (term === undefined) {
    term = termOf(foldTerm(COUNTRY_INITIALS.get(token) ?? token));
    if (termsByToken.size >= TERM_CACHE_LIMIT) termsByToken.clear();
    termsByToken.set(token, term);
  }
  return term;
}

export function isStopWord(token: string): boolean {
  return STOP_WORDS.has(foldTerm(token));
}

function termOf(folded: string): string | null {
  if (STOP_WORDS.has(folded)) return null;
  if (folded.length === 1 && !/\d/.test(folded)) return null;
  return /\d/.test(folded) ? folded : stem(folded);
}
