import { sentenceNlp } from './nlp.ts';
import { CALENDAR_PERIODS, alternation, words } from './lexicon.ts';

/** Sentence punctuation followed by more text: without one, a text is a single sentence and wink-nlp is not needed. */
const POSSIBLE_BOUNDARY = /[.!?;:]["'”’)\]]*\s+\S/;

/**
 * The sentences of a text as a flat list of character offsets `[start0, end0, start1, end1, …]`,
 * so callers can quote them verbatim. wink-nlp splits; each sentence is found back in the original text.
 */
export function sentenceBounds(text: string): number[] {
  if (!POSSIBLE_BOUNDARY.test(text)) return [0, trimEnd(text, text.length)];
  const sentences: string[] = sentenceNlp().readDoc(text).sentences().out();
  const bounds: number[] = [];
  let cursor = 0;
  for (const sentence of sentences) {
    const probe = sentence.trim().slice(0, 24);
    const start = probe ? text.indexOf(probe, cursor) : -1;
    if (start === -1) continue;
    if (bounds.length > 0) bounds.push(trimEnd(text, start));
    bounds.push(start);
    cursor = start + probe.length;
  }
  if (bounds.length === 0) return [0, trimEnd(text, text.length)];
  bounds[0] = 0;
  bounds.push(trimEnd(text, text.length));
  return joinFalseBreaks(text, bounds);
}

const ENDS_IN_INITIALISM = /\b(?:\p{Lu}\.){2,}$/u;
/**
 * Words that go on with a sentence and seldom open a statement: conjunctions, auxiliaries, prepositions,
 * relative pronouns. Wire copy capitalizes the word after `U.S.` (`the U.S. And Japan`, `the U.S.
 * Would`, `exports to the U.S. In May`), which a splitter takes for a new sentence.
 */
const GOES_ON = new Set(
  words(`
  and or nor than not which whose whom
  is are was were would will should could can cannot may might must shall did does do has have had
  to of in on at for from with within without over under into onto by about against during since until
  because while where whereas if unless as via`),
);
/** A period of time that goes on with a sentence after `U.S.`: `sales to the U.S. Last year were …`, `… Later this year`. */
const GOES_ON_PERIOD = new RegExp(`^(?:Last|Next|This|Later|Earlier)(?: this| next)? (?:${alternation(CALENDAR_PERIODS)})\\b`);
/**
 * A break between the letters of an initialism joined to a word (`Franco-U. | S. Group`, `(D-N. | J.)`)
 * or written with a space (`the U . | S. government`).
 */
const ENDS_IN_LETTER = /(?:^|[^\p{L}])\p{Lu} ?\.$/u;
const OPENS_WITH_LETTER = /^\p{Lu}\./u;
/** A word in lower case after a break. */
const OPENS_IN_LOWER_CASE = /^\p{Ll}/u;
/** A break inside a ticker in angle brackets: `<VOWG. | F>`, `<BP. | L>`. */
const INSIDE_TICKER = /<[\p{Lu}\p{N}.&-]*$/u;

/** How much of the text either side of a break decides whether the sentence goes on. */
const CONTEXT = 24;

/** Joins the sentences a splitter broke where a sentence goes on: inside an initialism, after one, or before a word in lower case. */
function joinFalseBreaks(text: string, bounds: number[]): number[] {
  const joined = [bounds[0]!];
  for (let i = 1; i + 1 < bounds.length; i += 2) {
    const [end, next] = [bounds[i]!, bounds[i + 1]!];
    if (!goesOn(text.slice(Math.max(0, end - CONTEXT), end), text.slice(next, next + CONTEXT))) joined.push(end, next);
  }
  joined.push(bounds.at(-1)!);
  return joined;
}

function goesOn(before: string, after: string): boolean {
  // News copy opens a sentence with a capital, a digit or a quote mark: `(R-Kan.) said …` goes on.
  if (OPENS_IN_LOWER_CASE.test(after)) return true;
  if (ENDS_IN_LETTER.test(before) && OPENS_WITH_LETTER.test(after)) return true;
  if (INSIDE_TICKER.test(before)) return true;
  if (!ENDS_IN_INITIALISM.test(before)) return false;
  const nextWord = /^\p{Lu}\p{Ll}*/u.exec(after)?.[0].toLowerCase();
  return (nextWord !== undefined && GOES_ON.has(nextWord)) || GOES_ON_PERIOD.test(after);
}

/** A sentence of a text, by its character span. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** The sentence spans of a flat bounds list. */
export function* spansOf(bounds: readonly number[]): Generator<SentenceSpan> {
  for (let i = 0; i + 1 < bounds.length; i += 2) yield { start: bounds[i]!, end: bounds[i + 1]! };
}

/** Where the sentence holding an offset starts: a binary search over the sentence starts (the even places of `bounds`). */
export function sentenceStart(bounds: readonly number[], offset: number): number {
  let low = 0;
  let high = bounds.length >>> 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (bounds[2 * middle]! <= offset) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? 0 : bounds[2 * (low - 1)]!;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1]!)) end -= 1;
  return end;
}

/**
 * Joins the sentences that lie within a lead (a dateline such as `MOSCOW, November 17. /TASS/.`,
 * which a splitter takes for sentences of its own) to the sentence that follows it.
 */
export function joinLead(bounds: readonly number[], leadLength: number): number[] {
  const joined = [...bounds];
  while (joined.length > 2 && joined[1]! <= leadLength) joined.splice(1, 2);
  return joined;
}
