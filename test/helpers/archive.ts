import type { Archive } from '../../src/service/archive.ts';
import { type Backend, openOn } from './backends.ts';
import type { RankSettings } from '../../src/query/options.ts';
import { folderWith } from './files.ts';

/** What a test says of an article; the rest takes plain defaults. */
export interface ArticleFields {
  id: string;
  text: string;
  title?: string;
  date?: string;
  source?: string;
  dateline?: string;
}

/** An article record as a JSON Lines archive holds it. */
export function article({ id, text, title = id.toUpperCase(), date = '1987-03-02', source, dateline }: ArticleFields) {
  return { id, date, title, ...(source && { source }), ...(dateline && { dateline }), text };
}

/** JSON Lines of the given articles; those that name no source take the one given. */
export function jsonLines(articles: readonly ArticleFields[], source = 'Reuters'): string {
  return articles.map((fields) => JSON.stringify(article({ source, ...fields }))).join('\n');
}

/**
 * An archive over a temporary corpus of the given files, without a cache, ranking with the given settings;
 * in memory, or in a database of its own (then `closeArchives` after the tests lets go of it).
 */
export async function archiveOf(files: Record<string, string>, ranking: RankSettings = {}, backend: Backend = 'memory'): Promise<Archive> {
  const dir = await folderWith(files);
  return openOn(backend, { corpusPaths: [dir], cacheFile: null, ranking });
}
