/** What the benchmarks ask, the same in every run, and how they time it. */
import type { Article } from '../src/model/article.ts';
import type { LoadResult } from '../src/ingest/read/loader.ts';
import type { Archive } from '../src/service/archive.ts';
import type { Snapshot } from '../src/model/snapshot.ts';
import { tokensOf } from '../src/text/tokens.ts';
import { percentile } from '../scripts/eval-text.ts';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (npm run bench does)');

export function heapMb(): number {
  gc!();
  gc!();
  return process.memoryUsage().heapUsed / 1e6;
}

/** A seeded generator, so every run asks the same questions. */
export function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

export function replicate(loaded: LoadResult, scale: number): LoadResult {
  const articles: Article[] = [];
  for (let copy = 0; copy < scale; copy++) {
    for (const article of loaded.articles) {
      if (copy === 0) articles.push(article);
      else articles.push({ ...article, id: `${article.id}~${copy}`, date: shiftYears(article.date, copy) });
    }
  }
  return { ...loaded, articles };
}

function shiftYears(date: string | null, years: number): string | null {
  return date ? `${Number(date.slice(0, 4)) + years}${date.slice(4)}` : null;
}

export async function time<T>(work: () => T | Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

/** Untimed runs before each series: the first calls pay for JIT compilation and one-time loads (WordNet). */
const WARM_UP = 5;

export async function latencies(items: readonly string[], run: (item: string) => unknown): Promise<{ p50: number; p99: number }> {
  for (const item of items.slice(0, WARM_UP)) await run(item);
  heapMb(); // collect what earlier phases left, so that no series pays for another's garbage
  const times: number[] = [];
  for (const item of items) {
    const started = performance.now();
    await run(item);
    times.push(performance.now() - started);
  }
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

export function askQuestions(snapshot: Snapshot, n: number, developer: string[]): string[] {
  const next = random(42);
  const titles: string[] = [];
  while (titles.length < n - developer.length) {
    const title = snapshot.articles[Math.floor(next() * snapshot.articles.length)]!.title;
    if (/[a-z]/i.test(title)) titles.push(title.toLowerCase());
  }
  return [...titles, ...developer].slice(0, n);
}

/** One-word timeline queries: the longest word of each question, as people chart a name or a topic. */
export function timelineWords(questions: readonly string[], n: number): string[] {
  const words = questions.map(
    (q) =>
      tokensOf(q)
        .filter((t) => t.term)
        .sort((a, b) => b.text.length - a.text.length)[0]?.text ?? '',
  );
  return [...new Set(words.filter(Boolean))].slice(0, n);
}

export function whoSaidPhrases(snapshot: Snapshot, n: number): string[] {
  const next = random(7);
  const phrases: string[] = [];
  while (phrases.length < n && snapshot.quotes.length > 0) {
    const quote = snapshot.quotes[Math.floor(next() * snapshot.quotes.length)]!;
    const words = snapshot.articles[quote.article]!.paragraphs[quote.paragraph]!.slice(quote.start, quote.end).split(/\s+/);
    if (words.length < 6) continue;
    const start = Math.floor(next() * (words.length - 5));
    phrases.push(words.slice(start, start + 5).join(' '));
  }
  return phrases;
}

export async function speakerLookups(archive: Archive, n: number): Promise<{ speaker: string; about?: string }[]> {
  const speakers = await archive.speakers('', 50);
  const topics = ['oil', 'trade deficit', 'interest rates', 'grain exports', 'the dollar'];
  return Array.from({ length: n }, (_, i) => ({
    speaker: speakers[i % speakers.length]!.name,
    ...(i % 2 === 1 && { about: topics[i % topics.length]! }),
  }));
}
