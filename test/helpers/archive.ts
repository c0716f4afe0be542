import { Archive } from '../../src/service/archive.ts';
import { folderWith } from './files.ts';

/** An archive over a temporary corpus of the given files, without a cache. */
export async function archiveOf(files: Record<string, string>): Promise<Archive> {
  const dir = await folderWith(files);
  return Archive.open({ corpusPaths: [dir], cacheFile: null });
}

/** JSON Lines of articles given as [id, date, title, text]. */
export function jsonLines(articles: [string, string, string, string][], source = 'Reuters'): string {
  return articles.map(([id, date, title, text]) => JSON.stringify({ id, date, title, source, text })).join('\n');
}
