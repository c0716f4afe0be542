/**
 * `npm run bench [-- --short] [--corpus FILE] [--scales 1,5] [--out FILE]`: where Dateline's time and
 * memory go, against plain MiniSearch (default options, the same passages) measured in the same run.
 * The Reuters collection is replicated in memory (new ids, shifted dates) for the larger scales.
 * `--backend postgres` measures the archive in PostgreSQL beside it instead (see postgres.ts).
 */
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import MiniSearch from 'minisearch';
import { type LoadResult, loadArticles } from '../src/ingest/read/loader.ts';
import { Archive } from '../src/service/archive.ts';
import { timelineReply } from '../src/reply/timeline.ts';
import { indexArticles } from '../src/ingest/build.ts';
import { readSnapshotCache, writeSnapshotCache } from '../src/ingest/cache/snapshot-cache.ts';
import { passageText } from '../src/ingest/index/passages.ts';
import { loadPassageIndex } from '../src/ingest/index/passage-index.ts';
import { loadTitleIndex } from '../src/ingest/index/titles.ts';
import { formatTable, readJsonLines } from '../scripts/eval-text.ts';
import type { QaItem } from '../scripts/qa-scoring.ts';
import { benchPostgres } from './postgres.ts';
import { askQuestions, heapMb, latencies, replicate, speakerLookups, time, timelineWords, whoSaidPhrases } from './workload.ts';
import type { BuildPhase, MemorySnapshot } from '../src/model/snapshot.ts';

const { values } = parseArgs({
  options: {
    short: { type: 'boolean' },
    corpus: { type: 'string' },
    scales: { type: 'string' },
    out: { type: 'string' },
    backend: { type: 'string' },
  },
});
if (values.backend !== undefined && values.backend !== 'memory' && values.backend !== 'postgres')
  throw new Error(`--backend: "${values.backend}" is not a backend (expected memory or postgres)`);
const onPostgres = values.backend === 'postgres';
const SHARED = path.resolve(import.meta.dirname, '../../shared');
const corpusFile = values.corpus ?? path.join(SHARED, 'corpora/reuters-21578/reuters-21578.jsonl');
const scales = (values.scales ?? (values.short ? '1' : onPostgres ? '1,10' : '1,5')).split(',').map(Number);
const counts = values.short
  ? { ask: 20, whosaid: 10, quotes: 10, timeline: 10, charts: 3 }
  : { ask: 200, whosaid: 100, quotes: 100, timeline: 100, charts: 20 };

const LOAD_RUNS = 3;

/**
 * The median time of each load over a few rounds, the loads taking turns within a round and each starting
 * from a collected heap: a load alone varies by a tenth, and taking turns keeps drift out of the ratios.
 */
async function interleavedMedianMs<Name extends string>(loads: Record<Name, () => unknown>): Promise<Record<Name, number>> {
  const entries = Object.entries(loads) as [Name, () => unknown][];
  const times = new Map(entries.map(([name]) => [name, [] as number[]]));
  for (let round = 0; round < LOAD_RUNS; round++) {
    for (const [name, load] of entries) {
      heapMb();
      times.get(name)!.push((await time(load))[1]);
    }
  }
  const medians = {} as Record<Name, number>;
  for (const [name, series] of times) medians[name] = series.sort((a, b) => a - b)[Math.floor(LOAD_RUNS / 2)]!;
  return medians;
}

interface ScaleResult {
  scale: number;
  articles: number;
  passages: number;
  phasesMs: Partial<Record<BuildPhase, number>>;
  ingestMs: number;
  heapMb: number;
  cacheBytes: number;
  warmStartMs: number;
  /** Loading the passage and title indexes alone from their JSON text, as the baseline's loadJSON does. */
  indexLoadMs: number;
  askMs: { p50: number; p99: number };
  whosaidMs: { p50: number; p99: number };
  quotesMs: { p50: number; p99: number };
  /** A one-word timeline: the count, and drawing its chart (SVG and PNG) beyond the count; the largest PNG. */
  timelineMs: { p50: number; p99: number };
  chartMs: { p50: number; p99: number };
  chartBytes: number;
  baseline: { buildMs: number; heapMb: number; saveMs: number; jsonBytes: number; loadMs: number; searchMs: { p50: number; p99: number } };
}

/**
 * Plain MiniSearch with default options over the same passages: built, saved, loaded (taking turns with
 * our warm start) and searched. It is released when this returns, before our own series run.
 */
