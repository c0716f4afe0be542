import path from 'node:path';
import type { Article, LoadIssue } from '../model/article.ts';
import { dayOf } from './read/dates.ts';
import { type LoadProgress, type LoadResult, listCorpus, readListing } from './read/loader.ts';
import { corpusFingerprint, markUsed, removeStaleCaches } from './cache/cache-file.ts';
import { buildPassageIndex } from './index/passage-index.ts';
import { passageText, splitIntoPassages } from './index/passages.ts';
import { TermCounter } from './index/term-stats.ts';
import { buildTitleIndex, headingOf } from './index/titles.ts';
import { readSnapshotCache, writeSnapshotCache } from './cache/snapshot-cache.ts';
import { type FoundQuotes, findQuotes } from './quotes/find.ts';
import { findQuotesOnThread } from './quotes/thread.ts';
import { checkpoint } from './checkpoints.ts';
import { ingestSignature } from './cache/code-signature.ts';
import { assembleSnapshot } from './assemble.ts';
import { joinLead, sentenceBounds, spansOf } from '../text/sentences.ts';
import { LONGEST_SENTENCE_READ } from './quotes/extract.ts';
import { parseDateline } from './read/dateline.ts';
import type { BuildPhase, LoadSummary, MemorySnapshot } from '../model/snapshot.ts';

export interface BuildOptions {
  /** Where to keep the index cache; null to neither read nor write one. */
  cacheFile: string | null;
  onProgress?: (phase: BuildPhase, done: number, total: number) => void;
  /** Recoverable problems with the cache (corrupt, unwritable): reported, never fatal. */
  onWarning?: (message: string) => void;
  /** How long each phase took, in milliseconds, for benchmarks (quotations and the index overlap). */
  onPhase?: (phase: BuildPhase, ms: number) => void;
  /** Find quotations on a second thread from this many articles on (default 2,000). */
  quoteThreadFrom?: number;
}

/** Reads the corpus and indexes it, or loads the cache built from the same corpus and settings. */
export async function buildSnapshot(corpusPaths: readonly string[], options: BuildOptions): Promise<MemorySnapshot> {
  const listing = await listCorpus(corpusPaths);
  const fingerprint = corpusFingerprint(listing.files, await ingestSignature());
  if (options.cacheFile) {
    const cacheFile = options.cacheFile;
    const cached = await timed('cache', options, () => readSnapshotCache(cacheFile, fingerprint));
    if ('hit' in cached) {
      await markUsed(cacheFile);
      return cached.hit;
    }
    if ('corrupt' in cached) options.onWarning?.(`index cache ${options.cacheFile} is corrupt (${cached.corrupt}); rebuilding it`);
  }
  const loaded = await timed('read', options, () =>
    readListing(listing, { onProgress: (p: LoadProgress) => options.onProgress?.('read', p.bytesDone, p.bytesTotal) }),
  );
  const snapshot = await indexArticles(loaded, options);
  if (options.cacheFile) await saveSnapshot(options.cacheFile, fingerprint, snapshot, options);
  return snapshot;
}

/** Finds the sentences, quotations and passages of loaded articles, and indexes them. */
export async function indexArticles(loaded: LoadResult, options: BuildOptions): Promise<MemorySnapshot> {
  const { articles } = loaded;
  const sentences = await timed('sentences', options, () => splitSentences(articles, options));
  // Quotations are found beside the passage index build: on a second thread for a large archive.
  const [{ quotes, speakers }, { passages, index, titles, terms }] = await Promise.all([
    timed('quotes', options, () => quotesOf(articles, sentences, options)),
    timed('index', options, () => indexPassages(articles, sentences, options)),
  ]);
  const summary: LoadSummary = {
    files: loaded.files.length,
    articles: articles.length,
    passages: passages.length,
    dropped: loaded.dropped,
    undatedArticles: loaded.undated,
    issues: [...loaded.issues, ...overlongSentences(articles, sentences)],
    sources: countSources(articles),
    dateRange: dateRangeOf(articles),
  };
  return assembleSnapshot({ articles, sentences, passages, index, titles, terms, quotes, speakers, summary }, false);
}

