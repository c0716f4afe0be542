import { escapeRegExp } from '../../text/regexp.ts';
import { overlap, termsWithin, tokensOf } from '../../text/tokens.ts';
import type { Question } from '../question/parse.ts';
import type { RankedArticle } from '../rank/scored.ts';
import type { Snapshot } from '../../model/snapshot.ts';

/** How many of the best answers a shift reorders: those a reader would look at. */
const REORDERED = 20;
/** How much a title shaped like the last answer's counts ("BELGIAN UNEMPLOYMENT FALLS" → "NORWEGIAN UNEMPLOYMENT FALLS"). */
const LIKE_LAST_TITLE = 0.5;

/**
 * A shift says what changes ("and in march?", "what about norway") and keeps the rest: among the best
 * answers, the articles that name what changed come first, and those whose titles read like the last
 * answer's (the same kind of story about another month or country) rise among them.
 */
export function shiftedFirst(
  snapshot: Snapshot,
  ranked: RankedArticle[],
  shifted: ReadonlySet<string>,
  last: number | undefined,
): RankedArticle[] {
  const titleTerms = (article: number) => termsWithin(tokensOf(snapshot.articles[article]!.title));
  const lastTitle = last === undefined ? new Set<string>() : titleTerms(last);
  const written = new RegExp(`\\b(?:${[...shifted].map((term) => escapeRegExp(snapshot.terms.surfaceOf(term))).join('|')})`, 'i');
  const keyed = ranked.slice(0, REORDERED).map((r) => {
    const { title, paragraphs } = snapshot.articles[r.article]!;
    const names = shifted.size > 0 && (written.test(title) || paragraphs.some((p) => written.test(p)));
    return { r, names, score: r.score + LIKE_LAST_TITLE * overlap(titleTerms(r.article), lastTitle) };
  });
  keyed.sort((a, b) => Number(b.names) - Number(a.names) || b.score - a.score);
  return [...keyed.map((k) => k.r), ...ranked.slice(REORDERED)];
}

/** The terms and their other forms the question searches for (`norwegian` for `norway`). */
export function formsOf(question: Question, terms: ReadonlySet<string>): Set<string> {
  return new Set([...terms, ...question.terms.filter((t) => t.expands !== undefined && terms.has(t.expands)).map((t) => t.term)]);
}
