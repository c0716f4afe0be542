import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { LoadIssue } from '../../model/article.ts';
import { describeFsError } from './formats/decode.ts';

/** Files that describe a folder rather than hold articles; skipped inside folders, read when named. */
const FOLDER_DOCUMENTS = /^(readme|license|licence|changelog|contributing|notice)(\.[a-z]+)?$/i;

export interface CorpusFile {
  path: string;
  size: number;
  modified: number;
}

export interface CorpusListing {
  files: CorpusFile[];
  issues: LoadIssue[];
}

/**
 * The files named by the corpus paths: files as given, folders read recursively (hidden entries, READMEs
 * and licences, and files in formats we do not read are passed over). Sorted, so that every load sees the same order.
 */
export async function listCorpusFiles(paths: readonly string[], extensions: ReadonlySet<string>): Promise<CorpusListing> {
  const files = new Map<string, CorpusFile>();
  const issues: LoadIssue[] = [];
  const visit = async (target: string, named: boolean): Promise<void> => {
    let info;
    try {
      info = await stat(target);
    } catch (error) {
      issues.push({ file: target, message: `cannot read ${named ? 'corpus path' : 'file'} (${describeFsError(error)})` });
      return;
    }
    if (info.isDirectory()) {
      const entries = await readdir(target).catch((error: unknown) => {
        issues.push({ file: target, message: `cannot read folder (${describeFsError(error)})` });
        return [];
      });
      for (const entry of entries.sort()) {
        if (!entry.startsWith('.') && !FOLDER_DOCUMENTS.test(entry)) await visit(path.join(target, entry), false);
      }
    } else if (extensions.has(path.extname(target).toLowerCase())) {
      files.set(path.resolve(target), { path: target, size: info.size, modified: info.mtimeMs });
    } else if (named) {
      issues.push({ file: target, message: `unsupported format (expected one of ${[...extensions].join(', ')})` });
    }
  };
  for (const target of paths) await visit(target, true);
  return { files: [...files.values()], issues };
}
