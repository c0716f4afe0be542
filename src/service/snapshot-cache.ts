import type { Article } from '../archive/article.ts';
import { type CacheRead, readCache, writeCache } from '../search/cache.ts';
import { type PassageIndex, loadPassageIndex } from '../search/index.ts';
import type { Passage } from '../search/passages.ts';
import { markQuotedPassages } from '../search/quoted-passages.ts';
import { type Speaker, SpeakerDirectory } from '../search/speakers.ts';
import { TermStatistics } from '../search/term-stats.ts';
import { type TitleIndex, loadTitleIndex } from '../search/titles.ts';
import type { StoredQuote } from './quote-finding.ts';
import type { LoadSummary, Snapshot } from './snapshot.ts';

interface CachePayload {
  articles: Article[];
  sentences: number[][][];
  /** Passages flattened to [article, paragraph, start, end, …]: a quarter of the size of objects. */
  passages: number[];
  summary: LoadSummary;
  index: ReturnType<PassageIndex['toJSON']>;
  titles: ReturnType<TitleIndex['toJSON']>;
  terms: ReturnType<TermStatistics['toJSON']>;
  quotes: StoredQuote[];
  speakers: Speaker[];
}

/** Writes a snapshot to a cache file; returns its size in bytes. */
export function writeSnapshotCache(file: string, fingerprint: string, snapshot: Snapshot): Promise<number> {
  const payload: CachePayload = {
    articles: snapshot.articles,
    sentences: snapshot.sentences,
    passages: snapshot.passages.flatMap((p) => [p.article, p.paragraph, p.start, p.end]),
    summary: snapshot.summary,
    index: snapshot.index.toJSON(),
    titles: snapshot.titles.toJSON(),
    terms: snapshot.terms.toJSON(),
    quotes: snapshot.quotes,
    speakers: snapshot.speakers.toJSON(),
  };
  return writeCache(file, fingerprint, payload);
}

/** Reads a snapshot from a cache file written for the same fingerprint. */
export async function readSnapshotCache(file: string, fingerprint: string): Promise<CacheRead<Snapshot>> {
  const cached = await readCache<CachePayload>(file, fingerprint);
  return 'hit' in cached ? { hit: fromPayload(cached.hit) } : cached;
}

function fromPayload(payload: CachePayload): Snapshot {
  const passages: Passage[] = [];
  const flat = payload.passages;
  for (let i = 0; i + 3 < flat.length; i += 4) {
    passages.push({ article: flat[i]!, paragraph: flat[i + 1]!, start: flat[i + 2]!, end: flat[i + 3]! });
  }
  const index = loadPassageIndex(payload.index);
  const titles = loadTitleIndex(payload.titles);
  const terms = TermStatistics.fromJSON(payload.terms);
  const speakers = SpeakerDirectory.fromJSON(payload.speakers);
  const { articles, sentences, summary, quotes } = payload;
  return { articles, sentences, passages, index, titles, terms, quotes, quotedPassages: markQuotedPassages(passages, quotes), speakers, summary, fromCache: true };
}
