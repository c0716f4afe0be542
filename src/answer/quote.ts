import type { Token } from '../nlp/tokens.ts';
import type { Highlight } from './types.ts';

export interface SentenceSpan {
  start: number;
  end: number;
}

export interface Quote {
  text: string;
  highlights: Highlight[];
}

const ELLIPSIS = '…';
/** Beyond this length a quote takes no neighbouring sentence. */
const QUOTE_BUDGET = 420;

/**
 * The excerpt of a passage we show: the chosen sentences, verbatim, with an ellipsis wherever the
 * passage goes on, and the question's words marked. `chosen` are indexes into `sentences`.
 */
export function buildQuote(
  passage: string,
  sentences: readonly SentenceSpan[],
  chosen: readonly number[],
  tokens: readonly Token[],
  isQueryTerm: (term: string) => boolean,
): Quote {
  const first = Math.min(...chosen);
  const last = Math.max(...chosen);
  const start = sentences[first]!.start;
  const end = sentences[last]!.end;
  const prefix = start > 0 ? `${ELLIPSIS} ` : '';
  const suffix = passage.slice(end).trim() ? ` ${ELLIPSIS}` : '';
  const highlights = tokens
    .filter((token) => token.start >= start && token.end <= end && token.term !== null && isQueryTerm(token.term))
    .map((token) => ({ start: token.start - start + prefix.length, end: token.end - start + prefix.length }));
  return { text: `${prefix}${passage.slice(start, end)}${suffix}`, highlights: mergeAdjacent(highlights, passage, start - prefix.length) };
}

/**
 * Which sentences to quote: the best one, and a neighbour when the best is short or the neighbour
 * holds question words the best lacks, within the quote budget.
 */
export function chooseSentences(
  sentences: readonly SentenceSpan[],
  scores: readonly number[],
  adds: (from: number, to: number) => boolean,
): number[] {
  let best = 0;
  scores.forEach((score, i) => {
    if (score > scores[best]!) best = i;
  });
  const chosen = [best];
  const length = (i: number) => sentences[i]!.end - sentences[i]!.start;
  const neighbours = [best + 1, best - 1].filter((i) => i >= 0 && i < sentences.length);
  for (const neighbour of neighbours) {
    const total = length(best) + length(neighbour);
    if (total <= QUOTE_BUDGET && (length(best) < 80 || adds(best, neighbour))) {
      chosen.push(neighbour);
      break;
    }
  }
  return chosen.sort((a, b) => a - b);
}

/** Joins highlights separated only by spaces or hyphens, so `Yamal-Europe` is one bold run. */
function mergeAdjacent(highlights: Highlight[], passage: string, offset: number): Highlight[] {
  const merged: Highlight[] = [];
  for (const highlight of highlights) {
    const last = merged.at(-1);
    if (last && /^[\s\-]*$/.test(passage.slice(last.end + offset, highlight.start + offset))) last.end = highlight.end;
    else merged.push({ ...highlight });
  }
  return merged;
}
