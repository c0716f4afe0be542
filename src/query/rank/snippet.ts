import { type Token, containedAtLeast, startsCapitalized, termsWithin } from '../../text/tokens.ts';
import type { QueryWeights } from './evidence.ts';
import type { RankedArticle, ScoredPassage, ScoredSentence } from './scored.ts';
import type { Highlight } from '../../model/results.ts';

/** What we quote of an article: one or two verbatim fragments, joined by an ellipsis where we cut. */
export interface Snippet {
  /** The passage of the best fragment. */
  passage: ScoredPassage;
  text: string;
  highlights: Highlight[];
}

const ELLIPSIS = '…';
/** Two fragments are quoted only within this many characters. */
const SNIPPET_BUDGET = 480;
/** A sentence shorter than this takes its neighbour with it, to read as a statement. */
const SHORT_SENTENCE = 80;
/** A second fragment must add at least this much: new question words, or the kind of answer asked for. */
const MIN_GAIN = 0.12;
const KIND_GAIN = 0.2;
/** A sentence with the kind of answer asked for is quoted first when it scores this share of the best. */
const KIND_FIRST = 0.6;
/** A sentence scoring this share of the best is quoted beside it when nothing adds more. */
const RUNNER_UP = 0.65;
/** A sentence whose terms lie this much within another's says the same thing (a lead repeated lower down, with or without its dateline). */
const REPEATED = 0.8;

/** A sentence with the passage it lies in. */
interface PlacedSentence {
  sentence: ScoredSentence;
  passage: ScoredPassage;
}

interface Fragment {
  passage: ScoredPassage;
  start: number;
  end: number;
}

/**
 * Chooses what to quote of a ranked article, the way a search engine writes a query-biased snippet:
 * the best sentence, then the sentence that adds most of what the first lacks (the question's other
 * words, or a date, amount or speaker when asked for), a short sentence's neighbour, or the story's lead.
 */
export function buildSnippet(ranked: RankedArticle, weights: QueryWeights): Snippet {
  const sentences = ranked.passages.flatMap((p) => p.sentences.map((s) => ({ sentence: s, passage: p })));
  const first = firstSentence(sentences);
  const fragments = [first, companionOf(sentences, first, weights)].flatMap((s) => (s ? [{ passage: s.passage, ...s.sentence.span }] : []));
  // Passage ids follow the order of the text, so this puts the fragments in reading order.
  fragments.sort((a, b) => a.passage.passage - b.passage.passage || a.start - b.start);
  const queryTerms = new Set(weights.terms.map((t) => t.term));
  return { passage: first.passage, ...render(mergeAdjacent(fragments), queryTerms) };
}

/** The sentence quoted beside the first, if any fits within the budget. */
function companionOf(sentences: PlacedSentence[], first: PlacedSentence, weights: QueryWeights): PlacedSentence | null {
  const fits = (s: PlacedSentence) => lengthOf(first) + lengthOf(s) <= SNIPPET_BUDGET;
  const second = bestAddition(sentences, first.sentence, weights) ?? runnerUp(sentences, first);
  if (second && fits(second)) return second;
  if (lengthOf(first) < SHORT_SENTENCE) return neighbourOf(first);
  // A sentence that holds the kind of answer asked for (a date, an amount, a speaker) needs no introduction.
  if (first.sentence.evidence.fitsKind) return null;
  const lead = sentences.find((s) => s.passage.opensArticle && s.sentence === s.passage.sentences[0]);
  return lead && lead.sentence !== first.sentence && fits(lead) && introduces(lead, first) ? lead : null;
}

function lengthOf({ sentence }: PlacedSentence): number {
  return sentence.span.end - sentence.span.start;
}

/**
 * Whether a story's lead introduces a sentence quoted without it: it holds some of the question's words,
 * or names someone or something the sentence names. A lead sums up its story, so the quote then says
 * who and what without the reader opening the article.
 */
function introduces(lead: PlacedSentence, quoted: PlacedSentence): boolean {
  if (lead.sentence.evidence.coverage > 0) return true;
  const names = namesIn(quoted);
  return [...namesIn(lead)].some((name) => names.has(name));
}

/** The terms of the words a sentence writes with a capital: its names, and the word it opens with. */
function namesIn({ passage, sentence }: PlacedSentence): Set<string> {
  const capitalized = passage.tokens.filter((t) => startsCapitalized(t.text));
  return termsWithin(capitalized, sentence.span.start, sentence.span.end);
}

/**
 * The best sentence to quote first. When the question asks for a speaker, a date, an amount or a
 * reason, the best sentence that has one comes first, unless it is much weaker than the best overall.
 */
