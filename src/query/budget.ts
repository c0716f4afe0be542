/**
 * A first-stage search costs time in proportion to the index entries it reads, so it reads at most
 * this many: a fixed count, not a share, keeps a question's cost flat as the archive grows. Words left
 * out of the search still count when its results are read closely.
 */
const SEARCH_BUDGET = 10_000;
/** Words held by more passages than this barely move BM25: searched only when nothing rarer is known. */
const COMMON_PASSAGES = 3000;

/** The words, in order, that fit the budget; a common word only while nothing known is taken. */
export function withinBudget(words: readonly string[], cost: (word: string) => number): string[] {
  const chosen: string[] = [];
  let spent = 0;
  for (const word of words) {
    const anyKnown = spent > 0;
    if (anyKnown && (cost(word) > COMMON_PASSAGES || spent + cost(word) > SEARCH_BUDGET)) continue;
    chosen.push(word);
    spent += cost(word);
  }
  return chosen;
}
