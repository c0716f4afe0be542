import type { Article } from '../model/article.ts';
import type { AnswerSet, AskRequest } from '../query/ask.ts';
import { type AnswerInContext, answerInContext } from '../query/conversation/in-context.ts';
import { type FollowUp, readsAsFollowUp } from '../query/conversation/follow-up.ts';
import { Conversations } from './conversations.ts';
import type { Turn } from '../model/conversation.ts';
import { toAnswer } from '../query/rank/rank.ts';
import type { AnswerResult, ArticleRef } from '../model/results.ts';
import { ResultSets } from './result-sets.ts';
import {
  type QuoteResult,
  type SpeakerQuotes,
  type SpeakerQuotesRequest,
  quoteRecord,
  speakerQuotes,
  toQuoteResult,
  whoSaid,
} from '../query/quotes/quotations.ts';
import { articleRef } from '../ingest/index/article-ref.ts';
import { correctSpelling, readingNote } from '../query/question/spelling.ts';
import { passageText } from '../ingest/index/passages.ts';
import { prepareLexicon } from '../text/wordnet.ts';
import { prepareTagger } from '../text/nlp.ts';
import type { IngestOptions } from './postgres/ingest.ts';
import { type DatabaseOptions, PostgresStore } from './postgres/postgres-store.ts';
import { MemoryStore } from './memory/memory-store.ts';
import type { ArchiveStore, ReloadReport } from './store.ts';
import type { Speaker } from '../model/quote.ts';
import { type TimelineBucket, type TimelineCount, type TimelineRequest, countTimeline } from '../query/timeline/count.ts';
import { type RankOptions, type RankSettings, rankOptions } from '../query/options.ts';
import type { LoadSummary, MemorySnapshot, Snapshot } from '../model/snapshot.ts';

export type { ReloadReport } from './store.ts';

export interface ArchiveOptions extends IngestOptions {
  corpusPaths: string[];
  /** Where the archive is kept when not in memory. */
  database?: DatabaseOptions | null;
  /** How answers are ranked, over the defaults (tests and the evaluation set their own). */
  ranking?: RankSettings;
}

/** One page of answers, and the token that continues it (null when there is no more). */
export interface AnswerPage {
  question: string;
  /** How a follow-up was read in its conversation, in full; null for a question that stands on its own. */
  understood: string | null;
  filters: AnswerSet['filters'];
  notes: string[];
  suggestions: string[];
  results: AnswerResult[];
  offset: number;
  total: number;
  next: string | null;
}

export interface ArchiveStats extends LoadSummary {
  /** How many records were dropped as duplicates, and how many articles are undated (the lists' lengths). */
  duplicates: number;
  undated: number;
  corpus: string[];
  quotes: number;
  speakers: number;
  loadedAt: string;
  loadMs: number;
  fromCache: boolean;
}

/** One page of a speaker's quotations. */
export interface QuotesPage {
  speaker: Speaker;
  /** For a speaker the text named by surname alone, the people quoted by their full names who share it. */
  namesakes: Speaker[];
  about: string | null;
  results: QuoteResult[];
  offset: number;
  total: number;
  next: string | null;
}

export interface WhoSaidPage {
  phrase: string;
  results: QuoteResult[];
  /** Whether the results hold the phrase as written; otherwise, most of its words. */
  verbatim: boolean;
  /** Where the phrase appears when nobody is quoted saying it. */
  narrative: { article: ArticleRef; passage: string }[];
}

/** A timeline as the replies show it: the counts, and the articles and speakers it names. */
export interface TimelinePage extends Omit<TimelineCount, 'speaker'> {
  speaker: string | null;
  /** What the reader should know: words of the query read as others. */
  notes: string[];
  /** The period with the most, the first of them on a tie; null when nothing was counted. */
  peak: TimelineBucket | null;
}

/**
 * What "more" needs to continue an answer: the request, not its results. A request answered again on the
 * same load gives the same results; kept as results, each would hold its articles and their tokens.
 */
type StoredSet = { generation: number; ask: AskRequest; previous: Turn | null } | { generation: number; quotes: SpeakerQuotesRequest };

