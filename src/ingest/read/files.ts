import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { LoadIssue } from '../../model/article.ts';
import { describeFsError } from './formats/decode.ts';

/** Files that describe a folder rather than hold articles; skipped inside folders, read when named. */
const FOLDER_DOCUMENTS = /^(readme|license|licence|changelog|contributing|notice)(\.[a-z]+)?$/i;

export interface CorpusFile {
  path: string;
  /** Its path within the corpus folder it was found in (its own name when named alone): what ids are made of. */
  name: string;
  size: number;
  modified: number;
}

export interface CorpusListing {
  files: CorpusFile[];
  issues: LoadIssue[];
}

/**
 * The files named by the corpus paths: files as given, folders read recursively (hidden entries, READMEs
 * and licences, and files in formats we do not read are passed over). Sorted, so that every load sees the
 * same order. Links are followed, but each file is listed once, and a link back to a folder being read
 * (a loop) is reported once and not followed.
 */
export async function listCorpusFiles(paths: readonly string[], extensions: ReadonlySet<string>): Promise<CorpusListing> {
  const files = new Map<string, CorpusFile>();
  const foldersRead = new Set<string>();
  const issues: LoadIssue[] = [];
  const visit = async (target: string, root: string, ancestors: readonly string[]): Promise<void> => {
    const named = ancestors.length === 0;
    let info;
    let real;
    try {
      [info, real] = await Promise.all([stat(target), realpath(target)]);
    } catch (error) {
      issues.push({ file: target, message: `cannot read ${named ? 'corpus path' : 'file'} (${describeFsError(error)})` });
      return;
    }
    if (info.isDirectory()) {
      if (ancestors.includes(real)) {
        issues.push({ file: target, message: `a link back to ${real}, a folder it lies in (a loop); not followed` });
        return;
      }
      if (foldersRead.has(real)) return;
      foldersRead.add(real);
      const entries = await readdir(target).catch((error: unknown) => {
        issues.push({ file: target, message: `cannot read folder (${describeFsError(error)})` });
        return [];
      });
      for (const entry of entries.sort()) {
        if (!entry.startsWith('.') && !FOLDER_DOCUMENTS.test(entry)) await visit(path.join(target, entry), root, [...ancestors, real]);
      }
    } else if (extensions.has(path.extname(target).toLowerCase())) {
      if (files.has(real)) return;
      const name = named ? path.basename(target) : path.relative(root, target);
      files.set(real, { path: target, name, size: info.size, modified: info.mtimeMs });
    } else if (named) {
      issues.push({ file: target, message: `unsupported format (expected one of ${[...extensions].join(', ')})` });
    }
  };
  for (const target of paths) await visit(target, target, []);
  return { files: [...files.values()], issues };
}
