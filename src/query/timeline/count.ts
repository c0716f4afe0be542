import { InputError } from '../../model/errors.ts';
import { tokenize, wordsByTerm } from '../../text/tokens.ts';
import { alternation, initialsOfSameCountry } from '../../text/lexicon.ts';
import { dayOf } from '../../ingest/read/dates.ts';
import { speakerKey } from '../../ingest/quotes/speaker-names.ts';
import { checkQuestion } from '../ask.ts';
import { type FilterInput, parseFilters } from '../question/filters.ts';
import { matchesFilters } from '../../ingest/index/filter-match.ts';
import { resolveSpeaker } from '../quotes/quotations.ts';
import { PERIODS, type Period, checkPeriod, periodFor, periodOf, periodsBetween } from './periods.ts';
import type { CountedArticle, Snapshot } from '../../model/snapshot.ts';
import type { ArticleRef } from '../../model/results.ts';
import type { Speaker } from '../../model/quote.ts';
import type { Filters } from '../../model/filters.ts';

export interface TimelineRequest extends FilterInput {
  /** Words an article must all hold (in any form the index folds together), or a phrase in quotes. */
  query?: string | undefined;
  /** Count this speaker's quotations instead of articles (on the query's topic when one is given). */
  speaker?: string | undefined;
  by?: string | undefined;
}

export interface TimelineBucket {
  /** The period's start: `1987`, `1987-03`, or a day (`1987-03-02`; for a week, its Monday). */
  start: string;
  count: number;
  /** The count by source. */
  sources: Record<string, number>;
}

/** How often the archive speaks of something, period by period. */
export interface TimelineCount {
  query: string | null;
  speaker: Speaker | null;
  filters: Filters;
  by: Period;
  /** Every period between the first item counted and the last, zeros included. */
  buckets: TimelineBucket[];
  total: number;
  /** What was counted: matching articles, or the speaker's quotations. */
  counts: 'articles' | 'quotations';
  /** The first and the last article counted (for a speaker, those holding the first and last quotation). */
  first: ArticleRef | null;
  last: ArticleRef | null;
  /** Items that matched but have no date, and so stand in no period. */
  undated: number;
  /** The speakers most quoted in the articles counted. */
  speakers: { name: string; quotes: number }[];
  /** Why the periods are not the ones asked for, when they are not. */
  note: string | null;
}

/** The most bars a chart draws: more are thinner than a pixel at Discord's width. */
const MAX_PERIODS = 400;
/** How many of the most quoted speakers a timeline names. */
const SPEAKERS_NAMED = 3;
const QUOTED_PHRASE = /^\s*["“”'‘](.+)["“”'’]\s*$/s;

/**
 * Counts the articles that speak of something, period by period: an article counts once, however often
 * it names the query, when it holds every word of the query or the quoted phrase. With a speaker, counts
 * that speaker's quotations instead.
 */
export async function countTimeline(snapshot: Snapshot, request: TimelineRequest): Promise<TimelineCount> {
  const query = request.query?.trim() ? checkQuestion(request.query, 'query') : null;
  const speaker = request.speaker?.trim() ? resolveSpeaker(snapshot, request.speaker) : null;
  if (!query && !speaker) throw new InputError('query: give the words to count (or a speaker whose quotations to count)');
  const filters = parseFilters(request);
  const requested = checkPeriod(request.by);
  const matching = query ? await articlesMatching(snapshot, query) : null;
  const numbers = speaker ? await speakerItems(snapshot, speaker, matching) : [...matching!];
  const phrase = query ? QUOTED_PHRASE.exec(query)?.[1] : undefined;
  const facts = new Map(
    (await snapshot.search.countedArticles([...new Set(numbers)], phrase ? phraseExpression(phrase) : null)).map((f) => [f.number, f]),
  );
  const counted = numbers.flatMap((number) => facts.get(number) ?? []).filter((item) => matchesFilters(item.ref, filters));
  const dated = counted.filter((item) => item.ref.date !== null);
  dated.sort((a, b) => a.ref.date!.localeCompare(b.ref.date!));
  const days = dated.map((item) => dayOf(item.ref.date!));
  const chosen = requested ?? (days.length > 0 ? periodFor(days[0]!, days.at(-1)!) : 'month');
  const by = days.length > 0 ? fitting(days[0]!, days.at(-1)!, chosen) : chosen;
  const note = by === chosen ? null : `By ${chosen}, the span would take more than ${MAX_PERIODS} bars; counted by ${by}.`;
  return {
    note,
    query,
    speaker,
    filters,
    by,
    buckets: bucketsOf(dated, days, by),
    total: dated.length,
    counts: speaker ? 'quotations' : 'articles',
    first: dated[0]?.ref ?? null,
    last: dated.at(-1)?.ref ?? null,
    undated: counted.length - dated.length,
    speakers: speaker ? [] : mostQuoted([...new Set(dated)]),
  };
}

/** The period asked for, or the finest longer one whose bars over the span stay few enough to read. */
function fitting(firstDay: string, lastDay: string, period: Period): Period {
  const longer = PERIODS.slice(PERIODS.indexOf(period));
  return longer.find((p) => periodsBetween(firstDay, lastDay, p).length <= MAX_PERIODS) ?? 'year';
}

/** The articles (by number in the archive) that hold every word of a query, or of its quoted phrase, in one of their indexed forms. */
async function articlesMatching(snapshot: Snapshot, query: string): Promise<Set<number>> {
  const phrase = QUOTED_PHRASE.exec(query)?.[1] ?? null;
  const words = [...wordsByTerm(phrase ?? query)];
  if (words.length === 0) throw new InputError(`query: "${query}" has only common words, which every article holds; name something`);
  words.sort(([a], [b]) => snapshot.terms.postings(a) - snapshot.terms.postings(b));
  let found = await snapshot.search.articlesHolding(words[0]![1]);
  for (const [, word] of words.slice(1)) {
    if (found.size === 0) break;
    const holding = await snapshot.search.articlesHolding(word);
    found = new Set([...found].filter((article) => holding.has(article)));
  }
  return found;
}

/** A phrase's words in order, with any spacing or punctuation between them, as whole words; a country's initials in any of their forms. */
function phraseExpression(phrase: string): RegExp {
  const words = tokenize(phrase).map((word) => `(?:${alternation(initialsOfSameCountry(word))})`);
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'iu');
}

/** A speaker's quotations, each as the number of the article it lies in; on the topic, only those in matching articles. */
async function speakerItems(snapshot: Snapshot, speaker: Speaker, matching: Set<number> | null): Promise<number[]> {
  const articles = await snapshot.search.quotedArticles(speakerKey(speaker.name));
  return articles.filter((article) => !matching || matching.has(article));
}

function bucketsOf(items: readonly CountedArticle[], days: string[], by: Period): TimelineBucket[] {
  if (items.length === 0) return [];
  const buckets = new Map(periodsBetween(days[0]!, days.at(-1)!, by).map((start) => [start, { start, count: 0, sources: {} }]));
  items.forEach(({ ref: { source } }, i) => {
    const bucket: TimelineBucket = buckets.get(periodOf(days[i]!, by))!;
    bucket.count += 1;
    bucket.sources[source] = (bucket.sources[source] ?? 0) + 1;
  });
  return [...buckets.values()];
}

function mostQuoted(articles: readonly CountedArticle[]): { name: string; quotes: number }[] {
  const counts = new Map<string, number>();
  for (const { speakers } of articles) for (const name of speakers) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, SPEAKERS_NAMED)
    .map(([name, quotes]) => ({ name, quotes }));
}
