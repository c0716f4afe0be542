import type { AnswerPage, ArchiveStats, QuotesPage, ReloadReport, WhoSaidPage } from '../service/archive.ts';
import type { QuoteResult } from '../query/quotes/quotations.ts';
import { dayOf } from '../ingest/read/dates.ts';
import type { ArticleRef, Highlight } from '../model/results.ts';
import { formatIssue, formatLocation } from '../ingest/read/issues.ts';
import type { Speaker } from '../model/quote.ts';
import { answerJson, quotesJson, whoSaidJson } from './json.ts';

/**
 * A reply in neutral form: what to say, independent of where it is shown. The console renders it
 * as text, the bot as Discord embeds and buttons.
 */
export interface Reply {
  title?: string;
  /** Prose before the cards: notes, explanations, errors. */
  lines: string[];
  cards: Card[];
  /** How many results came before these cards on earlier pages: the first card is result `offset + 1`. */
  offset?: number;
  footer?: string;
  /** Shown only to the person who asked (Discord's ephemeral messages). */
  private?: boolean;
  actions: Action[];
  /** The reply as data, for `--json`: one JSON value, or a list written one item a line. */
  json?: () => unknown;
  /** A picture that goes with the reply (a chart), drawn only where it is shown. */
  image?: ReplyImage;
}

export interface ReplyImage {
  /** The file name it is attached or saved under. */
  name: string;
  /** What it shows, for those who cannot see it. */
  alt: string;
  /** The picture in one line of text, for a terminal. */
  summary: string;
  render(): Promise<Uint8Array>;
}

/** One quoted passage. */
export interface Card {
  title: string;
  url: string | null;
  quote: string;
  highlights: Highlight[];
  /** `TASS · 2021-11-17 · MOSCOW` */
  meta: string;
  articleId: string;
  /** Who is quoted, for who-said-what answers. */
  speaker?: string;
}

export type Action = { kind: 'more'; next: string } | { kind: 'article'; articleId: string; label: string };

export function meta(article: ArticleRef): string {
  return [article.source, article.date ? dayOf(article.date) : 'undated', article.dateline].filter(Boolean).join(' · ');
}

export function message(lines: string[], options: { title?: string; private?: boolean } = {}): Reply {
  return { lines, cards: [], actions: [], ...options };
}

export function errorReply(text: string): Reply {
  return message([text], { private: true });
}

export function answerReply(page: AnswerPage): Reply {
  const lines = [...page.notes];
  if (page.results.length === 0) {
    lines.push(`No passage found for “${page.question}”.`);
    if (page.suggestions.length > 0) lines.push(`Did you mean: ${page.suggestions.join(', ')}?`);
    else lines.push('Try other words, fewer words, or a name that appears in the archive.');
  }
  const cards = page.results.map((result) => ({
    title: result.article.title,
    url: result.article.url,
    quote: result.quote,
    highlights: result.highlights,
    meta: result.speaker ? `${meta(result.article)} · quoting ${speakerLabel(result.speaker)}` : meta(result.article),
    articleId: result.article.id,
  }));
  const actions = articleActions(
    page.results.map((result) => result.article.id),
    page.offset,
  );
  if (page.next) actions.unshift({ kind: 'more', next: page.next });
  const json = () => answerJson(page);
  if (page.results.length === 0) return { title: 'No passage found', lines, cards, actions, json };
  const footer = `Results ${page.offset + 1}–${page.offset + page.results.length} of ${page.total}`;
  return { title: `“${page.question}”`, lines, cards, offset: page.offset, actions, footer, json };
}

