/**
 * Quotation evaluation: `npm run eval:quotes -- ../shared/eval/quotes.jsonl [--corpus PATH] [--min-attribution X]`.
 * For direct and indirect quotes: recall, precision over the annotated articles, and attribution accuracy.
 */
import { evalSetup, foldForMatch, formatTable, readJsonLines } from './eval-text.ts';

interface GoldQuote {
  article: string;
  quote: string;
  speaker: string | null;
  kind: 'direct' | 'indirect';
}

const { evalFile, archive, minimum, verbose } = await evalSetup('quotes.jsonl', 'min-attribution');
const gold = await readJsonLines<GoldQuote>(evalFile);
const extracted = archive.allQuotes();

const annotated = new Set(gold.map((g) => g.article));
const normalizeSpeaker = (speaker: string | null) => foldForMatch(speaker ?? '').replace(/[^\p{L}\p{N} ]/gu, '');
function sameSpeaker(found: string | null, wanted: string | null): boolean {
  const a = normalizeSpeaker(found);
  const b = normalizeSpeaker(wanted);
  if (!a || !b) return a === b;
  return a === b || a.split(' ').at(-1) === b.split(' ').at(-1);
}

const rows: (string | number)[][] = [];
const summary: Record<string, { recall: number; precision: number; attribution: number }> = {};
for (const kind of ['direct', 'indirect'] as const) {
  const wanted = gold.filter((g) => g.kind === kind);
  const mine = extracted.filter((q) => q.kind === kind && annotated.has(q.article));
  let found = 0;
  let attributed = 0;
  for (const g of wanted) {
    const target = foldForMatch(g.quote);
    const match = mine.find((q) => q.article === g.article && foldForMatch(q.quote).includes(target));
    if (!match) {
      if (verbose) console.log(`MISSED ${kind} ${g.article} ${g.quote.slice(0, 90)}`);
      continue;
    }
    found += 1;
    if (sameSpeaker(match.speaker, g.speaker)) attributed += 1;
    else if (verbose) console.log(`WRONG SPEAKER ${g.article} ${match.speaker} ≠ ${g.speaker}: ${g.quote.slice(0, 60)}`);
  }
  const matching = mine.filter((q) => {
    const text = foldForMatch(q.quote);
    return wanted.some((g) => g.article === q.article && (text.includes(foldForMatch(g.quote)) || foldForMatch(g.quote).includes(text)));
  });
  if (verbose)
    for (const q of mine.filter((m) => !matching.includes(m)))
      console.log(`EXTRA ${kind} ${q.article} [${q.speaker}] ${q.quote.slice(0, 90)}`);
  const scores = {
    recall: found / wanted.length,
    precision: mine.length ? matching.length / mine.length : 1,
    attribution: found ? attributed / found : 0,
  };
  summary[kind] = scores;
  rows.push([kind, String(wanted.length), String(mine.length), scores.recall, scores.precision, scores.attribution]);
}
console.log(formatTable(['kind', 'gold', 'extracted', 'recall', 'precision', 'attribution'], rows));
if (minimum !== null && summary.direct!.attribution < minimum) {
  console.error(`direct attribution ${summary.direct!.attribution.toFixed(2)} is below the required ${minimum.toFixed(2)}`);
  process.exitCode = 1;
}
