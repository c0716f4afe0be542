import { InputError } from '../../model/errors.ts';
import { tokenize, wordsByTerm } from '../../text/tokens.ts';
import { escapeRegExp } from '../../text/regexp.ts';
import { dayOf } from '../../ingest/read/dates.ts';
import { speakerKey } from '../../ingest/quotes/directory.ts';
import { idsOfArticle } from '../../ingest/index/article-order.ts';
import { checkQuestion } from '../ask.ts';
import { type FilterInput, parseFilters } from '../question/filters.ts';
import { matchesFilters } from '../../ingest/index/filter-match.ts';
import { resolveSpeaker } from '../quotes/quotations.ts';
import { PERIODS, type Period, checkPeriod, periodFor, periodOf, periodsBetween } from './periods.ts';
import type { Snapshot } from '../../model/snapshot.ts';
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
  /** The articles counted, earliest first (for a speaker, those holding the quotations counted). */
  articles: number[];
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
  const items = speaker ? await speakerItems(snapshot, speaker, matching) : [...matching!].map((article) => ({ article }));
  const counted = items.filter(({ article }) => matchesFilters(snapshot.articles[article]!, filters));
  const dated = counted.filter(({ article }) => snapshot.articles[article]!.date !== null);
  dated.sort((a, b) => snapshot.articles[a.article]!.date!.localeCompare(snapshot.articles[b.article]!.date!));
  const days = dated.map(({ article }) => dayOf(snapshot.articles[article]!.date!));
  const chosen = requested ?? (days.length > 0 ? periodFor(days[0]!, days.at(-1)!) : 'month');
  const by = days.length > 0 ? fitting(days[0]!, days.at(-1)!, chosen) : chosen;
  const note = by === chosen ? null : `By ${chosen}, the span would take more than ${MAX_PERIODS} bars; counted by ${by}.`;
  const articles = [...new Set(dated.map((item) => item.article))];
  return {
    note,
    query,
    speaker,
    filters,
    by,
    buckets: bucketsOf(snapshot, dated, days, by),
    total: dated.length,
    counts: speaker ? 'quotations' : 'articles',
    articles,
    undated: counted.length - dated.length,
    speakers: speaker ? [] : mostQuoted(snapshot, articles),
  };
}

/** The period asked for, or the finest longer one whose bars over the span stay few enough to read. */
function fitting(firstDay: string, lastDay: string, period: Period): Period {
  const longer = PERIODS.slice(PERIODS.indexOf(period));
  return longer.find((p) => periodsBetween(firstDay, lastDay, p).length <= MAX_PERIODS) ?? 'year';
}

/** The articles that hold every word of a query in one of their indexed forms, or its quoted phrase as written. */
export async function articlesMatching(snapshot: Snapshot, query: string): Promise<Set<number>> {
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
  if (!phrase) return found;
  const written = phraseExpression(phrase);
  return new Set([...found].filter((article) => holdsPhrase(snapshot, article, written)));
}

/** A phrase's words in order, with any spacing or punctuation between them, as whole words. */
function phraseExpression(phrase: string): RegExp {
  const words = tokenize(phrase).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'iu');
}

function holdsPhrase(snapshot: Snapshot, article: number, written: RegExp): boolean {
  const { title, paragraphs } = snapshot.articles[article]!;
  return written.test(title) || paragraphs.some((paragraph) => written.test(paragraph));
}

/** A speaker's quotations, each as the article it lies in; on the topic, only those in matching articles. */
async function speakerItems(snapshot: Snapshot, speaker: Speaker, matching: Set<number> | null): Promise<{ article: number }[]> {
  const ids = await snapshot.search.quotesOf(speakerKey(speaker.name));
  return ids.map((id) => ({ article: snapshot.quotes[id]!.article })).filter(({ article }) => !matching || matching.has(article));
}

function bucketsOf(snapshot: Snapshot, items: { article: number }[], days: string[], by: Period): TimelineBucket[] {
  if (items.length === 0) return [];
  const buckets = new Map(periodsBetween(days[0]!, days.at(-1)!, by).map((start) => [start, { start, count: 0, sources: {} }]));
  items.forEach(({ article }, i) => {
    const bucket: TimelineBucket = buckets.get(periodOf(days[i]!, by))!;
    const { source } = snapshot.articles[article]!;
    bucket.count += 1;
    bucket.sources[source] = (bucket.sources[source] ?? 0) + 1;
  });
  return [...buckets.values()];
}

function mostQuoted(snapshot: Snapshot, articles: readonly number[]): { name: string; quotes: number }[] {
  const counts = new Map<string, number>();
  for (const article of articles) {
    for (const id of idsOfArticle(snapshot.quotes, article)) {
      const { speaker, speakerType } = snapshot.quotes[id]!;
      if (speaker && speakerType !== 'unnamed') counts.set(speaker, (counts.get(speaker) ?? 0) + 1);
    }
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, SPEAKERS_NAMED)
    .map(([name, quotes]) => ({ name, quotes }));
}
