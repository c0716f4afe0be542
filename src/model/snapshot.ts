import type MiniSearch from 'minisearch';
import type { Article, ArticlePlace, DroppedDuplicate, LoadIssue } from './article.ts';
import type { Filters } from './filters.ts';
import type { ArticleRef } from './results.ts';
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

/**
 * One consistent state of the archive: everything a query needs. A snapshot held in memory holds every
 * article; one read from a database holds the articles its searches have found so far (and `search`
 * brings in what it finds). Ids (places in these lists) are the snapshot's own.
 */
export interface Snapshot {
  articles: Article[];
  /** Sentence bounds of every paragraph, by article then paragraph (see `sentenceBounds`). */
  sentences: number[][][];
  passages: Passage[];
  terms: TermStatistics;
  /** Every quotation, its speaker canonical across the archive. */
  quotes: StoredQuote[];
  /** One mark per passage: 1 where a quotation lies. */
  quotedPassages: ArrayLike<number>;
  speakers: SpeakerDirectory;
  summary: LoadSummary;
  /** Whether the snapshot came from the index cache rather than from reading the corpus. */
  fromCache: boolean;
  search: ArchiveSearch;
}

/** A snapshot held whole in memory, with the indexes its cache saves. */
export interface MemorySnapshot extends Snapshot {
  quotedPassages: Uint8Array;
  index: PassageIndex;
  titles: TitleIndex;
  /** The ids of each speaker's quotations, by speaker key (`speakerKey`). */
  quotesBySpeaker: Map<string, number[]>;
}

/** A first-stage search: the words to look for (unknown ones matched by prefix and typo tolerance), the best `limit`. */
export interface SearchRequest {
  words: string;
  limit: number;
  /** How much each term's evidence counts: a question weighs its expansions below its own words. */
  boostTerm?: (term: string) => number;
}

export interface CandidateRequest extends SearchRequest {
  filters: Filters;
  /** How much an article's title score adds to each of its passages' scores. */
  titleBoost: number;
}

/** A passage found by the first stage, with its BM25 score (with its article's title score, for candidates). */
export interface Candidate {
  id: number;
  score: number;
}

/** What a timeline counts of an article: where and when it appeared, and who is quoted in it. */
export interface CountedArticle {
  /** Its number in the archive (see `articlesHolding`). */
  number: number;
  ref: ArticleRef;
  /** The named speakers of its quotations, once per quotation (one lying within a longer one of theirs is the longer one's). */
  speakers: string[];
}

/**
 * Searches the whole archive; what it finds is in the snapshot when the promise settles, and the ids it
 * returns are the snapshot's own.
 */
export interface ArchiveSearch {
  /**
   * The first stage of an answer: BM25 over passages, each credited with its article's title score. An
   * article found by its title alone is represented by its first passage.
   */
  candidates(request: CandidateRequest): Promise<Candidate[]>;
  /** The passages that hold a quotation, by BM25 over their text. */
  quotedPassages(request: SearchRequest): Promise<number[]>;
  /** Passages by BM25 over their text. */
  passages(request: SearchRequest): Promise<number[]>;
  /**
   * The articles whose text or title holds a term exactly, by number in the archive (not places in this
   * snapshot: nothing is read into it), as a timeline counts them.
   */
  articlesHolding(word: string): Promise<Set<number>>;
  /**
   * The number in the archive of the article of each of a speaker's quotations, in the archive's order; a quotation
   * within a longer one of theirs (a few words in quote marks inside their reported speech) is the longer one's.
   */
  quotedArticles(speakerKey: string): Promise<number[]>;
  /** What a timeline counts of articles (by number in the archive); with a phrase, of those whose title or text it matches. */
  countedArticles(numbers: readonly number[], phrase: RegExp | null): Promise<CountedArticle[]>;
  /** Index terms close to the words (typos, prefixes), most likely first: what to suggest when nothing matched. */
  closeTerms(words: string): Promise<string[]>;
  /** An article by its id; undefined when the archive has none. */
  article(id: string): Promise<number | undefined>;
  /** A speaker's quotations, by speaker key (`speakerKey`). */
  quotesOf(speakerKey: string): Promise<number[]>;
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
  /** Absent from statistics saved before name phrases were read. */
  namePhrases?: string[];
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
  /** Whether the passages write two words side by side as a name more often than not (`caesars`, `world`). */
  isNamePhrase(first: string, second: string): boolean;
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
