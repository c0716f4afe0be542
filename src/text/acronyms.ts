import { type Token, startsCapitalized, tokensOf } from './tokens.ts';

/** Small words that may stand inside a spelled-out name without giving a letter: Bank *of* England. */
export const JOINING_WORDS: ReadonlySet<string> = new Set(['of', 'and', 'for', 'the']);
const LONGEST = 6;
const ACRONYM = new RegExp(`^\\p{Lu}{2,${LONGEST}}$`, 'u');

/** Whether a word as written is an acronym worth spelling out: two to six capitals (`GM`, `IMF`, `OPEC`). */
export function isAcronym(word: string): boolean {
  return ACRONYM.test(word);
}

/**
 * The initials a name of capitalized words is known by, small joining words skipped: `Securities and Exchange
 * Commission` → `SEC`; null for a name of one word or with a word in lower case (`Barclays de Zoete Wedd`).
 */
export function initialsOf(name: string): string | null {
  const words = name.split(' ').filter((word) => !JOINING_WORDS.has(word));
  if (words.length < 2 || words.length > LONGEST || !words.every(startsCapitalized)) return null;
  return words.map((word) => word[0]).join('');
}

/**
 * The wanted acronyms that a run of capitalized words spells out: `General Motors` gives `GM`,
 * `International Monetary Fund` gives `IMF`, `United States` gives `US`.
 */
export function spelledOut(tokens: readonly Token[], wanted: ReadonlySet<string> | ReadonlyMap<string, unknown>): Set<string> {
  const found = new Set<string>();
  if (wanted.size === 0) return found;
  tokens.forEach((token, first) => {
    if (!startsCapitalized(token.text)) return;
    for (const { initials } of initialsFrom(tokens, first)) if (wanted.has(initials)) found.add(initials);
  });
  return found;
}

/**
 * The initials of a run of capitalized words that begins at a token, small joining words skipped: after each
 * capitalized word, the initials so far and where the run then ends.
 */
function* initialsFrom(tokens: readonly Token[], first: number): Generator<{ initials: string; last: number }> {
  let initials = '';
  for (let i = first; i < tokens.length && initials.length < LONGEST; i++) {
    const word = tokens[i]!.text;
    if (startsCapitalized(word)) {
      initials += word[0];
      yield { initials, last: i };
    } else if (!JOINING_WORDS.has(word)) return;
  }
}

/** An acronym given in parentheses after the name it stands for: `International Commodity Clearing House (ICCH)`. */
const IN_PARENTHESES = /\((\p{Lu}{2,6})\)/gu;

/**
 * The acronyms a text defines, each with the words of the name it stands for: `the International Commodity
 * Clearing House (ICCH)` gives `ICCH` → `International Commodity Clearing House`, so that a later `the ICCH
 * said` speaks of a clearing house. The name's capitalized words, small joining words aside, spell the acronym.
 */
export function acronymsDefined(text: string): Map<string, string> {
  const defined = new Map<string, string>();
  for (const match of text.matchAll(IN_PARENTHESES)) {
    const acronym = match[1]!;
    const name = nameSpelling(tokensOf(text.slice(Math.max(0, match.index! - 200), match.index)), acronym);
    if (name && !defined.has(acronym)) defined.set(acronym, name);
  }
  return defined;
}

/** The words that end a run of tokens and spell an acronym with their initials; null if none do. */
function nameSpelling(tokens: readonly Token[], acronym: string): string | null {
  for (let first = 0; first < tokens.length; first++) {
    if (!startsCapitalized(tokens[first]!.text)) continue;
    for (const { initials, last } of initialsFrom(tokens, first)) {
      if (last === tokens.length - 1 && initials === acronym)
        return tokens
          .slice(first)
          .map((t) => t.text)
          .join(' ');
    }
  }
  return null;
}
