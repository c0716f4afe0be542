import type { Token } from '../nlp/tokens.ts';
import type { QueryWeights } from './evidence.ts';
import type { RankedArticle, ScoredPassage, ScoredSentence } from './rank.ts';
import type { Highlight } from './types.ts';

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
/** A sentence scoring this share of the best is quoted beside it when nothing adds more. */
const RUNNER_UP = 0.75;

interface Fragment {
  passage: ScoredPassage;
  start: number;
  end: number;
}

/**
 * Chooses what to quote of a ranked article, the way a search engine writes a query-biased snippet:
 * the best sentence, then the sentence that adds most of what the first lacks (the question's other
 * words, or a date, amount or speaker when asked for), and a short sentence's neighbour.
 */
export function buildSnippet(ranked: RankedArticle, weights: QueryWeights): Snippet {
  const sentences = ranked.passages.flatMap((p) => p.sentences.map((s) => ({ sentence: s, passage: p })));
  const first = sentences.reduce((best, s) => (s.sentence.score > best.sentence.score ? s : best));
  const fragments: Fragment[] = [{ passage: first.passage, ...first.sentence.span }];
  const second = bestAddition(sentences, first.sentence, weights) ?? runnerUp(sentences, first.sentence);
  const length = (s: { start: number; end: number }) => s.end - s.start;
  if (second && length(first.sentence.span) + length(second.sentence.span) <= SNIPPET_BUDGET) {
    fragments.push({ passage: second.passage, ...second.sentence.span });
  } else if (length(first.sentence.span) < SHORT_SENTENCE) {
    const neighbour = neighbourOf(first.passage, first.sentence);
    if (neighbour) fragments.push({ passage: first.passage, ...neighbour.span });
  }
  // Passage ids follow the order of the text, so this puts the fragments in reading order.
  fragments.sort((a, b) => a.passage.passage - b.passage.passage || a.start - b.start);
  const queryTerms = new Set(weights.terms.map((t) => t.term));
  return { passage: first.passage, ...render(mergeAdjacent(fragments), queryTerms) };
}

function bestAddition(
  sentences: { sentence: ScoredSentence; passage: ScoredPassage }[],
  first: ScoredSentence,
  weights: QueryWeights,
): { sentence: ScoredSentence; passage: ScoredPassage } | null {
  let best: { sentence: ScoredSentence; passage: ScoredPassage } | null = null;
  let bestGain = MIN_GAIN;
  for (const candidate of sentences) {
    if (candidate.sentence === first) continue;
    let gain = 0;
    for (const term of candidate.sentence.evidence.matched) {
      if (!first.evidence.matched.has(term)) gain += weights.weightOf(term) / (weights.total || 1);
    }
    if (candidate.sentence.evidence.fitsKind && !first.evidence.fitsKind && candidate.sentence.evidence.coverage > 0) gain += KIND_GAIN;
    if (gain > bestGain || (gain === bestGain && best && candidate.sentence.score > best.sentence.score)) {
      best = candidate;
      bestGain = gain;
    }
  }
  return best;
}

/** Another sentence nearly as good as the first: the answer may be in either. */
function runnerUp(sentences: { sentence: ScoredSentence; passage: ScoredPassage }[], first: ScoredSentence) {
  const others = sentences.filter((s) => s.sentence !== first && s.sentence.score >= RUNNER_UP * first.score);
  return others.reduce<(typeof others)[number] | null>((best, s) => (!best || s.sentence.score > best.sentence.score ? s : best), null);
}

function neighbourOf(passage: ScoredPassage, sentence: ScoredSentence): ScoredSentence | null {
  const index = passage.sentences.indexOf(sentence);
  return passage.sentences[index + 1] ?? passage.sentences[index - 1] ?? null;
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
  return tokens.filter((t) => t.start >= start && t.end <= end && t.term !== null && queryTerms.has(t.term)).map((t) => ({ start: t.start, end: t.end }));
}

/** Joins highlights separated only by spaces or hyphens, so `Yamal-Europe` is one bold run. */
function joinRuns(highlights: Highlight[], text: string): Highlight[] {
  const joined: Highlight[] = [];
  for (const highlight of highlights) {
    const last = joined.at(-1);
    if (last && /^[ \-]*$/.test(text.slice(last.end, highlight.start))) last.end = highlight.end;
    else joined.push({ ...highlight });
  }
  return joined;
}
