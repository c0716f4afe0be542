/** Lower-cases and folds quote marks, dashes and white space, as the evaluation sets are scored. */
export function foldForMatch(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”„‟″"«»]/g, '"')
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Reads a JSON Lines file of evaluation items. */
export async function readJsonLines<T>(file: string): Promise<T[]> {
  const { readFile } = await import('node:fs/promises');
  const text = await readFile(file, 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function formatTable(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((row) => row.map((cell) => (typeof cell === 'number' ? cell.toFixed(2) : cell)))];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => String(row[i]).length)));
  return cells.map((row) => row.map((cell, i) => String(cell).padEnd(widths[i]!)).join('  ')).join('\n');
}

/**
 * The options every evaluation takes (`--corpus`, `--ranking FILE.json` with ranking settings over the defaults
 * or the output of `npm run tune`,
 * `--verbose`, `--no-cache`, the thresholds it guards), and the archive it runs against (the collections beside the eval set by default). */
export async function evalSetup(name: string, thresholds: readonly string[]) {
  const { parseArgs } = await import('node:util');
  const { readFile } = await import('node:fs/promises');
  const path = await import('node:path');
  const { Archive } = await import('../src/service/archive.ts');
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      corpus: { type: 'string', multiple: true },
      ...Object.fromEntries(thresholds.map((threshold) => [threshold, { type: 'string' as const }])),
      verbose: { type: 'boolean' },
      'no-cache': { type: 'boolean' },
      ranking: { type: 'string' },
      conversations: { type: 'boolean' },
    },
  });
  const evalFiles = positionals.length > 0 ? positionals : [path.resolve(import.meta.dirname, `../../shared/eval/${name}`)];
  const evalFile = evalFiles[0]!;
  const corpus = (values.corpus as string[] | undefined) ?? [path.resolve(path.dirname(evalFile), '../corpora')];
  const cacheFile = values['no-cache'] ? null : path.resolve('.cache/eval-index.json');
  // Settings as written by hand, or the file `npm run tune` writes, whose `settings` they are.
  const given = typeof values.ranking === 'string' ? JSON.parse(await readFile(values.ranking, 'utf8')) : {};
  const ranking = given.settings ?? given;
  const archive = await Archive.open({ corpusPaths: corpus, cacheFile, ranking });
  const minimums = Object.fromEntries(
    thresholds.map((threshold) => {
      const given = (values as Record<string, unknown>)[threshold];
      return [threshold, typeof given === 'string' ? Number(given) : null];
    }),
  ) as Record<string, number | null>;
  return { evalFile, evalFiles, archive, minimums, verbose: Boolean(values.verbose), conversations: Boolean(values.conversations) };
}
