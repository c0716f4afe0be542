/**
 * Fits how the sentence to quote is chosen inside the article that answers, with k-fold cross-validation:
 * `npm run tune:choice -- ../shared/eval/qa.jsonl ../shared/eval/qa-extra.jsonl [--folds 5] [--out tuning/sentence-choice.json]`.
 *
 * Each developer question's answering article is read whole; its sentences, with their features
 * (src/query/rank/choice.ts), are labelled by whether they hold the answer. A linear model is fitted by
 * softmax over each article's sentences (the likelihood that the answering sentence is chosen), with an L2
 * penalty. For each fold it is fitted on the other folds and scored on the held-out one: those figures
 * count. The weights fitted on all questions are written out with both sets of figures, to be copied into
 * `DEFAULT_RANK_OPTIONS.choice`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Archive } from '../src/service/archive.ts';
import { answerQuestion } from '../src/query/ask.ts';
import { questionWeights, rankWithin, toAnswer } from '../src/query/rank/rank.ts';
import { CHOICE_FEATURES, type ChoiceWeights, choiceFeatures } from '../src/query/rank/choice.ts';
import { inReadingOrder } from '../src/query/rank/snippet.ts';
import { DEFAULT_RANK_OPTIONS } from '../src/query/options.ts';
import { formatTable } from './eval-text.ts';
import { tuningSetup } from './tuning-setup.ts';
import { METRICS, type QaItem, type Scores, answers, foldOf, mean, scoreQuestions } from './qa-scoring.ts';

const { items, snapshot, folds: FOLDS, out } = await tuningSetup('sentence-choice.json');
/** The L2 penalty: the weights stay near zero unless the questions give a reason. */
const PENALTY = 0.01;
const STEPS = 3000;
const RATE = 0.05;

const articleNumber = new Map(snapshot.articles.map((article, i) => [article.id, i]));

/** One question's answering article: its sentences' features, which of them hold the answer, and its quote under any weights. */
interface Example {
  item: QaItem;
  features: number[][];
  answering: boolean[];
  /** Whether the quote built with some choice weights (the first sentence and its companion) holds the answer. */
  quotes: (weights: readonly number[]) => boolean;
}

async function exampleOf(item: QaItem): Promise<Example | null> {
  const article = articleNumber.get(item.relevant[0]!);
  if (article === undefined) return null;
  const { question } = await answerQuestion(snapshot, { question: item.question }, DEFAULT_RANK_OPTIONS);
  const ranked = rankWithin(snapshot, question, article, DEFAULT_RANK_OPTIONS, () => false);
  if (!ranked) return null;
  const sentences = inReadingOrder(ranked);
  const features = choiceFeatures(sentences, questionWeights(question, snapshot, DEFAULT_RANK_OPTIONS), question);
  const answering = sentences.map(({ passage, sentence }) =>
    answers(passage.text.slice(sentence.span.start, sentence.span.end), item.answer),
  );
  if (!answering.includes(true)) return null;
  const quotes = (weights: readonly number[]) => {
    const options = { ...DEFAULT_RANK_OPTIONS, choice: weightsByName(weights) };
    return answers(toAnswer(snapshot, ranked, question, options).quote, item.answer);
  };
  return { item, features: features.map((f) => CHOICE_FEATURES.map((name) => f[name])), answering, quotes };
}

function weightsByName(weights: readonly number[]): ChoiceWeights {
  return Object.fromEntries(CHOICE_FEATURES.map((name, j) => [name, weights[j]!])) as ChoiceWeights;
}

/** Each sentence's score under some weights. */
function scoresOf(example: Example, weights: readonly number[]): number[] {
  return example.features.map((f) => f.reduce((sum, x, j) => sum + x * weights[j]!, 0));
}

function argmax(values: readonly number[]): number {
  return values.reduce((best, v, i) => (v > values[best]! ? i : best), 0);
}

/** Softmax over an article's sentences: the gradient of the negative log-likelihood of choosing an answering one. */
function addGradient(example: Example, weights: number[], gradient: number[]): void {
  const scores = scoresOf(example, weights);
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - top));
  const all = exp.reduce((a, b) => a + b, 0);
  const answering = exp.reduce((sum, e, i) => sum + (example.answering[i] ? e : 0), 0);
  example.features.forEach((f, i) => {
    const delta = exp[i]! / all - (example.answering[i] ? exp[i]! / answering : 0);
    f.forEach((x, j) => (gradient[j]! += delta * x));
  });
}

