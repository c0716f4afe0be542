import { tokensOf } from '../nlp/tokens.ts';
import { type Filters, parseDateBound } from './filters.ts';

/** What kind of answer a question wants, which decides the evidence a sentence needs. */
export type QuestionKind = 'who' | 'when' | 'amount' | 'general';

export interface QueryTerm {
  term: string;
  /** 1 for the user's own words; less for expansions. */
  weight: number;
  /** A name or a number: matched as written, and worth more when it is. */
  exact: boolean;
}

export interface Question {
  text: string;
  kind: QuestionKind;
  terms: QueryTerm[];
  /** Filters the question states itself ("in 1987", "TASS"). */
  filters: Filters;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const IN_MONTH_YEAR = new RegExp(`\\bin\\s+(${MONTHS.join('|')})\\s+(\\d{4})\\b`, 'i');
const IN_YEAR = /\b(?:in|during)\s+(\d{4})\b/i;

const KIND_PATTERNS: [QuestionKind, RegExp][] = [
  ['who', /^\s*(who|whom|whose)\b|\b(which|what)\s+(minister|official|leader|president|spokes\w*|person|people|company|union|agency|diplomat|analyst|executive|chairman|group|country)\b/i],
  ['when', /^\s*when\b|\b(what|which)\s+(year|date|day|month|time)\b|\buntil\s+when\b|\bby\s+when\b|\bhow\s+long\b/i],
  ['amount', /\bhow\s+(much|many|big|large|far)\b|\bwhat\s+(share|percentage|proportion|amount|price|rate|majority|volume|level)\b/i],
];

export function questionKind(text: string): QuestionKind {
  return KIND_PATTERNS.find(([, pattern]) => pattern.test(text))?.[0] ?? 'general';
}

/** Filters a question states: a year or month ("in 1987", "in March 1987"), and a source the archive has ("TASS"). */
export function filtersInQuestion(text: string, knownSources: readonly string[]): Filters {
  const filters: Filters = {};
  const monthYear = IN_MONTH_YEAR.exec(text);
  const year = IN_YEAR.exec(text);
  if (monthYear) {
    const month = String(MONTHS.indexOf(monthYear[1]!.toLowerCase()) + 1);
    filters.from = parseDateBound('question', `${monthYear[2]}-${month}`, 'from');
    filters.to = parseDateBound('question', `${monthYear[2]}-${month}`, 'to');
  } else if (year) {
    filters.from = parseDateBound('question', year[1]!, 'from');
    filters.to = parseDateBound('question', year[1]!, 'to');
  }
  const source = knownSources.find((name) => name.length > 1 && new RegExp(`\\b${escapeRegExp(name)}\\b`).test(text));
  if (source) filters.source = source;
  return filters;
}

/** The query terms of a question: its content words, names and numbers marked exact. */
export function queryTerms(text: string): QueryTerm[] {
  const terms = new Map<string, QueryTerm>();
  const tokens = tokensOf(text);
  tokens.forEach((token, i) => {
    if (!token.term || terms.has(token.term)) return;
    const capitalized = /^\p{Lu}/u.test(token.text) && (i > 0 || /^\p{Lu}{2,}/u.test(token.text));
    const exact = capitalized || /\d/.test(token.text);
    terms.set(token.term, { term: token.term, weight: 1, exact });
  });
  return [...terms.values()];
}

export function parseQuestion(text: string, knownSources: readonly string[]): Question {
  return { text, kind: questionKind(text), terms: queryTerms(text), filters: filtersInQuestion(text, knownSources) };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