async function measureAgainstBaseline(snapshot: MemorySnapshot, cacheFile: string, questions: readonly string[]) {
  const documents = snapshot.passages.map((passage, id) => ({ id, text: passageText(snapshot.articles, passage) }));
  const heapBefore = heapMb();
  const [plain, buildMs] = await time(() => buildBaseline(documents));
  const baselineHeap = heapMb() - heapBefore;
  const [json, saveMs] = await time(() => JSON.stringify(plain));
  const indexJson = JSON.stringify(snapshot.index);
  const titlesJson = JSON.stringify(snapshot.titles);
  const loads = await interleavedMedianMs({
    warmStart: () => readSnapshotCache(cacheFile, 'bench'),
    indexesAlone: () => [loadPassageIndex(JSON.parse(indexJson)), loadTitleIndex(JSON.parse(titlesJson))],
    baseline: () => MiniSearch.loadJSON(json, { fields: ['text'] }),
  });
  const searchMs = await latencies(questions, (q) => plain.search(q));
  const baseline = { buildMs, heapMb: baselineHeap, saveMs, jsonBytes: Buffer.byteLength(json), loadMs: loads.baseline, searchMs };
  return { warmStartMs: loads.warmStart, indexLoadMs: loads.indexesAlone, baseline, documents };
}

function buildBaseline(documents: readonly { id: number; text: string }[]): MiniSearch<{ id: number; text: string }> {
  const plain = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  plain.addAll(documents);
  return plain;
}

interface Build {
  ms: number;
  phasesMs: Partial<Record<BuildPhase, number>>;
}

async function buildOurs(loaded: LoadResult): Promise<Build & { snapshot: MemorySnapshot }> {
  const phasesMs: Partial<Record<BuildPhase, number>> = {};
  const [snapshot, ms] = await time(() => indexArticles(loaded, { cacheFile: null, onPhase: (phase, took) => (phasesMs[phase] = took) }));
  return { snapshot, ms, phasesMs };
}

const COLD_RUNS = 3;

/**
 * The median of a few cold builds of each, the first given, the others taking turns from a collected heap:
 * at 1x one build of ours lasts seconds and varies by a third from run to run.
 */
async function medianColdBuilds(
  loaded: LoadResult,
  documents: readonly { id: number; text: string }[],
  first: Build,
  firstBaselineMs: number,
) {
  const ours = [first];
  const baseline = [firstBaselineMs];
  for (let run = 1; run < COLD_RUNS; run++) {
    heapMb();
    const { ms, phasesMs } = await buildOurs(loaded);
    ours.push({ ms, phasesMs });
    heapMb();
    baseline.push((await time(() => buildBaseline(documents)))[1]);
  }
  const middle = Math.floor(COLD_RUNS / 2);
  return { ours: ours.sort((a, b) => a.ms - b.ms)[middle]!, baselineMs: baseline.sort((a, b) => a - b)[middle]! };
}

async function measure(scale: number, base: LoadResult, readMs: number, developer: string[]): Promise<ScaleResult> {
  const loaded = replicate(base, scale);
  const heapBefore = heapMb();
  const { snapshot, ...first } = await buildOurs(loaded);
  const heap = heapMb() - heapBefore;
  const dir = await mkdtemp(path.join(tmpdir(), 'dateline-bench-'));
  const cacheFile = path.join(dir, 'index.json');
  const cacheBytes = await writeSnapshotCache(cacheFile, 'bench', snapshot);
  const questions = askQuestions(snapshot, counts.ask, developer);
  const { warmStartMs, indexLoadMs, baseline, documents } = await measureAgainstBaseline(snapshot, cacheFile, questions);
  await rm(dir, { recursive: true, force: true });
  const cold = await medianColdBuilds(loaded, documents, first, baseline.buildMs);

  const archive = Archive.fromSnapshot(snapshot);
  const askMs = await latencies(questions, (q) => archive.ask({ question: q, limit: 3 }));
  const whosaidMs = await latencies(whoSaidPhrases(snapshot, counts.whosaid), (p) => archive.whoSaid(p));
  const lookups = await speakerLookups(archive, counts.quotes);
  const quotesMs = await latencies(
    lookups.map((_, i) => String(i)),
    (i) => archive.quotes(lookups[Number(i)]!),
  );
  const words = timelineWords(questions, counts.timeline);
  const timelineMs = await latencies(words, (word) => archive.timeline({ query: word }));
  let chartBytes = 0;
  const chartMs = await latencies(words.slice(0, counts.charts), async (word) => {
    chartBytes = Math.max(chartBytes, (await timelineReply(await archive.timeline({ query: word })).image?.render())?.length ?? 0);
  });
  return {
    timelineMs,
    chartMs,
    chartBytes,
    scale,
    articles: snapshot.articles.length,
    passages: snapshot.passages.length,
    phasesMs: { ...cold.ours.phasesMs, read: readMs * scale },
    ingestMs: cold.ours.ms + readMs * scale,
    heapMb: heap,
    cacheBytes,
    warmStartMs,
    indexLoadMs,
    askMs,
    whosaidMs,
    quotesMs,
    baseline: { ...baseline, buildMs: cold.baselineMs },
  };
}