export function statsReply(stats: ArchiveStats): Reply {
  const range = stats.dateRange ? `${stats.dateRange.from} to ${stats.dateRange.to}` : 'no dated articles';
  const sources = stats.sources
    .slice(0, 10)
    .map((s) => `${s.name} ${s.articles.toLocaleString('en')}`)
    .join(', ');
  const lines = [
    `Articles: ${stats.articles.toLocaleString('en')} from ${stats.files} files (${stats.duplicates} duplicates dropped, ${stats.undated} undated)`,
    `Passages: ${stats.passages.toLocaleString('en')}`,
    `Quotes: ${stats.quotes.toLocaleString('en')} by ${stats.speakers.toLocaleString('en')} speakers`,
    `Sources: ${sources || 'none'}`,
    `Dates: ${range}`,
    `Loaded ${stats.loadedAt} in ${(stats.loadMs / 1000).toFixed(1)} s${stats.fromCache ? ' (from the index cache)' : ''}`,
    ...issueLines(stats.issues),
    ...droppedLines(stats.dropped),
    ...undatedLines(stats.undatedArticles),
  ];
  return { ...message(lines, { title: 'Archive' }), json: () => stats };
}

const ISSUES_SHOWN = 10;
/** How many dropped or undated articles a report names before "and N more". */
const ARTICLES_NAMED = 5;

/** The duplicates a load dropped, a few by name: `reuters-16 (….jsonl:16), the same text as reuters-4`. */
export function droppedLines(dropped: ArchiveStats['dropped']): string[] {
  if (dropped.length === 0) return [];
  const named = dropped.slice(0, ARTICLES_NAMED).map((d) => `  ${d.id} (${formatLocation(d)}), the same ${d.sameBy} as ${d.keptAs}`);
  return [`Duplicates dropped: ${dropped.length}`, ...named, ...andMore(dropped.length)];
}

/** The articles kept without a date, a few by name. */
export function undatedLines(undated: ArchiveStats['undatedArticles']): string[] {
  if (undated.length === 0) return [];
  const named = undated.slice(0, ARTICLES_NAMED).map((a) => `  ${a.id} (${formatLocation(a)})`);
  return [`Undated: ${undated.length}`, ...named, ...andMore(undated.length)];
}

function andMore(total: number): string[] {
  return total > ARTICLES_NAMED ? [`  … and ${total - ARTICLES_NAMED} more (stats --json lists them all)`] : [];
}

function issueLines(issues: ArchiveStats['issues']): string[] {
  if (issues.length === 0) return ['Errors: none'];
  const shown = issues.slice(0, ISSUES_SHOWN).map((issue) => `  ${formatIssue(issue)}`);
  const more = issues.length > ISSUES_SHOWN ? [`  … and ${issues.length - ISSUES_SHOWN} more`] : [];
  return [`Errors: ${issues.length}`, ...shown, ...more];
}

export function reloadReply(report: ReloadReport): Reply {
  const seconds = (report.tookMs / 1000).toFixed(1);
  if (!report.ok)
    return message([`Reload failed: ${report.error}. Still answering from the archive as it was.`, ...issueLines(report.issues)], {
      title: 'Reload',
    });
  return message(
    [
      `Reloaded ${report.articles.toLocaleString('en')} articles in ${seconds} s: ${report.added} added, ${report.removed} removed.`,
      ...issueLines(report.issues),
      ...droppedLines(report.dropped),
      ...undatedLines(report.undated),
    ],
    { title: 'Reload' },
  );
}

/** The speaker as a reply names them: `Maria Zakharova (Russian Foreign Ministry Spokeswoman)`. */
export function speakerLabel(result: Pick<QuoteResult, 'speaker' | 'role'>): string {
  if (!result.speaker) return 'Unattributed';
  return result.role && !result.speaker.toLowerCase().includes(result.role.toLowerCase())
    ? `${result.speaker} (${result.role})`
    : result.speaker;
}

function quoteCard(result: QuoteResult): Card {
  const words = result.kind === 'direct' ? `“${result.quote}”` : result.quote;
  const shift = result.kind === 'direct' ? 1 : 0;
  return {
    title: result.article.title,
    url: result.article.url,
    quote: words,
    highlights: result.highlights.map(({ start, end }) => ({ start: start + shift, end: end + shift })),
    meta: meta(result.article),
    articleId: result.article.id,
    speaker: speakerLabel(result),
  };
}

export function whoSaidReply(page: WhoSaidPage): Reply {
  return { ...whoSaidText(page), json: () => whoSaidJson(page) };
}

