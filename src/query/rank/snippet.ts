import { type Token, containedAtLeast, startsCapitalized, termsWithin } from '../../text/tokens.ts';
import type { QueryWeights } from './evidence.ts';
import type { RankedArticle, ScoredPassage } from './scored.ts';
import { type AskedFor, type ChoiceWeights, type PlacedSentence, type SentenceFeatures, choiceFeatures, choiceScore } from './choice.ts';
import type { Highlight } from '../../model/results.ts';

/** What we quote of an article: one to three verbatim sentences, joined by an ellipsis where we cut. */
export interface Snippet {
  /** The passage of the best fragment. */
  passage: ScoredPassage;
  text: string;
  highlights: Highlight[];
}

const ELLIPSIS = '…';
/** The first sentence and a companion are quoted together only within this many characters. */
const SNIPPET_BUDGET = 480;
/** The sentence beside the first continues it in the text, so the quote may run this much longer for it. */
const NEIGHBOUR_ALLOWANCE = 80;
/** A sentence shorter than this takes its neighbour with it, to read as a statement. */
const SHORT_SENTENCE = 80;
/**
 * Beside a first sentence that holds every word of the question another holds, a sentence is quoted only
 * when the choice model rates its odds of being the answer at least e^-2 (about a seventh) of the first's.
 */
const CLOSE_ODDS = 2;
/** A sentence whose terms lie this much within another's says the same thing (a lead repeated lower down, with or without its dateline). */
const REPEATED = 0.8;

interface Fragment {
  passage: ScoredPassage;
  start: number;
  end: number;
}

/**
 * Chooses what to quote of a ranked article, the way a search engine writes a query-biased snippet: the
 * sentence the fitted choice model ranks first, and beside it the best ranked that adds what the first
 * lacks (the answer is often in either), or a short sentence's neighbour; and the sentence next to the
 * first when the model rates it nearly as likely.
 */
export function buildSnippet(ranked: RankedArticle, weights: QueryWeights, asked: AskedFor, choice: ChoiceWeights): Snippet {
  const sentences = inReadingOrder(ranked);
  const chosen = byChoice(sentences, choiceFeatures(sentences, weights, asked), choice);
  const first = chosen[0]!;
  const companion = (asked.kind === 'who' ? namingSpeaker(first, sentences) : null) ?? companionOf(chosen, weights);
  const quoted = [first, ...(companion ? [companion] : [])];
  const beside = closeNeighbour(first, chosen, sentences, quoted);
  if (beside) quoted.push(beside);
  const fragments = quoted.map(fragmentOf);
  // Passage ids follow the order of the text, so this puts the fragments in reading order.
  fragments.sort((a, b) => a.passage.passage - b.passage.passage || a.start - b.start);
  const queryTerms = new Set(weights.terms.map((t) => t.term));
  return { passage: first.passage, ...render(mergeAdjacent(fragments), queryTerms) };
}

/** The sentences of the passages read of an article, in the order of its text (passage ids follow it). */
export function inReadingOrder(ranked: RankedArticle): PlacedSentence[] {
  const passages = [...ranked.passages].sort((a, b) => a.passage - b.passage);
  return passages.flatMap((p) => p.sentences.map((s) => ({ sentence: s, passage: p })));
}

/** A sentence with its score as the answer to quote. */
interface ChosenSentence extends PlacedSentence {
  choice: number;
}

/** Sentences as the fitted choice model ranks them, best first; of two that tie, the shorter. */
function byChoice(sentences: PlacedSentence[], features: readonly SentenceFeatures[], choice: ChoiceWeights): ChosenSentence[] {
  const chosen = sentences.map((s, i) => ({ ...s, choice: choiceScore(features[i]!, choice) }));
  return chosen.sort((a, b) => b.choice - a.choice || lengthOf(a) - lengthOf(b));
}

/**
 * The sentence quoted beside the first: of the others that fit within the budget, hold something asked
 * for (a word of the question, or a date, amount or speaker when asked for) and do not repeat the first,
 * the best ranked that adds a word of the question the first lacks, else the best ranked if nearly as
 * likely the answer; failing all, a short first sentence's neighbour, or the lead that introduces it.
 */
