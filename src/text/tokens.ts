import { indexTerm } from './terms.ts';
import { COUNTRY_INITIALS, alternation } from './lexicon.ts';

/** A word of a text with its place, and the index term it maps to (null for stop words). */
export interface Token {
  start: number;
  end: number;
  text: string;
  term: string | null;
}

/** A country's initials written with dots (`U.S.`, `U.K.`), longest first: one word, where other dots separate words. */
const DOTTED_COUNTRY = alternation([...COUNTRY_INITIALS.keys()].filter((initials) => initials.includes('.')));

/**
 * A word as the index tokenizes it: a run of letters and digits, or a country's dotted initials. Every other
 * character separates words, so `<FBC>` yields `FBC` and `J.C.` yields `J`, `C`, while `U.S.` is one word
 * (indexed as `America`, see `COUNTRY_INITIALS`). The one tokenizer: the index, the term statistics and the
 * reading of questions and passages all split text with it.
 */
export const WORD = new RegExp(`(?<![\\p{L}\\p{N}.])(?:${DOTTED_COUNTRY})|[\\p{L}\\p{N}]+`, 'gu');

/** The words of a text, as the index reads them. */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The words of a text with their offsets, tokenized exactly as the index tokenizes. */
export function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index!;
    tokens.push({ start, end: start + match[0].length, text: match[0], term: indexTerm(match[0]) });
  }
  return tokens;
}

/** The distinct index terms of the tokens that lie within [start, end). */
export function termsWithin(tokens: readonly Token[], start = 0, end = Infinity): Set<string> {
  const terms = new Set<string>();
  for (const token of tokens) if (token.term && token.start >= start && token.end <= end) terms.add(token.term);
  return terms;
}

/** How alike two sets of terms are: the share of their union that they have in common (Jaccard). */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const shared = sharedCount(a, b);
  return shared / (a.size + b.size - shared);
}

function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const term of a) if (b.has(term)) shared += 1;
  return shared;
}

/**
 * Whether two sets of terms overlap by at least a share. Sets whose sizes differ by more than that share
 * cannot, so most pairs are ruled out without comparing their terms; the others stop comparing once the
 * smaller set has missed more of its terms than the share allows.
 */
export function overlapsAtLeast(a: ReadonlySet<string>, b: ReadonlySet<string>, share: number): boolean {
  const [smaller, larger] = a.size <= b.size ? [a, b] : [b, a];
  if (larger.size > 0 && smaller.size / larger.size < share) return false;
  // shared / (|a| + |b| - shared) >= share exactly when shared >= share (|a| + |b|) / (1 + share).
  const allowedMisses = smaller.size - (share * (smaller.size + larger.size)) / (1 + share) + ROUNDING;
  let misses = 0;
  for (const term of smaller) if (!larger.has(term) && ++misses > allowedMisses) return false;
  return overlap(a, b) >= share;
}

/** Room for floating-point rounding, so that stopping early never decides a pair that lies on the share itself. */
const ROUNDING = 1e-9;

/** Whether the smaller of two sets of terms lies within the larger by at least a share: one says what the other says, and more. */
export function containedAtLeast(a: ReadonlySet<string>, b: ReadonlySet<string>, share: number): boolean {
  const [smaller, larger] = a.size <= b.size ? [a, b] : [b, a];
  return smaller.size > 0 && sharedCount(smaller, larger) / smaller.size >= share;
}

/** A word with its first letter in capitals (`may` → `May`), the rest as written. */
export function capitalized(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Whether a word as written begins with a capital letter. */
export function startsCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** The distinct index terms of a text, each with the first word that yields it, in order of first appearance. */
export function wordsByTerm(text: string): Map<string, string> {
  const words = new Map<string, string>();
  for (const token of tokenize(text)) {
    const term = indexTerm(token);
    if (term && !words.has(term)) words.set(term, token);
  }
  return words;
}

/** The distinct index terms of a text, in order of first appearance. */
export function indexTerms(text: string): string[] {
  return [...wordsByTerm(text).keys()];
}
