import type { Article } from '../../model/article.ts';
import { type CacheRead, readCache, writeCache } from './cache-file.ts';
import { loadPassageIndex } from '../index/passage-index.ts';
import { assembleSnapshot } from '../assemble.ts';
import { loadTitleIndex } from '../index/titles.ts';
import type { LoadSummary, MemorySnapshot, PassageIndex, TermStatisticsJSON, TitleIndex } from '../../model/snapshot.ts';
import { InMemoryTermStatistics } from '../index/term-stats.ts';
import { InMemorySpeakerDirectory } from '../quotes/directory.ts';
import type { Passage } from '../../model/passage.ts';
import type { Speaker, StoredQuote } from '../../model/quote.ts';

/** The search indexes, as MiniSearch saves them. */
interface SearchSection {
  index: ReturnType<PassageIndex['toJSON']>;
  titles: ReturnType<TitleIndex['toJSON']>;
}

/** The archive itself: articles, their sentences and passages, term statistics, quotations and speakers. */
interface ArchiveSection {
  articles: Article[];
  sentences: number[][][];
  /** Passages flattened to [article, paragraph, start, end, …]: a quarter of the size of objects. */
  passages: number[];
  summary: LoadSummary;
  terms: TermStatisticsJSON;
  quotes: StoredQuote[];
  speakers: Speaker[];
}

type CacheSections = [SearchSection, ArchiveSection];

/** Writes a snapshot to a cache file; returns its size in bytes. */
export function writeSnapshotCache(file: string, fingerprint: string, snapshot: MemorySnapshot): Promise<number> {
  const search: SearchSection = { index: snapshot.index.toJSON(), titles: snapshot.titles.toJSON() };
  const archive: ArchiveSection = {
    articles: snapshot.articles,
    sentences: snapshot.sentences,
    passages: snapshot.passages.flatMap((p) => [p.article, p.paragraph, p.start, p.end]),
    summary: snapshot.summary,
    terms: snapshot.terms.toJSON(),
    quotes: snapshot.quotes,
    speakers: snapshot.speakers.toJSON(),
  };
  const sections: CacheSections = [search, archive];
  return writeCache(file, fingerprint, sections);
}

/** Reads a snapshot from a cache file written for the same fingerprint. */
export async function readSnapshotCache(file: string, fingerprint: string): Promise<CacheRead<MemorySnapshot>> {
  const cached = await readCache<CacheSections>(file, fingerprint, 2);
  return 'hit' in cached ? { hit: fromSections(...cached.hit) } : cached;
}

function fromSections(search: SearchSection, archive: ArchiveSection): MemorySnapshot {
  const passages: Passage[] = [];
  const flat = archive.passages;
  for (let i = 0; i + 3 < flat.length; i += 4) {
    passages.push({ article: flat[i]!, paragraph: flat[i + 1]!, start: flat[i + 2]!, end: flat[i + 3]! });
  }
  const index = loadPassageIndex(search.index);
  const titles = loadTitleIndex(search.titles);
  const terms = InMemoryTermStatistics.fromJSON(archive.terms);
  const speakers = InMemorySpeakerDirectory.fromJSON(archive.speakers);
  const { articles, sentences, summary, quotes } = archive;
  return assembleSnapshot({ articles, sentences, passages, index, titles, terms, quotes, speakers, summary }, true);
}