function companionOf(chosen: ChosenSentence[], weights: QueryWeights): PlacedSentence | null {
  const first = chosen[0]!;
  const fits = (s: PlacedSentence) => lengthOf(first) + lengthOf(s) <= SNIPPET_BUDGET;
  const asked = ({ sentence }: PlacedSentence) => sentence.evidence.matched.size > 0 || sentence.evidence.fitsKind;
  const firstTerms = termsOf(first);
  const eligible = (s: PlacedSentence) => fits(s) && asked(s) && !containedAtLeast(termsOf(s), firstTerms, REPEATED);
  const answered = weights.wordsAnswered(first.sentence.evidence.matched);
  const adds = (s: PlacedSentence) => [...weights.wordsAnswered(s.sentence.evidence.matched).keys()].some((w) => !answered.has(w));
  const close = (s: ChosenSentence) => s.choice >= first.choice - CLOSE_ODDS;
  const others = chosen.slice(1);
  const next = others.find((s) => adds(s) && eligible(s)) ?? others.find((s) => close(s) && eligible(s));
  if (next) return next;
  if (lengthOf(first) < SHORT_SENTENCE) return neighbourOf(first);
  // A sentence that holds the kind of answer asked for (a date, an amount, a speaker) needs no introduction.
  if (first.sentence.evidence.fitsKind) return null;
  const lead = chosen.find((s) => s.passage.opensArticle && s.sentence === s.passage.sentences[0]);
  return lead && lead !== first && fits(lead) && introduces(lead, first) ? lead : null;
}

/**
 * The sentence next to the first in the text, when the choice model rates it nearly as likely the answer
 * and the quote stays within budget: an answer often lies beside the sentence that holds the question's
 * words (the figure after the sentence that introduces it, the reason after the event).
 */
function closeNeighbour(
  first: ChosenSentence,
  chosen: readonly ChosenSentence[],
  sentences: readonly PlacedSentence[],
  quoted: readonly PlacedSentence[],
): ChosenSentence | null {
  const at = sentences.findIndex((s) => s.sentence === first.sentence);
  const before = sentences[at - 1];
  const after = sentences[at + 1];
  // Only the passages read are in reading order: the sentence before may end a passage several paragraphs up.
  const neighbours = new Set([
    before && sideBySide(before, first) ? before.sentence : undefined,
    after && sideBySide(first, after) ? after.sentence : undefined,
  ]);
  const beside = chosen.find((s) => neighbours.has(s.sentence) && !quoted.some((q) => q.sentence === s.sentence));
  if (!beside || beside.choice < first.choice - CLOSE_ODDS) return null;
  const length = [...quoted, beside].reduce((sum, s) => sum + lengthOf(s), 0);
  return length <= SNIPPET_BUDGET + NEIGHBOUR_ALLOWANCE ? beside : null;
}

/**
 * For a question asking who: the sentence nearest a first sentence that names whom it quotes, when the
 * first does not (`…, said Morrison.` before `"The Louvre Accord is fundamentally misconceived."`).
 */
function namingSpeaker(first: PlacedSentence, sentences: readonly PlacedSentence[]): PlacedSentence | null {
  const name = first.sentence.speakerNamedElsewhere;
  if (name.size === 0) return null;
  const at = sentences.findIndex((s) => s.sentence === first.sentence);
  const naming = sentences
    .map((s, i) => ({ s, distance: Math.abs(i - at) }))
    .filter(
      ({ s, distance }) => distance > 0 && lengthOf(first) + lengthOf(s) <= SNIPPET_BUDGET && [...termsOf(s)].some((t) => name.has(t)),
    )
    .sort((a, b) => a.distance - b.distance);
  return naming[0]?.s ?? null;
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

function lengthOf({ sentence }: PlacedSentence): number {
  return sentence.span.end - sentence.span.start;
}

function termsOf({ passage, sentence }: PlacedSentence): Set<string> {
  return termsWithin(passage.tokens, sentence.span.start, sentence.span.end);
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
    const cutBefore = i === 0 ? /\S/.test(passage.text.slice(0, start)) : !continues(fragments[i - 1]!, fragment);
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

function fragmentOf({ passage, sentence }: PlacedSentence): Fragment {
  return { passage, ...sentence.span };
}

/** Whether two sentences, the first before the second in reading order, stand side by side in the text. */
function sideBySide(first: PlacedSentence, second: PlacedSentence): boolean {
  return first.passage === second.passage || continues(fragmentOf(first), fragmentOf(second));
}

/** Whether a fragment opens the passage that follows the one where the fragment before it ends, leaving nothing out between them. */
function continues(before: Fragment, after: Fragment): boolean {
  const restOfBefore = before.passage.text.slice(before.end);
  const openingOfAfter = after.passage.text.slice(0, after.start);
  return after.passage.passage === before.passage.passage + 1 && !/\S/.test(restOfBefore) && !/\S/.test(openingOfAfter);
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
