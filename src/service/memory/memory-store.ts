import { type BuildOptions, buildSnapshot } from '../../ingest/build.ts';
import type { MemorySnapshot, Snapshot } from '../../model/snapshot.ts';
import { type ArchiveStore, type LoadState, type ReloadReport, failedReload } from '../store.ts';

/** The archive held whole in this process: built from the corpus (or its cache), swapped in at once on reload. */
export class MemoryStore implements ArchiveStore {
  private current: MemorySnapshot | null = null;
  private loadedAt = new Date(0);
  private loadMs = 0;
  /** How many loads have finished: the current one's number. */
  private loads = 0;

  constructor(
    private readonly corpusPaths: readonly string[],
    private readonly options: BuildOptions,
  ) {}

  /** A store over a snapshot already built (benchmarks, tools); reloading reads no corpus. */
  static of(snapshot: MemorySnapshot): MemoryStore {
    const store = new MemoryStore([], { cacheFile: null });
    store.current = snapshot;
    store.loads = 1;
    store.loadedAt = new Date();
    return store;
  }

  get ready(): boolean {
    return this.current !== null;
  }

  snapshot(): MemorySnapshot {
    if (!this.current) throw new Error('the archive is still loading');
    return this.current;
  }

  view(): Promise<Snapshot> {
    return Promise.resolve(this.snapshot());
  }

  whole(): Promise<Snapshot> {
    return this.view();
  }

  isCurrent(snapshot: Snapshot): boolean {
    return snapshot === this.current;
  }

  generationOf(snapshot: Snapshot): number {
    return this.isCurrent(snapshot) ? this.loads : -1;
  }

  open(): Promise<ReloadReport> {
    return this.load();
  }

  async load(): Promise<ReloadReport> {
    const started = performance.now();
    const before = this.current;
    let next: MemorySnapshot;
    try {
      next = await buildSnapshot(this.corpusPaths, this.options);
    } catch (error) {
      return failedReload((error as Error).message, before?.articles.length ?? 0, started);
    }
    if (next.articles.length === 0 && before && before.articles.length > 0) {
      const reason = 'the new load found no articles; keeping the archive as it was';
      return failedReload(reason, before.articles.length, started, next.summary.issues);
    }
    this.current = next;
    this.loads += 1;
    this.loadedAt = new Date();
    this.loadMs = performance.now() - started;
    const { issues, dropped, undatedArticles: undated } = next.summary;
    return { ok: true, ...changes(before, next), articles: next.articles.length, issues, dropped, undated, tookMs: this.loadMs };
  }

  state(): LoadState {
    const snapshot = this.snapshot();
    return {
      summary: snapshot.summary,
      quotes: snapshot.quotes.length,
      speakers: snapshot.speakers.size,
      loadedAt: this.loadedAt,
      loadMs: this.loadMs,
      fromCache: snapshot.fromCache,
    };
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

function changes(before: Snapshot | null, after: Snapshot): { added: number; removed: number } {
  const old = new Set(before?.articles.map((a) => a.id) ?? []);
  const now = new Set(after.articles.map((a) => a.id));
  let added = 0;
  for (const id of now) if (!old.has(id)) added += 1;
  let removed = 0;
  for (const id of old) if (!now.has(id)) removed += 1;
  return { added, removed };
}
