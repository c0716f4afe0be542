import path from 'node:path';
import type { Article, LoadIssue, Origin } from '../../model/article.ts';
import { normalizeDate } from './dates.ts';
import { DATELINE_PARAGRAPHS, type Dateline, parseDateline, placeFromDatelineField } from './dateline.ts';
import { sourceFromUrl, tidySource } from './source.ts';

/**
 * The field names archives use for each part of an article, matched case-insensitively.
 * The first name present wins.
 */
const VOCABULARY = {
  id: ['id', 'guid', 'uuid', 'article_id', 'articleid'],
  title: ['title', 'headline', 'heading'],
  date: [
    'date',
    'published',
    'publishedat',
    'published_at',
    'pubdate',
    'pub_date',
    'date_publish',
    'publish_date',
    'published_date',
    'publication_date',
    'datetime',
    'timestamp',
  ],
  url: ['link', 'url', 'href', 'permalink'],
  content: ['content', 'text', 'body', 'article', 'paragraphs', 'maintext', 'full_text', 'article_text', 'story'],
  description: ['description', 'summary', 'lead', 'abstract'],
  source: ['source', 'publisher', 'agency', 'publication', 'outlet'],
  dateline: ['dateline'],
} as const;

type Field = keyof typeof VOCABULARY;

/** Where a raw record was read, and what the file tells about it. */
export interface RecordContext extends Origin {
  /** The file's path within its corpus folder (`business/001.txt`), of which a record without an id is named. */
  name: string;
  /** The file holds this one article, so its name can serve as the id. */
  singleArticleFile: boolean;
}

/** An article, and whether the record named it (an id or a link) or the id was made from where it was read. */
export type RecordResult = { article: Article; named: boolean } | { issue: LoadIssue };

/** Turns one raw record (a parsed JSON object, a CSV row, a text file's header and body) into an Article. */
export function toArticle(record: unknown, context: RecordContext): RecordResult {
  const at = { file: context.file, ...(context.line !== undefined && { line: context.line }) };
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return { issue: { ...at, message: `expected an article object, found ${describe(record)}` } };
  }
  const fields = lowerCaseKeys(record as Record<string, unknown>);
  const content = pick(fields, 'content');
  // A feed's item or a headline export gives its summary alone: that is its text.
  const paragraphs = paragraphsOf(content ?? pick(fields, 'description'));
  if (paragraphs.length === 0) {
    return { issue: { ...at, message: 'record has no text (expected one of: content, text, body, description)' } };
  }
  const url = text(pick(fields, 'url'));
  const given = text(pick(fields, 'id')) ?? url;
  const opening = openingDateline(paragraphs);
  const datelineField = text(pick(fields, 'dateline'));
  const description = content === undefined ? null : text(pick(fields, 'description'));
  const article: Article = {
    id: given ?? fallbackId(context),
    title: text(pick(fields, 'title')) ?? titleFromText(description ?? paragraphs[0]!),
    date: normalizeDate(pick(fields, 'date')),
    source: sourceOf(text(pick(fields, 'source')), opening?.agency ?? null, url, context.file),
    url,
    dateline: opening?.place ?? (datelineField ? placeFromDatelineField(datelineField) : null),
    description,
    paragraphs,
    origin: { file: context.file, ...(context.line !== undefined && { line: context.line }) },
  };
  return { article, named: given !== null };
}

function lowerCaseKeys(record: Record<string, unknown>): Map<string, unknown> {
  const fields = new Map<string, unknown>();
  for (const [key, value] of Object.entries(record)) {
    const name = key.trim().toLowerCase();
    if (!fields.has(name)) fields.set(name, value);
  }
  return fields;
}

function pick(fields: Map<string, unknown>, field: Field): unknown {
  for (const name of VOCABULARY[field]) {
    const value = fields.get(name);
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
}

function text(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed || null;
}

/** Content comes as an array of paragraphs, or as one string with blank lines between paragraphs. */
function paragraphsOf(content: unknown): string[] {
  const pieces = Array.isArray(content) ? content.map(text) : (text(content)?.split(/\r?\n\s*\r?\n/) ?? []);
  return pieces.flatMap((piece) => (piece ? [piece.replace(/\s*\r?\n\s*/g, ' ').trim()] : [])).filter(Boolean);
}

/** The dateline opening one of the first paragraphs (after a summary, the second or third). */
function openingDateline(paragraphs: string[]): Dateline | null {
  for (const paragraph of paragraphs.slice(0, DATELINE_PARAGRAPHS)) {
    const dateline = parseDateline(paragraph);
    if (dateline) return dateline;
  }
  return null;
}

/** `business/001` for `business/001.txt`, unique within the corpus; `wire:12` for line 12 of `wire.jsonl`. */
function fallbackId(context: RecordContext): string {
  const name = context.name
    .slice(0, context.name.length - path.extname(context.name).length)
    .split(path.sep)
    .join('/');
  return context.singleArticleFile || context.line === undefined ? name : `${name}:${context.line}`;
}

function sourceOf(field: string | null, agency: string | null, url: string | null, file: string): string {
  if (field) return tidySource(field);
  if (agency) return tidySource(agency);
  const fromUrl = url ? sourceFromUrl(url) : null;
  return fromUrl ?? (path.basename(path.dirname(path.resolve(file))) || 'unknown');
}

const TITLE_LENGTH = 100;

/** An untitled article is named by its first sentence, without the dateline, cut at a word. */
function titleFromText(lead: string): string {
  const withoutDateline = lead.slice(parseDateline(lead)?.length ?? 0);
  const sentence = withoutDateline.split(/(?<=[.!?])\s+(?=[A-Z"“])/)[0] ?? withoutDateline;
  if (sentence.length <= TITLE_LENGTH) return sentence;
  const cut = sentence.slice(0, TITLE_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1))}…`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}
