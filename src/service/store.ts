import type { ArticlePlace, DroppedDuplicate, LoadIssue } from '../model/article.ts';
import type { LoadSummary, Snapshot } from '../model/snapshot.ts';

export interface ReloadReport {
  ok: boolean;
  /** Why the reload failed; the archive then keeps answering from what it had. */
  error?: string;
  added: number;
  removed: number;
  articles: number;
  issues: LoadIssue[];
  /** What the new load dropped as duplicates, and the articles it kept without a date. */
  dropped: DroppedDuplicate[];
  undated: ArticlePlace[];
  tookMs: number;
}

/** What is loaded now, for `stats`. */
export interface LoadState {
  summary: LoadSummary;
  quotes: number;
  speakers: number;
  loadedAt: Date;
  loadMs: number;
  fromCache: boolean;
}

/** Where the archive is kept: in this process's memory, or in a database that several processes share. */
export interface ArchiveStore {
  /** Whether a load has finished (the first load of a memory store takes a while). */
  readonly ready: boolean;
  /** The snapshot one request is answered from: the archive as loaded now, never a mix of two loads. */
  view(): Promise<Snapshot>;
  /** A snapshot holding every article and quotation (exports): a database reads them all in. */
  whole(): Promise<Snapshot>;
  /** Whether a snapshot belongs to the load that answers now. */
  isCurrent(snapshot: Snapshot): boolean;
  /** The number of the load a snapshot belongs to: a later load has a greater one. */
  generationOf(snapshot: Snapshot): number;
  /** The first load: in memory, the corpus (or its cache); from a database, the generation that is current. */
  open(): Promise<ReloadReport>;
  /** Loads the corpus again while the current load keeps answering; it answers on when the new one fails. */
  load(): Promise<ReloadReport>;
  state(): LoadState;
  close(): Promise<void>;
}

/** The report of a reload that changed nothing. */
export function failedReload(error: string, articles: number, started: number, issues: LoadIssue[] = []): ReloadReport {
  return { ok: false, error, added: 0, removed: 0, articles, issues, dropped: [], undated: [], tookMs: performance.now() - started };
}
