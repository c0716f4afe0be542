import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Article, LoadIssue } from '../archive/article.ts';
import { dayOf } from '../archive/dates.ts';
import { type LoadProgress, type LoadResult, listCorpus, readListing } from '../archive/loader.ts';
import { corpusFingerprint } from '../search/cache.ts';
import { buildPassageIndex, type PassageIndex } from '../search/index.ts';
import { type Passage, passageText, splitIntoPassages } from '../search/passages.ts';
import { TermCounter, type TermStatistics } from '../search/term-stats.ts';
import { type TitleIndex, buildTitleIndex, headingOf } from '../search/titles.ts';
import { readSnapshotCache, writeSnapshotCache } from './snapshot-cache.ts';
import { type FoundQuotes, type StoredQuote, findQuotes } from './quote-finding.ts';
import { findQuotesOnThread } from './quote-thread.ts';
import { checkpoint } from './checkpoints.ts';
import type { SpeakerDirectory } from '../search/speakers.ts';
import { quoteLookups } from './quote-lookups.ts';
import { joinLead, sentenceBounds } from '../nlp/sentences.ts';
import { parseDateline } from '../archive/dateline.ts';

/** What a load found, for `stats` and for the report after a reload. */
export interface LoadSummary {
  files: number;
  articles: number;
  passages: number;
  duplicates: number;
  undated: number;
  issues: LoadIssue[];
  sources: { name: string; articles: number }[];
  dateRange: { from: string; to: string } | null;
}

/** One consistent, immutable state of the archive: everything a query needs. */
export interface Snapshot {
  articles: Article[];
  /** Sentence bounds of every paragraph, by article then paragraph (see `sentenceBounds`). */
  sentences: number[][][];
  passages: Passage[];
  index: PassageIndex;
  titles: TitleIndex;
  terms: TermStatistics;
  /** Every quotation, its speaker canonical across the archive. */
  quotes: StoredQuote[];
  /** One mark per passage: 1 where a quotation lies. */
  quotedPassages: Uint8Array;
  /** The ids of each speaker's quotations, by speaker key (`speakerKey`). */
  quotesBySpeaker: Map<string, number[]>;
  speakers: SpeakerDirectory;
  summary: LoadSummary;
  /** Whether the snapshot came from the index cache rather than from reading the corpus. */
  fromCache: boolean;
}

export type BuildPhase = 'read' | 'sentences' | 'quotes' | 'index' | 'cache';

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

/**
 * The code that turns files into a snapshot, index settings included: a cache built by other code
 * (an upgrade, a changed setting) is rebuilt, never misread.
 */
const INGEST_CODE = ['../archive', '../nlp', '../search', './snapshot.ts', './snapshot-cache.ts', './quote-finding.ts'].map((relative) => path.resolve(import.meta.dirname, relative));

/** The running code does not change under a process: its signature is read once, not on every reload. */
let signature: Promise<string> | null = null;

function ingestSignature(): Promise<string> {
  signature ??= hashIngestCode();
  return signature;
}

async function hashIngestCode(): Promise<string> {
  const hash = createHash('sha256');
  const files = (await Promise.all(INGEST_CODE.map((entry) => sourceFiles(entry)))).flat().sort();
  for (const file of files) hash.update(file.slice(path.dirname(import.meta.dirname).length)).update(await readFile(file));
  return hash.digest('hex');
}

async function sourceFiles(entry: string): Promise<string[]> {
  if (entry.endsWith('.ts')) return [entry];
  const entries = await readdir(entry, { recursive: true });
  return entries.filter((name) => name.endsWith('.ts')).map((name) => path.join(entry, name));
}

/** Reads the corpus and indexes it, or loads the cache built from the same corpus and settings. */
export async function buildSnapshot(corpusPaths: readonly string[], options: BuildOptions): Promise<Snapshot> {
  const listing = await listCorpus(corpusPaths);
  const fingerprint = corpusFingerprint(listing.files, await ingestSignature());
  if (options.cacheFile) {
    const cacheFile = options.cacheFile;
    const cached = await timed('cache', options, () => readSnapshotCache(cacheFile, fingerprint));
    if ('hit' in cached) return cached.hit;
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
export async function indexArticles(loaded: LoadResult, options: BuildOptions): Promise<Snapshot> {
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
    duplicates: loaded.duplicates,
    undated: loaded.undated,
    issues: loaded.issues,
    sources: countSources(articles),
    dateRange: dateRangeOf(articles),
  };
  return { articles, sentences, passages, index, titles, terms, quotes, ...quoteLookups(passages, quotes), speakers, summary, fromCache: false };
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

async function saveSnapshot(file: string, fingerprint: string, snapshot: Snapshot, options: BuildOptions): Promise<void> {
  try {
    await timed('cache', options, () => writeSnapshotCache(file, fingerprint, snapshot));
    options.onProgress?.('cache', 1, 1);
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

function countSources(articles: readonly Article[]): LoadSummary['sources'] {
  const counts = new Map<string, number>();
  for (const article of articles) counts.set(article.source, (counts.get(article.source) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ name, articles: count })).sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name));
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
