import type MiniSearch from 'minisearch';
import type { Article, ArticlePlace, DroppedDuplicate, LoadIssue } from './article.ts';
import type { Passage } from './passage.ts';
import type { Speaker, StoredQuote } from './quote.ts';

/** What a load found, for `stats` and for the report after a reload. */
export interface LoadSummary {
  files: number;
  articles: number;
  passages: number;
  /** Each record dropped as an article already loaded, and what it repeated. */
  dropped: DroppedDuplicate[];
  /** The articles without a usable date. */
  undatedArticles: ArticlePlace[];
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

/**
 * What MiniSearch indexes for a passage; the text itself lives in the archive, not in the index.
 * Titles are indexed once per article (see titles.ts), not with each of its passages.
 */
export interface PassageDocument {
  id: number;
  text: string;
}

export type PassageIndex = MiniSearch<PassageDocument>;

/** What MiniSearch indexes for an article's heading; the id is the article's place in the archive. */
export interface TitleDocument {
  id: number;
  title: string;
  /** The dateline's place, which wire services often give apart from the text (`BELGRADE`). */
  place: string;
}

export type TitleIndex = MiniSearch<TitleDocument>;

export interface TermStatisticsJSON {
  passages: number;
  terms: [term: string, frequency: number, surface: string][];
  titles: [term: string, frequency: number][];
  words: [word: string, count: number][];
  capitalized: [word: string, count: number][];
}

/** How many passages hold each index term: the rarity that weighs a query term's evidence. */
export interface TermStatistics {
  /** How many passages the archive holds. */
  readonly passages: number;
  /** A word as written for a term (`europe` for `europ`), to show suggestions in words. */
  surfaceOf(term: string): string;
  /** Whether any passage holds the term. */
  has(term: string): boolean;
  documentFrequency(term: string): number;
  /** How many index entries a search for the term reads: the passages holding it, and the titles. */
  postings(term: string): number;
  /** How often the passages write a word, in lower case. */
  wordCount(word: string): number;
  /** The share of a word's occurrences written capitalised: near 1 for a name. */
  nameShare(word: string): number;
  /** Inverse document frequency, smoothed so that an unseen term weighs like the rarest seen one. */
  idf(term: string): number;
  toJSON(): TermStatisticsJSON;
}

/** The archive's speakers, one canonical name each. */
export interface SpeakerDirectory {
  readonly size: number;
  /** Named speakers ranked by number of quotes, optionally those whose name (or a word of it) starts with a prefix. */
  ranked(prefix?: string): Speaker[];
  /** The speakers a user may mean by a name: the exact one, else those a word of whose name matches. */
  find(name: string): Speaker[];
  toJSON(): Speaker[];
}