const [base, readMs] = await time(() => loadArticles([corpusFile]));
if (onPostgres) {
  const items = await Promise.all(
    ['qa.jsonl', 'qa-extra.jsonl'].map((f) => readJsonLines<QaItem>(path.join(SHARED, 'eval', f)).catch(() => [])),
  );
  const developer = items[0]!.map((d) => d.question);
  // Only the questions this corpus can answer: the developer questions also ask about other collections.
  const ids = new Set(base.articles.map((article) => article.id));
  const answerable = items.flat().filter((item) => item.relevant.some((id) => ids.has(id)));
  await benchPostgres(base, scales, counts, developer, answerable);
  process.exit();
}
const developer = (await readJsonLines<{ question: string }>(path.join(SHARED, 'eval/qa.jsonl')).catch(() => [])).map((d) => d.question);
const results: ScaleResult[] = [];
for (const scale of scales) {
  results.push(await measure(scale, base, readMs, developer));
  process.stderr.write(`measured ${scale}x\n`);
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
const ratio = (ours: number, theirs: number) => `${(ours / theirs).toFixed(2)}x`;
const rows: string[][] = [];
for (const r of results) {
  const b = r.baseline;
  const x = `${r.scale}x`;
  rows.push(
    [x, 'articles / passages', `${r.articles} / ${r.passages}`, '', ''],
    [x, 'read and parse', ms(r.phasesMs.read!), '', ''],
    [x, 'sentences (wink-nlp)', ms(r.phasesMs.sentences!), '', ''],
    [x, 'quote extraction (beside index)', ms(r.phasesMs.quotes!), '', ''],
    [x, 'index build', ms(r.phasesMs.index!), ms(b.buildMs), ratio(r.phasesMs.index!, b.buildMs)],
    [x, 'cold ingest total', ms(r.ingestMs), ms(b.buildMs), ratio(r.ingestMs, b.buildMs)],
    [x, 'heap after GC', `${r.heapMb.toFixed(0)} MB`, `${b.heapMb.toFixed(0)} MB`, ratio(r.heapMb, b.heapMb)],
    [x, 'cache on disk', `${(r.cacheBytes / 1e6).toFixed(1)} MB`, `${(b.jsonBytes / 1e6).toFixed(1)} MB`, ratio(r.cacheBytes, b.jsonBytes)],
    [x, 'warm start (cache load)', ms(r.warmStartMs), ms(b.loadMs), ratio(r.warmStartMs, b.loadMs)],
    [x, 'warm start, search indexes alone', ms(r.indexLoadMs), ms(b.loadMs), ratio(r.indexLoadMs, b.loadMs)],
    [x, 'ask p50', ms(r.askMs.p50), ms(b.searchMs.p50), ratio(r.askMs.p50, b.searchMs.p50)],
    [x, 'ask p99', ms(r.askMs.p99), ms(b.searchMs.p99), ratio(r.askMs.p99, b.searchMs.p99)],
    [x, 'whosaid p50 / p99', `${ms(r.whosaidMs.p50)} / ${ms(r.whosaidMs.p99)}`, '', ''],
    [x, 'quotes p50 / p99', `${ms(r.quotesMs.p50)} / ${ms(r.quotesMs.p99)}`, '', ''],
    [
      x,
      'timeline count p50 / p99 (vs ask p50)',
      `${ms(r.timelineMs.p50)} / ${ms(r.timelineMs.p99)}`,
      ms(r.askMs.p50),
      ratio(r.timelineMs.p50, r.askMs.p50),
    ],
    [x, 'timeline with its chart p50 / p99', `${ms(r.chartMs.p50)} / ${ms(r.chartMs.p99)}`, '', ''],
    [x, 'largest chart PNG', `${(r.chartBytes / 1000).toFixed(0)} KB`, '', ''],
  );
}
if (results.length > 1) {
  const [small, large] = [results[0]!, results.at(-1)!];
  const factor = large.scale / small.scale;
  rows.push([
    `${large.scale}x/${small.scale}x`,
    'ingest growth (linear = scale)',
    ratio(large.ingestMs, small.ingestMs),
    `scale ${factor}x`,
    '',
  ]);
  rows.push([`${large.scale}x/${small.scale}x`, 'heap growth (linear = scale)', ratio(large.heapMb, small.heapMb), `scale ${factor}x`, '']);
}
console.log(formatTable(['scale', 'measure', 'dateline', 'plain MiniSearch', 'ratio'], rows));
console.log('(quote extraction runs on a second thread beside the index build: the phases overlap, the total is wall time)');
console.log(`(index build and cold ingest: the median of ${COLD_RUNS} cold builds of each, taking turns)`);
const out = values.out ?? path.resolve(import.meta.dirname, 'results', `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
await mkdir(path.dirname(out), { recursive: true });
await writeFile(out, `${JSON.stringify({ corpus: corpusFile, short: Boolean(values.short), results }, null, 2)}\n`);
console.log(`\nwritten to ${path.relative(process.cwd(), out)}`);
await stat(out);
