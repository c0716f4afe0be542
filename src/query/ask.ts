import { InputError } from '../model/errors.ts';
import { type FilterInput, describeFilters, parseFilters } from './question/filters.ts';
import { isEmptyFilter } from '../ingest/index/filter-match.ts';
import { type Question, parseQuestion, monthMention, sourceMention } from './question/parse.ts';
import { type ArchiveWords, expandQuestion } from './question/expand.ts';
import { rankArticles, rankWithin, searchCandidates } from './rank/rank.ts';
import type { RankedArticle } from './rank/scored.ts';
import { indexTerms, tokensOf } from '../text/tokens.ts';
import { correctSpelling, readingNote } from './question/spelling.ts';
import type { Snapshot } from '../model/snapshot.ts';
import type { Filters } from '../model/filters.ts';
import { DEFAULT_RANK_OPTIONS, type RankOptions } from './options.ts';

/** Questions longer than this are refused: nobody types them, and they cost a search of every term. */
export const MAX_QUESTION_LENGTH = 500;

/** A word the archive writes capitalised this often is a name, in a question typed in lower case too. */
const NAME_SHARE = 0.9;

/** Below this share of capitalised uses across the archive, a word is a common word, whatever else calls it a name. */
const COMMON_WORD_SHARE = 0.5;

/** Whether the archive writes a word, and mostly in lower case: `rebel`, `fell`. */
export function isCommonWord(snapshot: Pick<Snapshot, 'terms'>, word: string): boolean {
  return snapshot.terms.wordCount(word) > 0 && snapshot.terms.nameShare(word) < COMMON_WORD_SHARE;
}

/** Whether the archive writes a word capitalised nearly always: a name (`japan`, `kallas`), in a question typed in lower case too. */
export function isNameWord(snapshot: Pick<Snapshot, 'terms'>, word: string): boolean {
  return snapshot.terms.nameShare(word) >= NAME_SHARE;
}

export interface AskRequest extends FilterInput {
  question: string;
}

/** A ranked answer set, kept so that "more" pages through it without searching again. */
export interface AnswerSet {
  question: Question;
  filters: Filters;
  ranked: RankedArticle[];
  /** What the reader should know: filters read from the question, filters that matched nothing. */
  notes: string[];
  /** Words to try when nothing matched. */
  suggestions: string[];
}

export function checkQuestion(text: string, option = 'question'): string {
  const question = text.replace(/\s+/g, ' ').trim();
  if (!question) throw new InputError(`${option}: empty (ask in words, e.g. "What did Zakharova say about NATO?")`);
  if (question.length > MAX_QUESTION_LENGTH) {
    throw new InputError(`${option}: too long (${question.length} characters; at most ${MAX_QUESTION_LENGTH})`);
  }
  return question;
}

/**
 * Finds and ranks the passages that answer a question, honouring explicit filters and those the question
 * states. `reweigh` adjusts the question as read (a follow-up weighs its own words above its context's).
 */
export async function answerQuestion(
  snapshot: Snapshot,
  request: AskRequest,
  options: RankOptions = DEFAULT_RANK_OPTIONS,
  reweigh: (question: Question) => Question = (question) => question,
): Promise<AnswerSet> {
  const asked = checkQuestion(request.question);
  const link = LINK_ALONE.exec(asked)?.[1];
  const linked = link === undefined ? null : await answerLink(snapshot, link, options);
  if (linked) return linked;
  const { text, corrections } = await correctSpelling(snapshot.terms, asked);
  const notes = corrections.map(([typed, read]) => readingNote(typed, read));
  if (link !== undefined) notes.push('No article of the archive has that link: searching for its words.');
  const explicit = parseFilters(request);
  const sources = snapshot.summary.sources.map((s) => s.name);
  const archive = archiveWords(snapshot);
  const isName = nameTest(archive.isNameWord, archive.isNamePhrase);
  const question = reweigh(await expandQuestion(parseQuestion(text, sources, isName), options.expansion, archive));
  const stated = withoutOverridden(datesIfDated(question.filters, snapshot), explicit);
  const filters = { ...stated, ...explicit };
  if (!isEmptyFilter(stated)) notes.push(`Reading the question as asking for ${describeFilters(stated)}.`);
  let ranked = await rankArticles(snapshot, searchable(question, stated), filters, options);
  if (ranked.length === 0 && !isEmptyFilter(stated)) {
    notes.push(`Nothing matched ${describeFilters(stated)}; showing answers from the whole archive.`);
    ranked = await rankArticles(snapshot, question, explicit, options);
    return { question, filters: explicit, ranked, notes, suggestions: await suggestionsFor(snapshot, question, ranked) };
  }
  if (ranked.length === 0 && !isEmptyFilter(explicit) && (await searchCandidates(snapshot, question, {}, options)).length > 0) {
    notes.push(`No passage matches ${describeFilters(filters)}; passages outside those filters do match: try without them.`);
  }
  return { question, filters, ranked, notes, suggestions: await suggestionsFor(snapshot, question, ranked) };
}