function firstSentence(sentences: PlacedSentence[]) {
  const best = (pool: typeof sentences) => pool.reduce((top, s) => (betterSentence(s.sentence, top.sentence) ? s : top));
  const overall = best(sentences);
  const fitting = sentences.filter((s) => s.sentence.evidence.fitsKind && s.sentence.score >= KIND_FIRST * overall.sentence.score);
  return fitting.length > 0 && !overall.sentence.evidence.fitsKind ? best(fitting) : overall;
}

function bestAddition(sentences: PlacedSentence[], first: ScoredSentence, weights: QueryWeights): PlacedSentence | null {
  let best: PlacedSentence | null = null;
  let bestGain = MIN_GAIN;
  // A sentence adds one of the user's words only when the first holds none of its forms.
  const answeredByFirst = weights.wordsAnswered(first.evidence.matched);
  for (const candidate of sentences) {
    if (candidate.sentence === first) continue;
    let gain = 0;
    for (const [word, weight] of weights.wordsAnswered(candidate.sentence.evidence.matched)) {
      if (!answeredByFirst.has(word)) gain += weight / (weights.total || 1);
    }
    if (candidate.sentence.evidence.fitsKind && !first.evidence.fitsKind && candidate.sentence.evidence.coverage > 0) gain += KIND_GAIN;
    if (gain > bestGain || (gain === bestGain && best && betterSentence(candidate.sentence, best.sentence))) {
      best = candidate;
      bestGain = gain;
    }
  }
  return best;
}

/** The higher scoring sentence, or of two that score the same, the shorter: it says it more directly. */
function betterSentence(a: ScoredSentence, b: ScoredSentence): boolean {
  return a.score > b.score || (a.score === b.score && a.span.end - a.span.start < b.span.end - b.span.start);
}

/** Another sentence nearly as good as the first, and not a repeat of it: the answer may be in either. */
function runnerUp(sentences: PlacedSentence[], first: PlacedSentence) {
  const firstTerms = termsWithin(first.passage.tokens, first.sentence.span.start, first.sentence.span.end);
  const repeats = (s: PlacedSentence) =>
    containedAtLeast(termsWithin(s.passage.tokens, s.sentence.span.start, s.sentence.span.end), firstTerms, REPEATED);
  const others = sentences.filter(
    (s) => s.sentence !== first.sentence && s.sentence.score >= RUNNER_UP * first.sentence.score && !repeats(s),
  );
  return others.reduce<(typeof others)[number] | null>((best, s) => (!best || betterSentence(s.sentence, best.sentence) ? s : best), null);
}

function neighbourOf({ passage, sentence }: PlacedSentence): PlacedSentence | null {
  const index = passage.sentences.indexOf(sentence);
  const neighbour = passage.sentences[index + 1] ?? passage.sentences[index - 1];
  return neighbour ? { sentence: neighbour, passage } : null;
}

/** Fragments that touch in one passage become one. */
function mergeAdjacent(fragments: Fragment[]): Fragment[] {
  const merged: Fragment[] = [];
  for (const fragment of fragments) {
    const last = merged.at(-1);
    if (last && last.passage === fragment.passage && !/\S/.test(last.passage.text.slice(last.end, fragment.start))) last.end = fragment.end;
    else merged.push({ ...fragment });
  }
  return merged;
}

function render(fragments: Fragment[], queryTerms: ReadonlySet<string>): { text: string; highlights: Highlight[] } {
  let text = '';
  const highlights: Highlight[] = [];
  fragments.forEach((fragment, i) => {
    const { passage, start, end } = fragment;
    const cutBefore = i === 0 ? /\S/.test(passage.text.slice(0, start)) : true;
    if (cutBefore) text += i === 0 ? `${ELLIPSIS} ` : ` ${ELLIPSIS} `;
    else if (i > 0) text += ' ';
    const offset = text.length - start;
    highlights.push(...wordsToMark(passage.tokens, start, end, queryTerms).map((h) => ({ start: h.start + offset, end: h.end + offset })));
    text += passage.text.slice(start, end);
  });
  const last = fragments.at(-1)!;
  if (/\S/.test(last.passage.text.slice(last.end))) text += ` ${ELLIPSIS}`;
  return { text, highlights: joinRuns(highlights, text) };
}

function wordsToMark(tokens: readonly Token[], start: number, end: number, queryTerms: ReadonlySet<string>): Highlight[] {
  return tokens
    .filter((t) => t.start >= start && t.end <= end && t.term !== null && queryTerms.has(t.term))
    .map((t) => ({ start: t.start, end: t.end }));
}

/** Joins highlights separated only by spaces or hyphens, so `Yamal-Europe` is one bold run. */
function joinRuns(highlights: Highlight[], text: string): Highlight[] {
  const joined: Highlight[] = [];
  for (const highlight of highlights) {
    const last = joined.at(-1);
    if (last && /^[ -]*$/.test(text.slice(last.end, highlight.start))) last.end = highlight.end;
    else joined.push({ ...highlight });
  }
  return joined;
}
