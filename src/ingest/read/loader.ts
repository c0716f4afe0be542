import { createHash } from 'node:crypto';
import type { Article, ArticlePlace, DroppedDuplicate, LoadIssue } from '../../model/article.ts';
import { type CorpusFile, type CorpusListing, listCorpusFiles } from './files.ts';
import { csvReader } from './formats/csv.ts';
import type { FormatReader } from './formats/format.ts';
import { jsonReader } from './formats/json.ts';
import { jsonLinesReader } from './formats/jsonl.ts';
import { textReader } from './formats/text.ts';
import { toArticle } from './record.ts';
import path from 'node:path';

const READERS: readonly FormatReader[] = [textReader, jsonReader, jsonLinesReader, csvReader];
const READER_BY_EXTENSION = new Map(READERS.flatMap((reader) => reader.extensions.map((ext) => [ext, reader] as const)));
export const SUPPORTED_EXTENSIONS: ReadonlySet<string> = new Set(READER_BY_EXTENSION.keys());

export interface LoadProgress {
  bytesDone: number;
  bytesTotal: number;
  file: string;
}

export interface LoadResult {
  articles: Article[];
  files: CorpusFile[];
  issues: LoadIssue[];
  /** Records dropped because the same article (by id, link or text) was already loaded. */
  dropped: DroppedDuplicate[];
  /** Articles without a usable date: kept, and listed. */
  undated: ArticlePlace[];
}

export interface LoadOptions {
  onProgress?: (progress: LoadProgress) => void;
}

/** Reads every article under the corpus paths. Bad input is reported in `issues`; it never stops the load. */
export async function loadArticles(paths: readonly string[], options: LoadOptions = {}): Promise<LoadResult> {
  return readListing(await listCorpus(paths), options);
}

export function listCorpus(paths: readonly string[]): Promise<CorpusListing> {
  return listCorpusFiles(paths, SUPPORTED_EXTENSIONS);
}

/** Reads the articles of files already listed. */
export async function readListing(listing: CorpusListing, options: LoadOptions = {}): Promise<LoadResult> {
  const issues = [...listing.issues];
  const collection = new ArticleCollection();
  const bytesTotal = listing.files.reduce((sum, file) => sum + file.size, 0);
  let bytesBefore = 0;
  for (const file of listing.files) {
    const reader = READER_BY_EXTENSION.get(path.extname(file.path).toLowerCase())!;
    const report = (bytes: number) => options.onProgress?.({ bytesDone: bytesBefore + bytes, bytesTotal, file: file.path });
    await reader.read(file.path, {
      record: (value, line) => {
        const result = toArticle(value, { file: file.path, name: file.name, line, singleArticleFile: reader.singleArticle });
        if ('issue' in result) issues.push(result.issue);
        else collection.add(result.article, result.named);
      },
      issue: (issue) => issues.push(issue),
      progress: report,
    });
    bytesBefore += file.size;
    report(0);
  }
  const articles = collection.articles();
  return {
    articles,
    files: listing.files,
    issues,
    dropped: collection.dropped,
    undated: articles.filter((article) => article.date === null).map(placeOf),
  };
}

function placeOf({ id, origin }: Article): ArticlePlace {
  return { id, ...origin };
}

/**
 * Keeps one article per id and per link, and per text among the articles no record named: the richer
 * record when the same story arrives twice (paragraphs beat a flattened CSV field), under the id it was
 * first loaded with. A record's own id names an item of its archive: two wire items with the same
 * words (a repeat) are both kept, and the ranker shows one. Two files of the same text are one article.
 */
class ArticleCollection {
  private readonly slots: Article[] = [];
  private readonly slotByKey = new Map<string, number>();
  readonly dropped: DroppedDuplicate[] = [];

  add(article: Article, named: boolean): void {
    const keys = keysOf(article, named);
    const match = keys.map((key) => ({ key, slot: this.slotByKey.get(key) })).find((found) => found.slot !== undefined);
    if (match?.slot === undefined) {
      this.slots.push(article);
      for (const key of keys) this.slotByKey.set(key, this.slots.length - 1);
      return;
    }
    const kept = this.slots[match.slot]!;
    const richer = richness(article) > richness(kept);
    const [loser, winner] = richer ? [kept, article] : [article, kept];
    this.dropped.push({ ...placeOf(loser), keptAs: kept.id, sameBy: sameBy(match.key) });
    if (richer) {
      this.slots[match.slot] = { ...winner, id: kept.id };
      for (const key of keys) this.slotByKey.set(key, match.slot);
    }
  }

  articles(): Article[] {
    return this.slots;
  }
}

/** What makes two records the same article: the same id, the same link, or (for records that name neither) the same text. */
function keysOf(article: Article, named: boolean): string[] {
  const keys = [`id:${article.id}`, ...(article.url ? [`link:${article.url}`] : [])];
  if (!named) keys.push(`text:${createHash('sha1').update(article.paragraphs.join('\n')).digest('base64')}`);
  return keys;
}

function sameBy(key: string): DroppedDuplicate['sameBy'] {
  return key.slice(0, key.indexOf(':')) as DroppedDuplicate['sameBy'];
}

/** Paragraphs beat one flattened field; then more text beats less. */
function richness(article: Article): number {
  const length = article.paragraphs.reduce((sum, p) => sum + p.length, 0);
  return article.paragraphs.length * 1e9 + length;
}
