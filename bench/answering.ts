/**
 * The answering process of the PostgreSQL benchmark (`bench/postgres.ts` starts it): a process that holds
 * only what a bot over the database holds. It reads its workload from the JSON file named first, answers
 * it with DATABASE_URL, and prints its figures as one JSON line: latencies, resident memory, answer scores,
 * and, when asked, what happened to questions asked while a reload ran.
 */
import { readFile } from 'node:fs/promises';
import { Archive } from '../src/service/archive.ts';
import { type QaItem, mean, scoreQuestions } from '../scripts/qa-scoring.ts';
import { latencies } from './workload.ts';

export interface Workload {
  questions: string[];
  phrases: string[];
  lookups: { speaker: string; about?: string }[];
  words: string[];
  /** The developer questions to score, at the scale they were written for. */
  evalItems: QaItem[];
  /** A corpus to reload from while questions arrive; its article ids all end with `marker`. */
  reload: { corpusPaths: string[]; marker: string; questions: number } | null;
}

/** Questions asked after the reload, to see them answered from the new generation. */
const AFTER_RELOAD = 20;

const workload = JSON.parse(await readFile(process.argv[2]!, 'utf8')) as Workload;
const archive = await Archive.open({
  corpusPaths: workload.reload?.corpusPaths ?? [],
  cacheFile: null,
  database: { url: process.env.DATABASE_URL!, retireAfterMs: 5000 },
});
let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);

const answers = workload.evalItems.length > 0 ? await scoreAnswers(workload.evalItems) : null;
const askMs = await latencies(workload.questions, (question) => archive.ask({ question, limit: 3 }));
const whosaidMs = await latencies(workload.phrases, (phrase) => archive.whoSaid(phrase));
const quotesMs = await latencies(
  workload.lookups.map((_, i) => String(i)),
  (i) => archive.quotes(workload.lookups[Number(i)]!),
);
const timelineMs = await latencies(workload.words, (word) => archive.timeline({ query: word }));
const rssMb = process.memoryUsage().rss / 1e6;
const reload = workload.reload ? await reloadUnderLoad(workload.reload) : null;
clearInterval(sampler);
process.stdout.write(`${JSON.stringify({ askMs, whosaidMs, quotesMs, timelineMs, rssMb, peakRssMb: peakRss / 1e6, answers, reload })}\n`);
await archive.close();

async function scoreAnswers(items: QaItem[]) {
  return mean(await scoreQuestions(archive, items));
}

/**
 * Questions keep arriving, two at a time, while the reload runs, until `questions` have been asked, and a few
 * after it: none may fail, and no answer may hold articles of both generations (the new one's ids end with the marker).
 */
async function reloadUnderLoad({ marker, questions }: NonNullable<Workload['reload']>) {
  let asked = 0;
  let failed = 0;
  let mixed = 0;
  let fromNew = 0;
  let after = 0;
  const times: number[] = [];
  let reloading = true;
  const started = performance.now();
  const reload = archive.reload().finally(() => (reloading = false));
  const askOne = async () => {
    const question = workload.questions[asked++ % workload.questions.length]!;
    const began = performance.now();
    try {
      const page = await archive.ask({ question, limit: 10 });
      const marked = page.results.filter((r) => r.article.id.endsWith(marker)).length;
      if (marked > 0 && marked < page.results.length) mixed += 1;
      if (marked > 0) fromNew += 1;
      if (!reloading) after += 1;
    } catch {
      failed += 1;
    }
    times.push(performance.now() - began);
  };
  const worker = async () => {
    while (reloading || asked < questions || after < AFTER_RELOAD) await askOne();
  };
  await Promise.all([worker(), worker()]);
  const report = await reload;
  times.sort((a, b) => a - b);
  return {
    ok: report.ok,
    error: report.error ?? null,
    reloadMs: performance.now() - started,
    asked,
    failed,
    mixed,
    fromNew,
    p50: times[Math.floor(times.length / 2)]!,
    p99: times[Math.min(times.length - 1, Math.floor(times.length * 0.99))]!,
  };
}
