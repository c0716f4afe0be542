/**
 * Fits the ranking weights to the developer questions, with k-fold cross-validation:
 * `npm run tune -- ../shared/eval/qa.jsonl ../shared/eval/qa-extra.jsonl [--folds 5] [--out tuning/ranking.json]`.
 *
 * Every candidate setting (the defaults, and each weight scaled up or down on its own) is scored once on
 * every question. For each fold, the settings are chosen on the other folds only — the single changes that
 * help there, then all of them together — and scored on the held-out fold: those held-out figures are the
 * ones that count. The settings chosen on all the questions are written out, with both sets of figures.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Archive } from '../src/service/archive.ts';
import { DEFAULT_RANK_OPTIONS, type RankSettings } from '../src/query/options.ts';
import { formatTable } from './eval-text.ts';
import { tuningSetup } from './tuning-setup.ts';
import { METRICS, type Scores, foldOf, mean, scoreQuestions } from './qa-scoring.ts';

const { items, snapshot, folds: FOLDS, out } = await tuningSetup('ranking.json');

/** The weights the tuning may change, each scaled by these factors on its own; one that is off by default tries these values. */
const FACTORS = [0, 0.5, 1.5, 2];
const VALUES_FOR_A_NEW_WEIGHT = [-0.5, -0.25, -0.1, 0.1, 0.25];
const TUNABLE: { group: 'weights' | 'expansion'; name: string }[] = [
  ...Object.keys(DEFAULT_RANK_OPTIONS.weights).map((name) => ({ group: 'weights' as const, name })),
  ...Object.keys(DEFAULT_RANK_OPTIONS.expansion).map((name) => ({ group: 'expansion' as const, name })),
];

type Change = { group: 'weights' | 'expansion'; name: string; value: number };

function settingsOf(changes: readonly Change[]): RankSettings {
  const settings: { weights: Record<string, number>; expansion: Record<string, number> } = { weights: {}, expansion: {} };
  for (const { group, name, value } of changes) settings[group][name] = value;
  return settings as RankSettings;
}

const keyOf = (changes: readonly Change[]) => JSON.stringify(settingsOf([...changes].sort((a, b) => a.name.localeCompare(b.name))));
const evaluated = new Map<string, Scores[]>();

/** Every question's scores under a setting, computed once. */
async function scoresOf(changes: readonly Change[]): Promise<Scores[]> {
  const key = keyOf(changes);
  const known = evaluated.get(key);
  if (known) return known;
  const scores = await scoreQuestions(Archive.fromSnapshot(snapshot, settingsOf(changes)), items);
  evaluated.set(key, scores);
  process.stderr.write(`scored ${evaluated.size} settings\r`);
  return scores;
}

/** What the tuning maximizes on the questions it may see: the answer quoted first, and in the top three. */
function objective(scores: readonly Scores[], on: readonly number[]): number {
  return on.reduce((sum, i) => sum + scores[i]!.answer1 + scores[i]!.answer3, 0);
}

/** The settings chosen on some questions: each single change that helps there, then all of those together if that helps more. */
async function choose(on: readonly number[]): Promise<Change[]> {
  const base = objective(await scoresOf([]), on);
  const helping: { change: Change; gain: number }[] = [];
  for (const { group, name } of TUNABLE) {
    const value = (DEFAULT_RANK_OPTIONS[group] as unknown as Record<string, number>)[name]!;
    let best: { change: Change; gain: number } | null = null;
    const candidates = value === 0 ? VALUES_FOR_A_NEW_WEIGHT : FACTORS.map((factor) => Math.round(value * factor * 1000) / 1000);
    for (const candidate of candidates) {
      const change = { group, name, value: candidate };
      const gain = objective(await scoresOf([change]), on) - base;
      if (gain > 0 && (!best || gain > best.gain)) best = { change, gain };
    }
    if (best) helping.push(best);
  }
  const together = helping.map((h) => h.change);
  const best = helping.sort((a, b) => b.gain - a.gain)[0];
  if (!best) return [];
  return objective(await scoresOf(together), on) > objective(await scoresOf([best.change]), on) ? together : [best.change];
}

const all = items.map((_, i) => i);
const heldOut: Scores[] = new Array(items.length);
const perFold: string[][] = [];
for (let fold = 0; fold < FOLDS; fold++) {
  const test = all.filter((i) => foldOf(items[i]!, FOLDS) === fold);
  const train = all.filter((i) => foldOf(items[i]!, FOLDS) !== fold);
  const changes = await choose(train);
  const scores = await scoresOf(changes);
  for (const i of test) heldOut[i] = scores[i]!;
  perFold.push([String(fold + 1), String(test.length), changes.map((c) => `${c.name}=${c.value}`).join(' ') || 'defaults']);
}
const chosen = await choose(all);
const inSample = await scoresOf(chosen);
const defaults = await scoresOf([]);

const rows: (string | number)[][] = [];
for (const kind of ['all', ...new Set(items.map((item) => item.kind))]) {
  const subset = all.filter((i) => kind === 'all' || items[i]!.kind === kind);
  for (const [label, scores] of [
    ['defaults', defaults],
    ['held-out folds', heldOut],
    ['in-sample', inSample],
  ] as const) {
    const means = mean(subset.map((i) => scores[i]!));
    rows.push([kind, label, String(subset.length), ...METRICS.map((m) => means[m]), means.sentence]);
  }
}
process.stderr.write('\n');
console.log(formatTable(['kind', 'figures', 'n', ...METRICS, 'sentence'], rows));
console.log(`\nSettings chosen per fold (on the other ${FOLDS - 1} folds):`);
console.log(formatTable(['fold', 'held out', 'settings'], perFold));
console.log(`\nChosen on all ${items.length} questions: ${keyOf(chosen)}`);

await mkdir(path.dirname(out), { recursive: true });
const figures = (scores: readonly Scores[]) => mean(all.map((i) => scores[i]!));
await writeFile(
  out,
  `${JSON.stringify({ settings: settingsOf(chosen), questions: items.length, folds: FOLDS, heldOut: figures(heldOut), inSample: figures(inSample), defaults: figures(defaults) }, null, 2)}\n`,
);
console.log(`written to ${path.relative(process.cwd(), out)}`);
