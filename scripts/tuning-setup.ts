/** What both tuning scripts read: `[eval files…] [--corpus PATH…] [--folds K] [--out FILE]`, the questions and the archive. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Archive } from '../src/service/archive.ts';
import { readJsonLines } from './eval-text.ts';
import type { QaItem } from './qa-scoring.ts';

export async function tuningSetup(defaultOut: string) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { corpus: { type: 'string', multiple: true }, folds: { type: 'string' }, out: { type: 'string' } },
  });
  const evalFiles =
    positionals.length > 0
      ? positionals
      : ['qa.jsonl', 'qa-extra.jsonl'].map((f) => path.resolve(import.meta.dirname, '../../shared/eval', f));
  const corpus = values.corpus ?? [path.resolve(path.dirname(evalFiles[0]!), '../corpora')];
  const items = (await Promise.all(evalFiles.map((file) => readJsonLines<QaItem>(file)))).flat();
  const snapshot = (await Archive.open({ corpusPaths: corpus, cacheFile: path.resolve('.cache/eval-index.json') })).snapshot();
  return {
    items,
    snapshot,
    folds: Number(values.folds ?? 5),
    out: values.out ?? path.resolve(import.meta.dirname, '../tuning', defaultOut),
  };
}
