import { indexTerm } from './terms.ts';

/** A word of a text with its place, and the index term it maps to (null for stop words). */
export interface Token {
  start: number;
  end: number;
  text: string;
  term: string | null;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text with their offsets, tokenized exactly as the index tokenizes. */
export function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index!;
    tokens.push({ start, end: start + match[0].length, text: match[0], term: indexTerm(match[0]) });
  }
  return tokens;
}
