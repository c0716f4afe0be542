/**
 * Question-answering evaluation: `npm run eval -- ../shared/eval/qa.jsonl [--corpus PATH] [--ranking FILE] [--min-answer3 X]`.
 * Prints answer@1, answer@3, hit@1, hit@5 and MRR@10, overall and per kind, for Dateline and for a
 * plain MiniSearch baseline (default options, paragraph documents) computed in the same run.
 */
import MiniSearch from 'minisearch';
import { evalSetup, foldForMatch, formatTable, percentile, readJsonLines } from './eval-text.ts';

interface QaItem {
  id: string;
  question: string;
  relevant: string[];
  answer: string;
  kind: string;
}

/** What a system returns for a question: ranked article ids and the quote shown for each. */
type Ranked = { articleId: string; quote: string }[];

const { evalFile, archive, minimum, verbose } = await evalSetup('qa.jsonl', 'min-answer3');
const items = await readJsonLines<QaItem>(evalFile);
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
  dateline: () => async (question) =>
    (await archive.ask({ question, limit: 10 })).results.map((r) => ({ articleId: r.article.id, quote: r.quote })),
  baseline: buildBaseline,
};

function answers(quote: string, gold: string): boolean {
  const folded = foldForMatch(gold);
  return foldForMatch(quote).includes(folded.slice(0, 60));
}

interface Scores {
  answer1: number;
  answer3: number;
  hit1: number;
  hit5: number;
  mrr10: number;
}

function score(item: QaItem, ranked: Ranked): Scores {
  const relevant = (i: number) => ranked[i] !== undefined && item.relevant.includes(ranked[i]!.articleId);
  const answered = (i: number) => ranked[i] !== undefined && answers(ranked[i]!.quote, item.answer);
  const firstHit = ranked.findIndex((_, i) => relevant(i));
  return {
    answer1: answered(0) ? 1 : 0,
    answer3: [0, 1, 2].some(answered) ? 1 : 0,
    hit1: relevant(0) ? 1 : 0,
    hit5: [0, 1, 2, 3, 4].some(relevant) ? 1 : 0,
    mrr10: firstHit === -1 ? 0 : 1 / (firstHit + 1),
  };
}

const METRICS: (keyof Scores)[] = ['answer1', 'answer3', 'hit1', 'hit5', 'mrr10'];
const kinds = ['all', ...new Set(items.map((item) => item.kind))];
const rows: (string | number)[][] = [];
const summary: Record<string, Record<string, Scores>> = {};

for (const [name, prepare] of Object.entries(systems)) {
  const system = prepare();
  const perItem: { item: QaItem; scores: Scores }[] = [];
  const latencies: number[] = [];
  for (const item of items) {
    const started = performance.now();
    const ranked = await system(item.question);
    latencies.push(performance.now() - started);
    perItem.push({ item, scores: score(item, ranked) });
    if (verbose && name === 'dateline') {
      const s = perItem.at(-1)!.scores;
      console.log(
        `${item.id} ${item.kind.padEnd(10)} a1=${s.answer1} a3=${s.answer3} h1=${s.hit1} h5=${s.hit5} | ${item.question}\n    top: ${ranked[0]?.articleId} ${ranked[0]?.quote.slice(0, 160)}\n    want: ${item.relevant[0]} ${item.answer.slice(0, 100)}`,
      );
    }
  }
  summary[name] = {};
  for (const kind of kinds) {
    const subset = perItem.filter((p) => kind === 'all' || p.item.kind === kind);
    const mean = (metric: keyof Scores) => subset.reduce((sum, p) => sum + p.scores[metric], 0) / subset.length;
    const scores = Object.fromEntries(METRICS.map((m) => [m, mean(m)])) as unknown as Scores;
    summary[name]![kind] = scores;
    rows.push([name, kind, String(subset.length), ...METRICS.map((m) => scores[m])]);
  }
  rows.push([
    name,
    'latency ms',
    '',
    `p50 ${percentile(latencies, 50).toFixed(1)}`,
    `p99 ${percentile(latencies, 99).toFixed(1)}`,
    '',
    '',
    '',
  ]);
}

console.log(formatTable(['system', 'kind', 'n', ...METRICS], rows));
const achieved = summary.dateline!.all!.answer3;
if (minimum !== null && achieved < minimum) {
  console.error(`answer@3 ${achieved.toFixed(2)} is below the required ${minimum.toFixed(2)}`);
  process.exitCode = 1;
}
