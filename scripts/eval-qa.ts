/**
 * Question-answering evaluation, one question at a time:
 * `npm run eval -- ../shared/eval/qa.jsonl [more.jsonl …] [--corpus PATH] [--ranking FILE] [--min-answer3 X] [--verbose]`.
 * Prints answer@1, answer@3, hit@1, hit@5 and MRR@10, per file, per kind and over all files together, for
 * Dateline and for a plain MiniSearch baseline (default options, paragraph documents) computed in the same
 * run; and how often, once the answer's article is among Dateline's results, the sentence quoted from it
 * is the answer. The guard (--min-answer3) applies to all files together.
 */
import path from 'node:path';
import MiniSearch from 'minisearch';
import { evalSetup, formatTable, percentile, readJsonLines } from './eval-text.ts';
import { METRICS, type QaItem, type Ranked, type Scores, mean, rankedOf, score } from './qa-scoring.ts';

const { evalFiles, archive, minimums, verbose } = await evalSetup('qa.jsonl', ['min-answer3']);
const minimum = minimums['min-answer3'] ?? null;
const files = await Promise.all(evalFiles.map(async (file) => ({ name: path.basename(file), items: await readJsonLines<QaItem>(file) })));
const snapshot = archive.snapshot();

/** A plain MiniSearch index over paragraphs, default options: what a first attempt would build. */
function buildBaseline(): (question: string) => Ranked {
  const index = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  const paragraphs = snapshot.articles.flatMap((article) => article.paragraphs.map((text) => ({ articleId: article.id, text })));
  index.addAll(paragraphs.map((p, id) => ({ id, text: p.text })));
  return (question) =>
    index
      .search(question)
      .slice(0, 10)
      .map((hit) => ({ articleId: paragraphs[hit.id]!.articleId, quote: paragraphs[hit.id]!.text }));
}

/**
 * Each system is made ready just before its questions are timed, so that neither is timed collecting
 * the garbage the other left (building the baseline leaves some 400 MB of it).
 */
const systems: Record<string, () => (question: string) => Ranked | Promise<Ranked>> = {
  dateline: () => async (question) => rankedOf(await archive.ask({ question, limit: 10 })),
  baseline: buildBaseline,
};

interface Scored {
  file: string;
  item: QaItem;
  scores: Scores;
}

const rows: (string | number)[][] = [];
const sentenceRows: (string | number)[][] = [];
let guarded = 0;
for (const [name, prepare] of Object.entries(systems)) {
  const system = prepare();
  const scored: Scored[] = [];
  const latencies: number[] = [];
  for (const { name: file, items } of files) {
    for (const item of items) {
      const started = performance.now();
      const ranked = await system(item.question);
      latencies.push(performance.now() - started);
      scored.push({ file, item, scores: score(item, ranked) });
      if (verbose && name === 'dateline') printMiss(item, ranked, scored.at(-1)!.scores);
    }
  }
  const groups: [string, Scored[]][] = [
    ...(files.length > 1 ? files.map(({ name: file }) => [file, scored.filter((s) => s.file === file)] as [string, Scored[]]) : []),
    ['all', scored],
  ];
  for (const [label, group] of groups) {
    for (const kind of ['all', ...new Set(group.map((s) => s.item.kind))]) {
      const subset = group.filter((s) => kind === 'all' || s.item.kind === kind);
      const means = mean(subset.map((s) => s.scores));
      rows.push([name, label, kind, String(subset.length), ...METRICS.map((m) => means[m])]);
      if (name === 'dateline')
        sentenceRows.push([label, kind, `${Math.round(means.sentence * means.sentenceN)} / ${means.sentenceN}`, means.sentence]);
      if (name === 'dateline' && label === 'all' && kind === 'all') guarded = means.answer3;
    }
  }
  rows.push([
    name,
    'latency ms',
    '',
    '',
    `p50 ${percentile(latencies, 50).toFixed(1)}`,
    `p99 ${percentile(latencies, 99).toFixed(1)}`,
    '',
    '',
    '',
  ]);
}

console.log(formatTable(['system', 'file', 'kind', 'n', ...METRICS], rows));
console.log(
  '\nSentence choice: of the questions whose answering article Dateline returns, how often its quote from that article holds the answer',
);
console.log(formatTable(['file', 'kind', 'answered / found', 'share'], sentenceRows));
if (minimum !== null && guarded < minimum) {
  console.error(`answer@3 ${guarded.toFixed(2)} over all files is below the required ${minimum.toFixed(2)}`);
  process.exitCode = 1;
}

function printMiss(item: QaItem, ranked: Ranked, s: Scores): void {
  console.log(
    `${item.id} ${item.kind.padEnd(10)} a1=${s.answer1} a3=${s.answer3} h1=${s.hit1} h5=${s.hit5} | ${item.question}\n` +
      `    top: ${ranked[0]?.articleId} ${ranked[0]?.quote.slice(0, 160)}\n    want: ${item.relevant[0]} ${item.answer.slice(0, 100)}`,
  );
}
