/**
 * Quotation evaluation:
 * `npm run eval:quotes -- ../shared/eval/quotes.jsonl [more.jsonl …] [--corpus PATH] [--min-attribution X] [--min-indirect-recall X] [--verbose]`.
 * For direct and indirect quotes, per file and over all files together: recall, precision over the annotated
 * articles, and attribution, scored strictly as ../shared/eval/README.md says. The guards apply to direct
 * attribution and indirect recall over all files together.
 */
import path from 'node:path';
import { evalSetup, foldForMatch, formatTable, readJsonLines } from './eval-text.ts';

interface GoldQuote {
  article: string;
  quote: string;
  speaker: string | null;
  kind: 'direct' | 'indirect';
}

type Extracted = Awaited<ReturnType<Awaited<ReturnType<typeof evalSetup>>['archive']['allQuotes']>>[number];

const { evalFiles, archive, minimums, verbose } = await evalSetup('quotes.jsonl', ['min-attribution', 'min-indirect-recall']);
const files = await Promise.all(evalFiles.map(async (file) => ({ name: path.basename(file), gold: await readJsonLines<GoldQuote>(file) })));
const extracted = await archive.allQuotes();

/** Text as quotes are compared: quote marks, white space and case folded, punctuation at the edges dropped. */
const fold = (text: string) => foldForMatch(text).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** Found: an extracted quote covers the gold text, or lies inside it and holds at least 80% of it. */
function finds(found: string, wanted: string): boolean {
  const [a, b] = [fold(found), fold(wanted)];
  return a.includes(b) || (b.includes(a) && a.length >= 0.8 * b.length);
}

/** Overlapping at all: an extracted quote that is no false find. */
function overlaps(found: string, wanted: string): boolean {
  const [a, b] = [fold(found), fold(wanted)];
  return a.includes(b) || b.includes(a);
}

const words = (speaker: string | null) =>
  foldForMatch(speaker ?? '')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .trim();

/** Right when the speaker is the gold one, or a name that ends it (`Zakharova`), never a role sharing its last word. */
function rightSpeaker(found: string | null, wanted: string | null): boolean {
  const [a, b] = [words(found), words(wanted)];
  if (!a || !b) return a === b;
  const isName = /^\p{Lu}/u.test(found!.trim()) && !/^(the|a|an)\s/i.test(found!.trim());
  return a === b || (isName && b.endsWith(` ${a}`));
}

interface Counts {
  gold: number;
  extracted: number;
  found: number;
  matching: number;
  attributed: number;
}

function count(gold: readonly GoldQuote[], kind: GoldQuote['kind']): Counts {
  const wanted = gold.filter((g) => g.kind === kind);
  // Precision is counted where the file annotates this kind of quotation.
  const annotated = new Set(wanted.map((g) => g.article));
  const mine = extracted.filter((q) => q.kind === kind && annotated.has(q.article));
  const counts: Counts = { gold: wanted.length, extracted: mine.length, found: 0, matching: 0, attributed: 0 };
  for (const g of wanted) {
    const match = mine.find((q) => q.article === g.article && finds(q.quote, g.quote));
    if (!match) {
      if (verbose) console.log(`MISSED ${kind} ${g.article} ${g.quote.slice(0, 90)}`);
      continue;
    }
    counts.found += 1;
    if (rightSpeaker(match.speaker, g.speaker)) counts.attributed += 1;
    else if (verbose) console.log(`WRONG SPEAKER ${g.article} ${match.speaker} ≠ ${g.speaker}: ${g.quote.slice(0, 60)}`);
  }
  const isMatching = (q: Extracted) => wanted.some((g) => g.article === q.article && overlaps(q.quote, g.quote));
  counts.matching = mine.filter(isMatching).length;
  if (verbose)
    for (const q of mine.filter((m) => !isMatching(m))) console.log(`EXTRA ${kind} ${q.article} [${q.speaker}] ${q.quote.slice(0, 90)}`);
  return counts;
}

const rows: (string | number)[][] = [];
const together: Record<GoldQuote['kind'], Counts> = {
  direct: { gold: 0, extracted: 0, found: 0, matching: 0, attributed: 0 },
  indirect: { gold: 0, extracted: 0, found: 0, matching: 0, attributed: 0 },
};
const row = (label: string, kind: string, c: Counts) => [
  label,
  kind,
  String(c.gold),
  String(c.extracted),
  c.gold ? c.found / c.gold : 0,
  c.extracted ? c.matching / c.extracted : 1,
  c.found ? c.attributed / c.found : 0,
];
for (const { name, gold } of files) {
  for (const kind of ['direct', 'indirect'] as const) {
    const counts = count(gold, kind);
    for (const key of Object.keys(counts) as (keyof Counts)[]) together[kind][key] += counts[key];
    if (files.length > 1) rows.push(row(name, kind, counts));
  }
}
for (const kind of ['direct', 'indirect'] as const) rows.push(row('all', kind, together[kind]));
console.log(formatTable(['file', 'kind', 'gold', 'extracted', 'recall', 'precision', 'attribution'], rows));
const attribution = together.direct.found ? together.direct.attributed / together.direct.found : 0;
const indirectRecall = together.indirect.gold ? together.indirect.found / together.indirect.gold : 0;
guard('direct attribution', attribution, minimums['min-attribution'] ?? null);
guard('indirect recall', indirectRecall, minimums['min-indirect-recall'] ?? null);

function guard(what: string, measured: number, minimum: number | null): void {
  if (minimum === null || measured >= minimum) return;
  console.error(`${what} ${measured.toFixed(2)} over all files is below the required ${minimum.toFixed(2)}`);
  process.exitCode = 1;
}