function fit(examples: readonly Example[]): number[] {
  const weights = CHOICE_FEATURES.map(() => 0);
  for (let step = 0; step < STEPS; step++) {
    const gradient = weights.map((w) => PENALTY * w * examples.length);
    for (const example of examples) addGradient(example, weights, gradient);
    weights.forEach((_, j) => (weights[j]! -= (RATE * gradient[j]!) / examples.length));
  }
  return weights;
}

const chosenRight = (example: Example, weights: readonly number[]) => example.answering[argmax(scoresOf(example, weights))]!;

const examples = (await Promise.all(items.map(exampleOf))).flatMap((e) => (e ? [e] : []));
const defaults = CHOICE_FEATURES.map((name) => DEFAULT_RANK_OPTIONS.choice[name]);
const foldWeights = Array.from({ length: FOLDS }, (_, fold) => fit(examples.filter((e) => foldOf(e.item, FOLDS) !== fold)));
const heldOut = new Map(examples.map((e) => [e, foldWeights[foldOf(e.item, FOLDS)]!]));
const fitted = fit(examples);

const share = (chosen: (e: Example) => boolean, subset: readonly Example[]) => subset.filter(chosen).length / (subset.length || 1);
const rows = ['all', ...new Set(examples.map((e) => e.item.kind))].map((kind) => {
  const subset = examples.filter((e) => kind === 'all' || e.item.kind === kind);
  return [
    kind,
    String(subset.length),
    share((e) => chosenRight(e, defaults), subset),
    share((e) => chosenRight(e, heldOut.get(e)!), subset),
    share((e) => chosenRight(e, fitted), subset),
    share((e) => e.quotes(defaults), subset),
    share((e) => e.quotes(heldOut.get(e)!), subset),
    share((e) => e.quotes(fitted), subset),
  ];
});
console.log(
  `Sentence choice inside the answering article (${examples.length} of ${items.length} questions have one sentence holding the answer)`,
);
console.log('How often the first sentence chosen holds the answer, and the quote shown (the first sentence and its companion)');
const columns = ['defaults', 'held-out folds', 'in-sample'];
console.log(formatTable(['kind', 'n', ...columns.map((c) => `first: ${c}`), ...columns.map((c) => `quote: ${c}`)], rows));
const weights = Object.fromEntries(CHOICE_FEATURES.map((name, j) => [name, Math.round(fitted[j]! * 100) / 100])) as ChoiceWeights;
console.log(`\nWeights fitted on all ${examples.length}: ${JSON.stringify(weights)}`);

/** Every question asked end to end, each fold's answers quoted with the weights fitted without it. */
async function answeredWith(weightsOfFold: (fold: number) => readonly number[]): Promise<Scores[]> {
  const scores: Scores[] = new Array(items.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const archive = Archive.fromSnapshot(snapshot, { choice: weightsByName(weightsOfFold(fold)) });
    const asked = items.flatMap((item, i) => (foldOf(item, FOLDS) === fold ? [i] : []));
    const answered = await scoreQuestions(
      archive,
      asked.map((i) => items[i]!),
    );
    asked.forEach((i, j) => (scores[i] = answered[j]!));
  }
  return scores;
}
const endToEnd = {
  defaults: await answeredWith(() => defaults),
  'held-out folds': await answeredWith((fold) => foldWeights[fold]!),
  'in-sample': await answeredWith(() => fitted),
};
const answerRows = ['all', ...new Set(items.map((item) => item.kind))].flatMap((kind) =>
  Object.entries(endToEnd).map(([label, scores]) => {
    const means = mean(scores.filter((_, i) => kind === 'all' || items[i]!.kind === kind));
    return [kind, label, ...METRICS.map((m) => means[m]), means.sentence];
  }),
);
console.log(`\nAll ${items.length} questions asked end to end`);
console.log(formatTable(['kind', 'choice weights', ...METRICS, 'sentence'], answerRows));

await mkdir(path.dirname(out), { recursive: true });
const figures = Object.fromEntries(
  rows.map(([kind, n, ...shares]) => [
    kind,
    {
      n,
      first: { defaults: shares[0], heldOut: shares[1], inSample: shares[2] },
      quote: { defaults: shares[3], heldOut: shares[4], inSample: shares[5] },
    },
  ]),
);
const answered = Object.fromEntries(Object.entries(endToEnd).map(([label, scores]) => [label, mean(scores)]));
await writeFile(
  out,
  `${JSON.stringify({ weights, folds: FOLDS, penalty: PENALTY, sentenceChoice: figures, answers: answered }, null, 2)}\n`,
);
console.log(`written to ${path.relative(process.cwd(), out)}`);
