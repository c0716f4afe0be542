/**
 * Conversation evaluation: `npm run eval -- --conversations ../shared/eval/conversations.jsonl [--min-answer3 X] [--verbose]`.
 * Asks each conversation's turns in order in one conversation, and each turn alone as well, and scores
 * every turn as qa.jsonl is scored, per kind of follow-up. The guard applies to the follow-ups read in context.
 * Also times what reading in context costs: each turn in context against the question it was read as, asked alone.
 */
import { evalSetup, formatTable, percentile, readJsonLines } from './eval-text.ts';
import { METRICS, type QaItem, type Ranked, type Scores, mean, rankedOf, score } from './qa-scoring.ts';

interface TurnItem extends QaItem {
  conversation: string;
  turn: number;
}

const { evalFiles, archive, minimums, verbose } = await evalSetup('conversations.jsonl', ['min-answer3']);
const minimum = minimums['min-answer3'] ?? null;
const turns = (await Promise.all(evalFiles.map((file) => readJsonLines<Omit<TurnItem, 'id'>>(file)))).flat();
const items: TurnItem[] = turns.map((t) => ({ ...t, id: `${t.conversation}#${t.turn}` }));

const inContext: Scores[] = [];
const alone: Scores[] = [];
const contextMs: number[] = [];
const understoodMs: number[] = [];
for (const item of items) {
  const started = performance.now();
  const page = await archive.ask({ question: item.question, limit: 10, conversation: `eval-${item.conversation}` });
  contextMs.push(performance.now() - started);
  const again = performance.now();
  await archive.ask({ question: page.understood ?? item.question, limit: 10 });
  understoodMs.push(performance.now() - again);
  inContext.push(score(item, rankedOf(page)));
  alone.push(score(item, rankedOf(await archive.ask({ question: item.question, limit: 10 }))));
  if (verbose) printTurn(item, page.understood, rankedOf(page), inContext.at(-1)!);
}

const rows: (string | number)[][] = [];
const groups: [string, (item: TurnItem) => boolean][] = [
  ['openings', (item) => item.kind === 'opening'],
  ['follow-ups', (item) => item.kind !== 'opening'],
  ...[...new Set(items.filter((i) => i.kind !== 'opening').map((i) => i.kind))].map(
    (kind) => [`  ${kind}`, (item: TurnItem) => item.kind === kind] as [string, (item: TurnItem) => boolean],
  ),
];
let guarded = 0;
for (const [label, test] of groups) {
  const chosen = items.flatMap((item, i) => (test(item) ? [i] : []));
  const context = mean(chosen.map((i) => inContext[i]!));
  const single = mean(chosen.map((i) => alone[i]!));
  rows.push([label, String(chosen.length), ...METRICS.map((m) => context[m]), single.answer1, single.answer3, single.hit5]);
  if (label === 'follow-ups') guarded = context.answer3;
}
console.log(formatTable(['turns', 'n', ...METRICS, 'alone a1', 'alone a3', 'alone h5'], rows));
const overheadMs = items.flatMap((item, i) => (item.kind === 'opening' ? [] : [contextMs[i]! - understoodMs[i]!]));
console.log(
  `\nlatency ms: in context p50 ${percentile(contextMs, 50).toFixed(1)} p99 ${percentile(contextMs, 99).toFixed(1)}; ` +
    `the question as read, asked alone: p50 ${percentile(understoodMs, 50).toFixed(1)} p99 ${percentile(understoodMs, 99).toFixed(1)}; ` +
    `reading a follow-up in context adds p50 ${percentile(overheadMs, 50).toFixed(1)} ms`,
);
if (minimum !== null && guarded < minimum) {
  console.error(`follow-ups answer@3 ${guarded.toFixed(2)} is below the required ${minimum.toFixed(2)}`);
  process.exitCode = 1;
}

function printTurn(item: TurnItem, understood: string | null, results: Ranked, s: Scores): void {
  console.log(
    `${item.id} ${item.kind.padEnd(12)} a1=${s.answer1} a3=${s.answer3} h5=${s.hit5} | ${item.question}\n` +
      `    read as: ${understood ?? '(alone)'}\n    top: ${results[0]?.articleId} ${results[0]?.quote.slice(0, 150)}\n` +
      `    want: ${item.relevant[0]} ${item.answer.slice(0, 100)}`,
  );
}