/** A link alone, as pasted (`https://tass.com/politics/1894093`) or as Discord wraps one (`<https://…>`). */
const LINK_ALONE = /^<?(https?:\/\/[^\s<>]+)>?$/i;

/**
 * A message that is only a link to an article the archive holds (by that link, its id) asks for that
 * article: its sentence that best tells what its title says. Null when the archive has no such article.
 */
async function answerLink(snapshot: Snapshot, link: string, options: RankOptions): Promise<AnswerSet | null> {
  const article = await snapshot.search.article(link);
  if (article === undefined) return null;
  const question = parseQuestion(snapshot.articles[article]!.title, []);
  const ranked = rankWithin(snapshot, question, article, options, () => false);
  return { question, filters: {}, ranked: ranked ? [ranked] : [], notes: ['The article that link names.'], suggestions: [] };
}

/**
 * Whether a word, or two side by side, are a name: one word by `isWord`, two by `isPhrase` (`new zealand`,
 * though `new` alone is none). A possessive's `'s` is no part of the name.
 */
export function nameTest(
  isWord: (word: string) => boolean,
  isPhrase: (first: string, second: string) => boolean,
): (words: string) => boolean {
  return (words) => {
    const [first, second] = words.toLowerCase().replace(/'s?$/, '').split(' ');
    return second === undefined ? isWord(first!) : isPhrase(first!, second);
  };
}

/** What the archive tells of words as it writes them: in lower case, capitalised, or two side by side as a name. */
function archiveWords(snapshot: Pick<Snapshot, 'terms'>): ArchiveWords {
  return {
    isCommonWord: (word) => isCommonWord(snapshot, word),
    isNameWord: (word) => isNameWord(snapshot, word),
    isNamePhrase: (first, second) => snapshot.terms.isNamePhrase(first, second),
  };
}

/** A filter the user gave as an option replaces the one the question states. */
function withoutOverridden(stated: Filters, explicit: Filters): Filters {
  const kept: Filters = { ...stated };
  if (explicit.source) delete kept.source;
  if (explicit.from || explicit.to) {
    delete kept.from;
    delete kept.to;
  }
  return kept;
}

/** In an archive whose articles carry no dates, a date in the question is only words to find ("profits in 2005"). */
function datesIfDated(stated: Filters, snapshot: Snapshot): Filters {
  if (snapshot.summary.dateRange !== null) return stated;
  return stated.source ? { source: stated.source } : {};
}

/**
 * The source and the month a question names are filters, not words to look for in the text. A year alone
 * stays a word to find as well: it is often what the story speaks of (earnings seen in 1987), not when it ran.
 */
function searchable(question: Question, stated: Filters): Question {
  let text = question.text;
  if (stated.source) text = text.replace(sourceMention(stated.source, text), ' ');
  const period = stated.from ? monthMention(text) : null;
  if (period) text = `${text.slice(0, period.index)} ${text.slice(period.index + period[0].length)}`;
  if (text === question.text) return question;
  const kept = new Set(indexTerms(text));
  const terms = question.terms.filter((t) => kept.has(t.expands ?? t.term));
  return { ...question, text, terms };
}

const SUGGESTIONS = 5;

async function suggestionsFor(snapshot: Snapshot, question: Question, ranked: readonly RankedArticle[]): Promise<string[]> {
  if (ranked.length > 0) return [];
  const own = new Set(question.terms.map((t) => t.term));
  const words = new Set<string>();
  // Only the words searched for: a question word or a reporting verb has close words (`say` → `may`) that help nobody.
  const searched = tokensOf(question.text)
    .filter((token) => token.term !== null && own.has(token.term))
    .map((token) => token.text);
  for (const term of await snapshot.search.closeTerms(searched.join(' '))) {
    if (!own.has(term)) words.add(snapshot.terms.surfaceOf(term));
    if (words.size >= SUGGESTIONS) break;
  }
  return [...words].slice(0, SUGGESTIONS);
}
