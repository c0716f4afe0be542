import type { Article, LoadIssue } from '../../model/article.ts';
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
  /** Records dropped because an article with the same id or link was already loaded. */
  duplicates: number;
  undated: number;
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
        const result = toArticle(value, { file: file.path, line, singleArticleFile: reader.singleArticle });
        if ('issue' in result) issues.push(result.issue);
        else collection.add(result.article);
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
    duplicates: collection.duplicates,
    undated: articles.filter((article) => article.date === null).length,
  };
}

/** Keeps one article per id and per link: the richer record when the same story arrives twice. */
class ArticleCollection {
  private readonly slots: Article[] = [];
  private readonly slotByKey = new Map<string, number>();
  duplicates = 0;

  add(article: Article): void {
    const keys = [`id:${article.id}`, ...(article.url ? [`url:${article.url}`] : [])];
    const slot = keys.map((key) => this.slotByKey.get(key)).find((found) => found !== undefined);
    if (slot === undefined) {
      this.slots.push(article);
      for (const key of keys) this.slotByKey.set(key, this.slots.length - 1);
      return;
    }
    this.duplicates += 1;
    if (richness(article) > richness(this.slots[slot]!)) {
      this.slots[slot] = { ...article, id: this.slots[slot]!.id };
      if (article.url) this.slotByKey.set(`url:${article.url}`, slot);
    }
  }

  articles(): Article[] {
    return this.slots;
  }
}

/** Paragraphs beat one flattened field; then more text beats less. */
function richness(article: Article): number {
  const length = article.paragraphs.reduce((sum, p) => sum + p.length, 0);
  return article.paragraphs.length * 1e9 + length;
}
