import { overlap, tokensOf } from '../../text/tokens.ts';
import { indexTerm } from '../../text/terms.ts';
import { isCalendarWord } from '../../text/lexicon.ts';
import type { Question } from '../question/parse.ts';
import type { RankedArticle } from '../rank/scored.ts';
import type { Snapshot } from '../../model/snapshot.ts';
import { termsOf, termsWrittenIn } from './terms-of.ts';

/** How many of the best answers a shift reorders: those a reader would look at. */
const REORDERED = 20;
/** How much a title shaped like the last answer's counts ("BELGIAN UNEMPLOYMENT FALLS" → "NORWEGIAN UNEMPLOYMENT FALLS"). */
const LIKE_LAST_TITLE = 0.5;
/** How much a word of the last answer's title counts when a shift asks for the same kind of story again. */
const STORY_WORDS = 0.5;

/**
 * A shift says what changes ("and in march?", "what about norway") and keeps the rest: among the best
 * answers, the articles that name what they must (see `mustName`) come first, and those whose titles read
 * like the last answer's (the same kind of story about another month or country) rise among them.
 */
export function shiftedFirst(
  snapshot: Snapshot,
  ranked: RankedArticle[],
  required: readonly ReadonlySet<string>[],
  last: number | undefined,
): RankedArticle[] {
  const titleTerms = (article: number) => termsOf(snapshot.articles[article]!.title);
  const lastTitle = last === undefined ? new Set<string>() : titleTerms(last);
  const keyed = ranked.slice(0, REORDERED).map((r) => {
    const written = termsWrittenIn(snapshot.articles[r.article]!);
    const names = required.length > 0 && required.every((forms) => [...forms].some((term) => written.has(term)));
    return { r, names, score: r.score + LIKE_LAST_TITLE * overlap(titleTerms(r.article), lastTitle) };
  });
  keyed.sort((a, b) => Number(b.names) - Number(a.names) || b.score - a.score);
  return [...keyed.map((k) => k.r), ...ranked.slice(REORDERED)];
}

/**
 * What an answer to a shift must name, each as the forms of which one will do: the name a shift brings
 * (`norway` or `norwegian`); for a new period, the period and each name the question keeps (`march` and
 * `japan` for "and in march?" after Japan's money supply in February).
 */
export function mustName(
  question: Question,
  own: ReadonlySet<string>,
  newPeriod: boolean,
  surfaceOf: (term: string) => string,
): Set<string>[] {
  const shifted = formsOf(question, own);
  if (!newPeriod) return shifted.size > 0 ? [shifted] : [];
  const kept = question.terms.filter(
    (t) => t.exact && t.expands === undefined && !own.has(t.term) && !/\d/.test(t.term) && !isCalendarWord(surfaceOf(t.term)),
  );
  return [shifted, ...kept.map((t) => formsOf(question, new Set([t.term])))].filter((forms) => forms.size > 0);
}

/** The terms and their other forms the question searches for (`norwegian` for `norway`). */
function formsOf(question: Question, terms: ReadonlySet<string>): Set<string> {
  return new Set([...terms, ...question.terms.filter((t) => t.expands !== undefined && terms.has(t.expands)).map((t) => t.term)]);
}

/**
 * The words of the last answer's title that say what kind of story it was (`unemployment`, `falls`), not
 * what a shift replaces: no names, dates or numbers. A shift asks for the same kind of story, and the title
 * says it in the archive's words where the question may not (`jobless rate` for `unemployment`).
 */
export function storyWords(title: string, commonWord: (word: string) => boolean, isName: (words: string) => boolean): string[] {
  const words = tokensOf(title).map(({ text, term }) => ({ word: text.toLowerCase(), term }));
  const inName = new Set<number>();
  words.forEach(({ word }, i) => {
    if (i + 1 < words.length && isName(`${word} ${words[i + 1]!.word}`)) inName.add(i).add(i + 1);
  });
  return words.flatMap(({ word, term }, i) =>
    term && !/\d/.test(word) && !isCalendarWord(word) && commonWord(word) && !inName.has(i) ? [word] : [],
  );
}

/** The question searching also for the words of the kind of story it asks again, below its own words. */
export function withStoryWords(question: Question, words: readonly string[]): Question {
  const terms = new Map(question.terms.map((t) => [t.term, t]));
  const added: string[] = [];
  for (const word of words) {
    const term = indexTerm(word)!;
    if (terms.has(term)) continue;
    terms.set(term, { term, weight: STORY_WORDS, exact: false });
    added.push(word);
  }
  return { ...question, terms: [...terms.values()], expansions: [...question.expansions, ...added] };
}
