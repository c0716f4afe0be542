import SearchableMap from 'minisearch/SearchableMap';
import type { Pool } from 'pg';
import { InMemoryTermStatistics } from '../../ingest/index/term-stats.ts';
import { InMemorySpeakerDirectory } from '../../ingest/quotes/directory.ts';
import type { LoadSummary, TermStatisticsJSON } from '../../model/snapshot.ts';
import type { Speaker } from '../../model/quote.ts';
import type { SearchParams } from './index-params.ts';

/**
 * What an answering process keeps of the current generation: its statistics and vocabulary (which grow with
 * the archive's vocabulary, not with its size), never its articles.
 */
export interface Generation {
  id: number;
  /** The schema holding its tables. */
  schema: string;
  terms: InMemoryTermStatistics;
  speakers: InMemorySpeakerDirectory;
  summary: LoadSummary;
  search: SearchParams;
  /** The terms of each index, for the prefixes and close spellings of a word the archive does not hold. */
  passageVocabulary: SearchableMap<true>;
  titleVocabulary: SearchableMap<true>;
  quotes: number;
  finishedAt: Date;
  /** How long the ingest that wrote it took. */
  ingestMs: number;
}

interface GenerationRow {
  id: number;
  schema_name: string;
  quotes: number;
  summary: LoadSummary;
  terms: TermStatisticsJSON;
  speakers: Speaker[];
  search: SearchParams;
  started_at: Date;
  finished_at: Date;
}

/** The id of the generation that answers now; null before the first ingest. */
export async function currentGenerationId(pool: Pool): Promise<number | null> {
  const { rows } = await pool.query<{ id: number }>("SELECT id FROM dateline_generations WHERE state = 'current'");
  return rows[0]?.id ?? null;
}

/** Reads a generation's statistics; null when it is gone (a newer ingest replaced it). */
export async function loadGeneration(pool: Pool, id: number): Promise<Generation | null> {
  const { rows } = await pool.query<GenerationRow>(
    'SELECT id, schema_name, quotes, summary, terms, speakers, search, started_at, finished_at FROM dateline_generations WHERE id = $1',
    [id],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    schema: row.schema_name,
    terms: InMemoryTermStatistics.fromJSON(row.terms),
    speakers: InMemorySpeakerDirectory.fromJSON(row.speakers),
    summary: row.summary,
    search: row.search,
    passageVocabulary: vocabulary(row.terms.terms.map(([term]) => term)),
    titleVocabulary: vocabulary(row.terms.titles.map(([term]) => term)),
    quotes: row.quotes,
    finishedAt: row.finished_at,
    ingestMs: row.finished_at.getTime() - row.started_at.getTime(),
  };
}

function vocabulary(terms: readonly string[]): SearchableMap<true> {
  return SearchableMap.from(terms.map((term) => [term, true] as [string, true]));
}
