import type { RankOptions } from './options.ts';

/** The words, in order, that fit the search budget; a common word only while nothing known is taken. */
export function withinBudget(
  words: readonly string[],
  cost: (word: string) => number,
  { searchBudget, commonPassages }: Pick<RankOptions, 'searchBudget' | 'commonPassages'>,
): string[] {
  const chosen: string[] = [];
  let spent = 0;
  for (const word of words) {
    const anyKnown = spent > 0;
    if (anyKnown && (cost(word) > commonPassages || spent + cost(word) > searchBudget)) continue;
    chosen.push(word);
    spent += cost(word);
  }
  return chosen;
}