/** Archives with at least this many articles find their quotations on a second thread. */
const QUOTE_THREAD_FROM = 2000;

async function quotesOf(articles: readonly Article[], sentences: number[][][], options: BuildOptions): Promise<FoundQuotes> {
  const paragraphs = articles.map((article) => article.paragraphs);
  const onProgress = (done: number, total: number) => options.onProgress?.('quotes', done, total);
  if (articles.length >= (options.quoteThreadFrom ?? QUOTE_THREAD_FROM)) {
    try {
      return await findQuotesOnThread(paragraphs, sentences, onProgress);
    } catch (error) {
      options.onWarning?.(`finding quotations on a second thread failed (${(error as Error).message}); finding them on this one`);
    }
  }
  return findQuotes(paragraphs, sentences, onProgress);
}

async function indexPassages(articles: readonly Article[], sentences: number[][][], options: BuildOptions) {
  const passages = articles.flatMap((article, i) => splitIntoPassages(article, i, sentences[i]!));
  const documents = passages.map((passage, id) => ({ id, text: passageText(articles, passage) }));
  const counter = new TermCounter();
  const index = await buildPassageIndex(documents, counter, (done, total) => options.onProgress?.('index', done, total));
  const titles = buildTitleIndex(articles.map(headingOf), counter);
  return { passages, index, titles, terms: counter.statistics() };
}

async function timed<T>(phase: BuildPhase, options: BuildOptions, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  options.onPhase?.(phase, performance.now() - started);
  return result;
}

async function saveSnapshot(file: string, fingerprint: string, snapshot: MemorySnapshot, options: BuildOptions): Promise<void> {
  try {
    await timed('cache', options, () => writeSnapshotCache(file, fingerprint, snapshot));
    options.onProgress?.('cache', 1, 1);
    await removeStaleCaches(path.dirname(file));
  } catch (error) {
    options.onWarning?.(`could not write the index cache ${file} (${(error as Error).message})`);
  }
}

async function splitSentences(articles: readonly Article[], options: BuildOptions): Promise<number[][][]> {
  const sentences: number[][][] = [];
  for (const [i, article] of articles.entries()) {
    sentences.push(article.paragraphs.map((paragraph) => joinLead(sentenceBounds(paragraph), parseDateline(paragraph)?.length ?? 0)));
    await checkpoint(i + 1, articles.length, (done, total) => options.onProgress?.('sentences', done, total));
  }
  return sentences;
}

/** Articles with a sentence too long to read for reported speech: said in the load report, once an article. */
function overlongSentences(articles: readonly Article[], sentences: readonly number[][][]): LoadIssue[] {
  const issues: LoadIssue[] = [];
  articles.forEach((article, i) => {
    let longest = 0;
    for (const bounds of sentences[i] ?? []) for (const span of spansOf(bounds)) longest = Math.max(longest, span.end - span.start);
    if (longest <= LONGEST_SENTENCE_READ) return;
    const message = `article ${article.id}: a sentence of ${longest.toLocaleString('en')} characters is too long to read for reported speech (its quotation marks are read)`;
    issues.push({ ...article.origin, message });
  });
  return issues;
}

function countSources(articles: readonly Article[]): LoadSummary['sources'] {
  const counts = new Map<string, number>();
  for (const article of articles) counts.set(article.source, (counts.get(article.source) ?? 0) + 1);
  return [...counts]
    .map(([name, count]) => ({ name, articles: count }))
    .sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name));
}

function dateRangeOf(articles: readonly Article[]): LoadSummary['dateRange'] {
  let from: string | null = null;
  let to: string | null = null;
  for (const { date } of articles) {
    if (!date) continue;
    const day = dayOf(date);
    if (from === null || day < from) from = day;
    if (to === null || day > to) to = day;
  }
  return from && to ? { from, to } : null;
}
