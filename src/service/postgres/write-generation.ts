import type { PoolClient } from 'pg';
import { firstOfArticle } from '../../ingest/index/article-order.ts';
import { speakerKey } from '../../ingest/quotes/speaker-names.ts';
import type { MemorySnapshot, PassageIndex, TitleIndex } from '../../model/snapshot.ts';
import { type CopyValue, copyRows } from './copy.ts';
import type { IndexParams, SearchParams } from './index-params.ts';

type IndexJSON = ReturnType<PassageIndex['toJSON']> | ReturnType<TitleIndex['toJSON']>;

/** Writes a snapshot's tables into a generation's schema (the client's search_path); returns its search parameters. */
export async function writeGeneration(client: PoolClient, snapshot: MemorySnapshot): Promise<SearchParams> {
  await copyRows(client, 'articles', ARTICLE_COLUMNS, articleRows(snapshot));
  await copyRows(client, 'passages', PASSAGE_COLUMNS, passageRows(snapshot));
  await copyRows(client, 'quotes', QUOTE_COLUMNS, quoteRows(snapshot));
  const passageIndex = snapshot.index.toJSON();
  await copyRows(client, 'postings', POSTING_COLUMNS, postingRows(snapshot, passageIndex));
  const titleIndex = snapshot.titles.toJSON();
  await copyRows(client, 'title_postings', TITLE_POSTING_COLUMNS, titleRows(snapshot, titleIndex));
  return { passages: paramsOf(passageIndex), titles: paramsOf(titleIndex) };
}

const ARTICLE_COLUMNS = ['id', 'key', 'title', 'date', 'source', 'url', 'dateline', 'description', 'paragraphs', 'sentences', 'origin'];

function* articleRows({ articles, sentences }: MemorySnapshot): Generator<CopyValue[]> {
  for (const [id, a] of articles.entries()) {
    const json = (value: unknown) => JSON.stringify(value);
    yield [
      id,
      a.id,
      a.title,
      a.date,
      a.source,
      a.url,
      a.dateline,
      a.description,
      json(a.paragraphs),
      json(sentences[id] ?? []),
      json(a.origin),
    ];
  }
}

const PASSAGE_COLUMNS = ['id', 'article', 'paragraph', 'start_at', 'end_at'];

function* passageRows({ passages }: MemorySnapshot): Generator<CopyValue[]> {
  for (const [id, p] of passages.entries()) yield [id, p.article, p.paragraph, p.start, p.end];
}

const QUOTE_COLUMNS = [
  'id',
  'article',
  'paragraph',
  'start_at',
  'end_at',
  'speaker',
  'speaker_key',
  'named',
  'role',
  'speaker_type',
  'mention',
  'cue',
  'kind',
];

function* quoteRows({ quotes }: MemorySnapshot): Generator<CopyValue[]> {
  for (const [id, q] of quotes.entries()) {
    const key = q.speaker ? speakerKey(q.speaker) : null;
    yield [id, q.article, q.paragraph, q.start, q.end, q.speaker, key, q.named ?? null, q.role, q.speakerType, q.mention, q.cue, q.kind];
  }
}

const POSTING_COLUMNS = ['term', 'passages', 'articles', 'frequencies', 'lengths', 'quoted'];

/** One row per term of the passage index, its postings in passage order. */
function* postingRows({ passages, quotedPassages }: MemorySnapshot, json: IndexJSON): Generator<CopyValue[]> {
  for (const [term, fields] of json.index) {
    const postings = documentsOf(json, fields[0] ?? {}, 0);
    yield [
      term,
      postings.map((p) => p.id),
      postings.map((p) => passages[p.id]!.article),
      postings.map((p) => p.frequency),
      postings.map((p) => p.length),
      postings.map((p) => quotedPassages[p.id] === 1),
    ];
  }
}

const TITLE_POSTING_COLUMNS = ['term', 'field', 'articles', 'frequencies', 'lengths', 'leads'];

/** One row per term and field of the title index; each article with the passage that leads it (-1 for none). */
function* titleRows({ passages }: MemorySnapshot, json: IndexJSON): Generator<CopyValue[]> {
  const leadOf = (article: number) => {
    const lead = firstOfArticle(passages, article);
    return passages[lead]?.article === article ? lead : -1;
  };
  for (const [term, fields] of json.index) {
    for (const [fieldText, documents] of Object.entries(fields)) {
      const field = Number(fieldText);
      const postings = documentsOf(json, documents, field);
      yield [
        term,
        field,
        postings.map((p) => p.id),
        postings.map((p) => p.frequency),
        postings.map((p) => p.length),
        postings.map((p) => leadOf(p.id)),
      ];
    }
  }
}

/** A term's documents in one field: their ids, how often they hold it, and their length, in id order. */
function documentsOf(
  json: IndexJSON,
  documents: Record<string, number>,
  field: number,
): { id: number; frequency: number; length: number }[] {
  return Object.entries(documents)
    .map(([shortId, frequency]) => ({
      id: json.documentIds[shortId] as number,
      frequency,
      length: (json.fieldLength[shortId] as number[])[field]!,
    }))
    .sort((a, b) => a.id - b.id);
}

function paramsOf(json: IndexJSON): IndexParams {
  return { documents: json.documentCount, averageLengths: json.averageFieldLength };
}
