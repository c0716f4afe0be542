import type { TimelinePage } from '../service/archive.ts';
import type { Period } from '../query/timeline/periods.ts';
import { describeFilters } from '../query/question/filters.ts';
import { isEmptyFilter } from '../ingest/index/filter-match.ts';
import { type Card, type Reply, meta, withQuoteCounts } from './reply.ts';
import { renderTimelinePng } from './timeline-chart.ts';
import type { ArticleRef } from '../model/results.ts';
import { MONTHS } from '../text/lexicon.ts';
import { capitalized } from '../text/tokens.ts';

/** `Jan` … `Dec`, as a period is named on a chart. */
const MONTH_LABELS = MONTHS.map((month) => capitalized(month.slice(0, 3)));
const BARS = '▁▂▃▄▅▆▇█';
/** A sparkline longer than this sums neighbouring periods, to fit a terminal's line. */
const SPARKLINE_CELLS = 100;

/** What a timeline counts, as the footer and the README say it. */
export function matchingRule(page: Pick<TimelinePage, 'counts' | 'speaker'>): string {
  const article = 'holds every word of the query (in any form the index folds together) or the quoted phrase';
  if (page.counts === 'quotations') return `Each quotation of ${page.speaker} counts once; on a topic, when its article ${article}.`;
  return `An article counts once, however often it names the query, when it ${article}.`;
}

/** A timeline as a reply: the chart as a picture, the peak, the first and last article, the speakers most quoted. */
export function timelineReply(page: TimelinePage): Reply {
  const json = () => timelineJson(page);
  if (page.total === 0 || !page.peak) {
    const filters = isEmptyFilter(page.filters) ? '' : ` (${describeFilters(page.filters)})`;
    const undated = page.undated > 0 ? ` ${page.undated} undated ${page.counts} match, which no period holds.` : '';
    return {
      title: 'Nothing to draw',
      lines: [...page.notes, `Nothing dated in the archive matches ${subject(page)}${filters}.${undated}`],
      cards: [],
      actions: [],
      json,
    };
  }
  const title = `${capitalized(subject(page))}, ${spanLabel(page)}, by ${page.by}`;
  const peak = `peak ${periodLabel(page.peak.start, page.by)} (${page.peak.count})`;
  const unit = page.counts;
  const counted = (n: number) => `${n} ${n === 1 ? unit.slice(0, -1) : unit}`;
  const undated = page.undated > 0 ? ` ${counted(page.undated)} without a date ${page.undated === 1 ? 'is' : 'are'} not drawn.` : '';
  const lines = [
    ...page.notes,
    ...(page.note ? [page.note] : []),
    `${counted(page.total)}; ${peak}.${undated}`,
    ...(page.speakers.length > 0 ? [`Most quoted: ${withQuoteCounts(page.speakers)}.`] : []),
  ];
  const only = page.first?.id === page.last?.id;
  const cards = (
    only
      ? [articleCard(page.first, 'The only article')]
      : [articleCard(page.first, 'The first article'), articleCard(page.last, 'The last article')]
  ).flatMap((card) => (card ? [card] : []));
  const label = (start: string) => periodLabel(start, page.by === 'week' ? 'day' : page.by);
  const chart = { title, subtitle: `${counted(page.total)} · ${peak}`, unit, buckets: page.buckets, label };
  return {
    title,
    lines,
    cards,
    actions: [],
    footer: matchingRule(page),
    image: {
      name: 'timeline.png',
      alt: title,
      summary: `${sparkline(page.buckets.map((b) => b.count))}  ${peak}`,
      render: () => renderTimelinePng(chart),
    },
    json,
  };
}

/** The data of a timeline for `--json`: `{query, by, buckets: [{start, count, sources}], total}`. */
export function timelineJson(page: TimelinePage) {
  return {
    query: page.query,
    ...(page.speaker && { speaker: page.speaker }),
    by: page.by,
    buckets: page.buckets,
    total: page.total,
    ...(page.undated > 0 && { undated: page.undated }),
  };
}

function subject(page: TimelinePage): string {
  const topic = page.query ? `“${page.query.replace(/^["“]|["”]$/g, '')}”` : '';
  if (page.counts === 'quotations') return `quotations of ${page.speaker}${topic ? ` on ${topic}` : ''}`;
  return `articles naming ${topic}`;
}

function articleCard(article: ArticleRef | null, label: string): Card | null {
  return article
    ? { title: article.title, url: article.url, quote: label, highlights: [], meta: meta(article), articleId: article.id }
    : null;
}

/** A period as people read it: `1987`, `Mar 1987`, `week of 2 Mar 1987`, `2 Mar 1987`. */
export function periodLabel(start: string, by: Period): string {
  const [year, month, day] = start.split('-');
  if (by === 'year') return year!;
  if (by === 'month') return `${MONTH_LABELS[Number(month) - 1]} ${year}`;
  const date = `${Number(day)} ${MONTH_LABELS[Number(month) - 1]} ${year}`;
  return by === 'week' ? `week of ${date}` : date;
}

/** The span drawn: `Feb–Oct 1987`, `Nov 1986–Feb 1987`, `1987–1990`, `2 Mar 1987–9 Mar 1987`. */
function spanLabel(page: TimelinePage): string {
  const first = page.buckets[0]!.start;
  const last = page.buckets.at(-1)!.start;
  const [from, to] = [first, last].map((start) => periodLabel(start, page.by === 'week' ? 'day' : page.by));
  if (first === last) return from!;
  if (page.by === 'month' && first.slice(0, 4) === last.slice(0, 4)) return `${from!.slice(0, 3)}–${to}`;
  return `${from}–${to}`;
}

/** Counts as a line of bars, zeros as spaces; a long series sums neighbouring periods to fit. */
export function sparkline(counts: readonly number[]): string {
  const per = Math.ceil(counts.length / SPARKLINE_CELLS);
  const cells: number[] = [];
  for (let i = 0; i < counts.length; i += per) cells.push(counts.slice(i, i + per).reduce((a, b) => a + b, 0));
  const top = Math.max(...cells, 1);
  return cells
    .map((count) => (count === 0 ? ' ' : BARS[Math.min(BARS.length - 1, Math.floor(((count - 1) / top) * BARS.length))]))
    .join('');
}