function whoSaidText(page: WhoSaidPage): Reply {
  if (page.results.length > 0) {
    const names = [...new Set(page.results.map((r) => r.speaker ?? 'someone unnamed'))];
    const what = page.verbatim ? 'it' : 'something like it';
    const lead = names.length === 1 ? `${names[0]} said ${what}.` : `Several people said ${what}: ${names.join(', ')}.`;
    return {
      title: `Who said “${page.phrase}”`,
      lines: [lead],
      cards: page.results.map(quoteCard),
      actions: articleActions(page.results.map((r) => r.article.id)),
    };
  }
  if (page.narrative.length > 0) {
    const cards = page.narrative.map(({ article, passage }) => ({
      title: article.title,
      url: article.url,
      quote: passage,
      highlights: [],
      meta: meta(article),
      articleId: article.id,
    }));
    return {
      title: `Who said “${page.phrase}”`,
      lines: ['Nobody is quoted saying that: the words appear in the reporting itself, here:'],
      cards,
      actions: articleActions(cards.map((c) => c.articleId)),
    };
  }
  return message(
    [
      `Nobody in the archive is quoted saying “${page.phrase}”, and the words do not appear in it.`,
      'Try a shorter phrase, or fewer words from it.',
    ],
    { title: 'Not found' },
  );
}

export function quotesReply(page: QuotesPage): Reply {
  return { ...quotesText(page), json: () => quotesJson(page) };
}

function quotesText(page: QuotesPage): Reply {
  const about = page.about ? ` about “${page.about}”` : '';
  const namesakes = page.namesakes.length
    ? [`Also quoted by that surname: ${withQuoteCounts(page.namesakes)}. Give the full name for theirs.`]
    : [];
  if (page.results.length === 0)
    return message([`No quotes from ${page.speaker.name}${about} match.`, ...namesakes], { title: page.speaker.name });
  const actions = articleActions(
    page.results.map((r) => r.article.id),
    page.offset,
  );
  if (page.next) actions.unshift({ kind: 'more', next: page.next });
  const order = page.about ? 'most relevant first' : 'newest first';
  return {
    title: `${page.speaker.name}${about}`,
    lines: [`${page.total} ${page.total === 1 ? 'quote' : 'quotes'}, ${order}.`, ...namesakes],
    cards: page.results.map(quoteCard),
    offset: page.offset,
    actions,
    footer: `Quotes ${page.offset + 1}–${page.offset + page.results.length} of ${page.total}`,
  };
}

/** Speakers by name, each with how often the archive quotes them: `James Baker (398), Howard Baker (14)`. */
export function withQuoteCounts(speakers: readonly Pick<Speaker, 'name' | 'quotes'>[]): string {
  return speakers.map((s) => `${s.name} (${s.quotes})`).join(', ');
}

/** The speakers quoted in the archive, most quoted first. */
export function speakersReply(speakers: readonly Speaker[]): Reply {
  const lines = speakers.map((s) => `${String(s.quotes).padStart(5)}  ${s.name}${s.roles[0] ? ` (${s.roles[0]})` : ''}`);
  if (lines.length === 0) lines.push('No speaker by that name is quoted in the archive.');
  return { ...message(lines, { title: 'Speakers, most quoted first' }), json: () => speakers };
}

/** What `/quotes` without a speaker shows: who is quoted most; as data, every quotation. */
export function quotationsReply(
  stats: Pick<ArchiveStats, 'quotes' | 'speakers'>,
  top: readonly Speaker[],
  every: () => Promise<unknown[]>,
): Reply {
  const most = withQuoteCounts(top);
  const lines = [
    `${stats.quotes.toLocaleString('en')} quotations by ${stats.speakers.toLocaleString('en')} speakers.`,
    ...(most ? [`Most quoted: ${most}.`] : []),
    'Name a speaker to read their quotes.',
  ];
  return { ...message(lines, { title: 'Quotes' }), json: every };
}

export function pageReply(page: AnswerPage | QuotesPage): Reply {
  return 'question' in page ? answerReply(page) : quotesReply(page);
}

function articleActions(ids: string[], offset = 0): Action[] {
  return ids.map((articleId, i) => ({ kind: 'article', articleId, label: `Full article ${offset + i + 1}` }));
}