const DEFAULT_PAGE = 3;
/** How many speakers a look-up lists unless asked for more: a menu's worth. */
const SPEAKERS_LISTED = 25;
/** The most results one page shows: a Discord message holds ten embeds. */
export const MAX_PAGE = 10;

/**
 * The archive as the commands see it: answers questions from one consistent snapshot, and swaps
 * in a new snapshot at once when a reload has finished building it.
 */
export class Archive {
  private pending: Promise<ReloadReport> | null = null;
  private readonly resultSets = new ResultSets<StoredSet>();
  private readonly conversations = new Conversations();
  private readonly ranking: RankOptions;

  constructor(
    private readonly options: ArchiveOptions,
    private readonly store: ArchiveStore = storeFor(options),
  ) {
    this.ranking = rankOptions(options.ranking);
    prepareTagger();
  }

  /** Loads the archive for the first time (from the cache when it is fresh). */
  static async open(options: ArchiveOptions, store?: ArchiveStore): Promise<Archive> {
    const archive = new Archive(options, store);
    const report = await archive.start().catch((error: Error) => ({ ok: false, error: error.message }));
    if (report.ok) return archive;
    await archive.close();
    throw new Error(report.error);
  }

  /** The first load, in the background of a bot that answers "still loading" meanwhile. */
  start(): Promise<ReloadReport> {
    void prepareLexicon();
    this.pending ??= this.store.open().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  /** An archive over a snapshot already built (benchmarks, tools); reloading it reads no corpus. */
  static fromSnapshot(snapshot: MemorySnapshot, ranking: RankSettings = {}): Archive {
    return new Archive({ corpusPaths: [], cacheFile: null, ranking }, MemoryStore.of(snapshot));
  }

  get ready(): boolean {
    return this.store.ready;
  }

  get loading(): boolean {
    return this.pending !== null;
  }

  /** Reads the corpus again while the current load keeps answering; a reload already running is joined. */
  reload(): Promise<ReloadReport> {
    this.pending ??= this.store
      .load()
      .then((report) => {
        if (report.ok) this.resultSets.clear();
        return report;
      })
      .finally(() => {
        this.pending = null;
      });
    return this.pending;
  }

  /** The whole archive as held in memory (benchmarks, tools, tests); a database archive has none. */
  snapshot(): MemorySnapshot {
    if (!(this.store instanceof MemoryStore)) throw new Error('the archive is kept in a database, not in memory');
    return this.store.snapshot();
  }

  /** Lets go of what the archive holds open (a database's connections). */
  close(): Promise<void> {
    return this.store.close();
  }

  /** An article by id, as loaded now. */
  async article(id: string): Promise<Article | null> {
    const snapshot = await this.store.view();
    const index = await snapshot.search.article(id);
    return index === undefined ? null : snapshot.articles[index]!;
  }

  stats(): ArchiveStats {
    const { summary, quotes, speakers, loadedAt, loadMs, fromCache } = this.store.state();
    return {
      ...summary,
      duplicates: summary.dropped.length,
      undated: summary.undatedArticles.length,
      quotes,
      speakers,
      corpus: this.options.corpusPaths,
      loadedAt: loadedAt.toISOString(),
      loadMs: Math.round(loadMs),
      fromCache,
    };
  }

  /**
   * Answers a question: the first page of quoted passages. In a conversation (any key naming it), the
   * question is read in the light of the turn before, and becomes the turn the next one reads.
   * Throws InputError for a bad question or filter.
   */
  async ask({ limit, conversation: key, ...request }: AskRequest & { limit?: number; conversation?: string }): Promise<AnswerPage> {
    const snapshot = await this.store.view();
    const previous = key === undefined ? null : this.conversations.last(key);
    const { reading, ...answers } = await this.answer(snapshot, request, previous);
    const token = this.keep(snapshot, { ask: request, previous });
    const page = {
      ...this.page(snapshot, answers, token, 0, clampPage(limit)),
      understood: reading.kind === 'new' ? null : reading.understood,
    };
    if (key !== undefined) this.conversations.record(key, turnOf(reading, page));
    return page;
  }

  private async answer(snapshot: Snapshot, request: AskRequest, previous: Turn | null): Promise<AnswerInContext> {
    const answers = await answerInContext(snapshot, request, previous, this.ranking);
    const { reading } = answers;
    if (reading.kind !== 'new') answers.notes.unshift(readingNote(request.question.trim(), reading.understood));
    if (!previous?.shown && answers.ranked.length === 0 && readsAsFollowUp(request.question))
      answers.notes.push(`“${request.question.trim()}” follows up an answer, and there is none before it here: ask a full question first.`);
    return answers;
  }

  /** Carries a conversation over to another key: the thread the bot opened on its answer continues it. */
  moveConversation(from: string, to: string): void {
    this.conversations.move(from, to);
  }

  /** Ends a conversation: the next question starts afresh. */
  forgetConversation(key: string): void {
    this.conversations.forget(key);
  }

  /** The page that `next` of an earlier page points to, or null when that answer has expired (or the archive was reloaded since). */
  async more(next: string, limit?: number): Promise<AnswerPage | QuotesPage | null> {
    const [token = '', offsetText = ''] = next.split(':');
    const offset = Number(offsetText);
    const stored = this.resultSets.get(token);
    if (!stored || !Number.isInteger(offset) || offset < 0) return null;
    const snapshot = await this.store.view();
    if (this.store.generationOf(snapshot) !== stored.generation) return null;
    if ('quotes' in stored) return this.quotesPage(snapshot, await speakerQuotes(snapshot, stored.quotes), token, offset, clampPage(limit));
    return this.page(snapshot, await this.answer(snapshot, stored.ask, stored.previous), token, offset, clampPage(limit));
  }

  /** Every quotation in the archive, as `{article, quote, speaker, role, cue, kind}` records. */
  async allQuotes(): Promise<ReturnType<typeof quoteRecord>[]> {
    const snapshot = await this.store.whole();
    return snapshot.quotes.map((quote) => quoteRecord(snapshot, quote));
  }

  /**
   * Who said a phrase; when it is no quotation, where it appears. In a conversation, a follow-up then reads
   * the quote shown ("when was that?", "what else did he say?"). Throws InputError for an empty or overlong phrase.
   */
  async whoSaid(phrase: string, conversation?: string): Promise<WhoSaidPage> {
    const page = await this.findWhoSaid(phrase);
    if (conversation !== undefined) this.conversations.record(conversation, whoSaidTurn(page));
    return page;
  }

  private async findWhoSaid(phrase: string): Promise<WhoSaidPage> {
    const snapshot = await this.store.view();
    const found = await whoSaid(snapshot, phrase, this.ranking);
    return {
      phrase: found.phrase,
      results: found.quotes.map((quote) => toQuoteResult(snapshot, quote, found.terms)),
      verbatim: found.verbatim,
      narrative: found.narrative.map((id) => {
        const passage = snapshot.passages[id]!;
        return { article: articleRef(snapshot.articles[passage.article]!), passage: passageText(snapshot.articles, passage) };
      }),
    };
  }

  /** A speaker's quotations, newest first or by topic, paged. Throws InputError for an unknown speaker or bad dates. */
  async quotes({ limit, conversation, ...request }: SpeakerQuotesRequest & { limit?: number; conversation?: string }): Promise<QuotesPage> {
    const snapshot = await this.store.view();
    const found = await speakerQuotes(snapshot, request);
    const page = this.quotesPage(snapshot, found, this.keep(snapshot, { quotes: request }), 0, clampPage(limit));
    if (conversation !== undefined) this.conversations.record(conversation, quotesTurn(page));
    return page;
  }

  /** How often the archive speaks of something, period by period. Throws InputError for a bad query, speaker, filter or period. */
  async timeline(request: TimelineRequest): Promise<TimelinePage> {
    const snapshot = await this.store.view();
    const spelled = request.query?.trim() ? await correctSpelling(snapshot.terms, request.query) : null;
    const { speaker, ...count } = await countTimeline(snapshot, spelled ? { ...request, query: spelled.text } : request);
    const peak = count.buckets.reduce<TimelineBucket | null>((best, b) => (!best || b.count > best.count ? b : best), null);
    return {
      ...count,
      speaker: speaker?.name ?? null,
      notes: (spelled?.corrections ?? []).map(([typed, read]) => readingNote(typed, read)),
      peak,
    };
  }

  /**
   * Whether the archive quotes anyone by a name (one or several people or bodies); not while it is still
   * loading. A role alone (`the spokesman`, as the text writes an unnamed speaker) names nobody.
   */
  async isSpeaker(name: string): Promise<boolean> {
    return this.ready && (await this.store.view()).speakers.find(name).some((speaker) => speaker.type !== 'unnamed');
  }

  /** Known speakers ranked by number of quotes. */
  async speakers(prefix = '', limit = SPEAKERS_LISTED): Promise<Speaker[]> {
    return (await this.store.view()).speakers.ranked(prefix).slice(0, limit);
  }

  /** Keeps a request for "more"; not one answered on a load a reload has just replaced (its first page is shown, without "more"). */
  private keep(snapshot: Snapshot, request: { ask: AskRequest; previous: Turn | null } | { quotes: SpeakerQuotesRequest }): string | null {
    return this.store.isCurrent(snapshot) ? this.resultSets.put({ generation: this.store.generationOf(snapshot), ...request }) : null;
  }

  private quotesPage(snapshot: Snapshot, found: SpeakerQuotes, token: string | null, offset: number, limit: number): QuotesPage {
    const ids = found.quotes.slice(offset, offset + limit);
    const end = offset + ids.length;
    return {
      speaker: found.speaker,
      namesakes: found.namesakes,
      about: found.about,
      results: ids.map((id) => toQuoteResult(snapshot, snapshot.quotes[id]!, found.terms)),
      offset,
      total: found.quotes.length,
      next: token && end < found.quotes.length ? `${token}:${end}` : null,
    };
  }

  private page(snapshot: Snapshot, answers: AnswerSet, token: string | null, offset: number, limit: number): AnswerPage {
    const slice = answers.ranked.slice(offset, offset + limit);
    const end = offset + slice.length;
    return {
      question: answers.question.text,
      understood: null,
      filters: answers.filters,
      notes: answers.notes,
      suggestions: answers.suggestions,
      results: slice.map((ranked) => toAnswer(snapshot, ranked, answers.question, this.ranking)),
      offset,
      total: answers.ranked.length,
      next: token && end < answers.ranked.length ? `${token}:${end}` : null,
    };
  }
}

/** A speaker's quotations as a turn of a conversation: "what did X say about Y", and the first quote shown. */
function quotesTurn(page: QuotesPage): Turn {
  const question = `what did ${page.speaker.name} say${page.about ? ` about ${page.about}` : ''}?`;
  const [first] = page.results;
  const shown = first ? { articleId: first.article.id, quote: first.quote, speaker: page.speaker.name } : null;
  return { question, topic: question, subject: page.speaker.name, shown };
}

/** "Who said …" as a turn of a conversation: the quotation shown first, else the passage that writes the words. */
function whoSaidTurn(page: WhoSaidPage): Turn {
  const [quote] = page.results;
  const [passage] = page.narrative;
  const shown = quote
    ? { articleId: quote.article.id, quote: quote.quote, speaker: quote.speaker }
    : passage
      ? { articleId: passage.article.id, quote: passage.passage, speaker: null }
      : null;
  return { question: `who said "${page.phrase}"?`, topic: `"${page.phrase}"`, subject: null, shown };
}

/** What a conversation keeps of a turn: the question as read and what was shown first, as text. */
function turnOf({ understood: question, topic, subject }: FollowUp, page: AnswerPage): Turn {
  const [first] = page.results;
  const shown = first
    ? {
        articleId: first.article.id,
        quote: first.quote,
        speaker: first.speaker?.speaker ?? null,
      }
    : null;
  return { question, topic, subject, shown };
}

function clampPage(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_PAGE;
  return Math.min(MAX_PAGE, Math.max(1, Math.floor(limit)));
}

function storeFor(options: ArchiveOptions): ArchiveStore {
  if (options.database) return PostgresStore.connect(options.database, options.corpusPaths, options);
  return new MemoryStore(options.corpusPaths, options);
}
