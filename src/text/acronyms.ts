import { type Token, startsCapitalized } from './tokens.ts';

/** Small words that may stand inside a spelled-out name without giving a letter: Bank *of* England. */
export const JOINING_WORDS: ReadonlySet<string> = new Set(['of', 'and', 'for', 'the']);
const LONGEST = 6;
const ACRONYM = new RegExp(`^\\p{Lu}{2,${LONGEST}}$`, 'u');

/** Whether a word as written is an acronym worth spelling out: two to six capitals (`GM`, `IMF`, `OPEC`). */
export function isAcronym(word: string): boolean {
  return ACRONYM.test(word);
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
    let initials = '';
    for (let i = first; i < tokens.length && initials.length < LONGEST; i++) {
      const word = tokens[i]!.text;
      if (startsCapitalized(word)) initials += word[0];
      else if (JOINING_WORDS.has(word)) continue;
      else break;
      if (wanted.has(initials)) found.add(initials);
    }
  });
  return found;
}
