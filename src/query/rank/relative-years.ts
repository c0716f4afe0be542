import type { Token } from '../../text/tokens.ts';
import { YEAR_OFFSETS, alternation } from '../../text/lexicon.ts';

const RELATIVE_YEAR = new RegExp(`\\b(${alternation(Object.keys(YEAR_OFFSETS))}) year\\b`, 'gi');

/**
 * A story's tokens with the years its `this year`, `last year` and `next year` stand for, by its date: a
 * question asks "in 1987" where a story filed in 1987 writes "this year". Each year is a token spanning
 * the words that name it, so that it counts where they stand.
 */
export function withYearsNamed(tokens: Token[], text: string, date: string | null): Token[] {
  const year = date ? Number(date.slice(0, 4)) : NaN;
  if (!Number.isInteger(year)) return tokens;
  const named: Token[] = [];
  for (const match of text.matchAll(RELATIVE_YEAR)) {
    const shifted = String(year + YEAR_OFFSETS[match[1]!.toLowerCase()]!);
    named.push({ start: match.index, end: match.index + match[0].length, text: match[0], term: shifted });
  }
  if (named.length === 0) return tokens;
  return [...tokens, ...named].sort((a, b) => a.start - b.start || a.end - b.end);
}
