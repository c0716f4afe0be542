import type { Snapshot } from '../service/snapshot.ts';
import { type StoredQuote, quoteText } from '../service/quote-finding.ts';
import { InputError } from '../service/errors.ts';
import { termsWithin, tokensOf } from '../nlp/tokens.ts';
import { dayOf } from '../archive/dates.ts';
import { type ArticleRef, type Highlight, articleRef } from './types.ts';
import { type Filters, type FilterInput, matchesFilters, parseFilters } from './filters.ts';
import { checkQuestion } from './ask.ts';
import type { Speaker } from '../search/speakers.ts';
import { speakerKey } from '../search/speakers.ts';
import { toleranceFor } from '../search/index.ts';

/** A quotation as we show it: the words, who said them, and where. */
export interface QuoteResult {
  article: ArticleRef;
  quote: string;
  speaker: string | null;
  role: string | null;
  cue: string | null;
  kind: 'direct' | 'indirect';
  highlights: Highlight[];
}

/** The machine-readable line for one quotation: `{article, quote, speaker, role, cue, kind}`. */
export function quoteRecord(snapshot: Snapshot, quote: StoredQuote) {
  return {
    article: snapshot.articles[quote.article]!.id,
    quote: quoteText(snapshot.articles, quote),
    speaker: quote.speaker,
    role: quote.role,
    cue: quote.cue,
    kind: quote.kind,
  };
}

export function toQuoteResult(snapshot: Snapshot, quote: StoredQuote, terms: ReadonlySet<string> = new Set()): QuoteResult {
  const text = quoteText(snapshot.articles, quote);
  const highlights = tokensOf(text).filter((t) => t.term && terms.has(t.term)).map(({ start, end }) => ({ start, end }));
  return {
    article: articleRef(snapshot.articles[quote.article]!),
    quote: text,
    speaker: quote.speaker,
    role: quote.role,
    cue: quote.cue,
    kind: quote.kind,
    highlights,
  };
}

/** What `whosaid` found: the quotations that hold the phrase, or where it appears when nobody is quoted saying it. */
export interface WhoSaidAnswer {
  phrase: string;
  quotes: StoredQuote[];
  /** Passages (by id) where the phrase appears in narrative text, when it is not a quotation. */
  narrative: number[];
  terms: Set<string>;
}

/** A phrase counts as found in a quotation when the quotation holds this share of its weight. */
const FOUND = 0.6;
const WHOSAID_CANDIDATES = 50;
const WHOSAID_RESULTS = 5;

/** Who said a phrase: the quotations that contain it, best first, one per distinct quote text. */
export function whoSaid(snapshot: Snapshot, rawPhrase: string): WhoSaidAnswer {
  const phrase = checkQuestion(rawPhrase, 'phrase');
  const terms = termsWithin(tokensOf(phrase));
  const weightOf = (term: string) => snapshot.terms.idf(term) ** 2;
  const total = [...terms].reduce((sum, term) => sum + weightOf(term), 0) || 1;
  const folded = fold(phrase);
  const coverage = (text: string) => {
    if (fold(text).includes(folded)) return 1.5;
    const found = new Set(tokensOf(text).flatMap((t) => (t.term && terms.has(t.term) ? [t.term] : [])));
    return [...found].reduce((sum, term) => sum + weightOf(term), 0) / total;
  };
  const scored = snapshot.quoteIndex
    .search(phrase, { fields: ['text'], ...toleranceFor(snapshot.terms.has) })
    .slice(0, WHOSAID_CANDIDATES)
    .map((hit) => ({ quote: snapshot.quotes[hit.id as number]!, score: coverage(quoteText(snapshot.articles, snapshot.quotes[hit.id as number]!)) }))
    .filter((s) => s.score >= FOUND)
    .sort((a, b) => b.score - a.score || byDateDescending(snapshot, a.quote, b.quote));
  const seen = new Set<string>();
  const quotes = scored.filter(({ quote }) => {
    const key = fold(quoteText(snapshot.articles, quote));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const narrative = quotes.length > 0 ? [] : passagesHolding(snapshot, phrase, coverage);
  return { phrase, quotes: quotes.slice(0, WHOSAID_RESULTS).map((s) => s.quote), narrative, terms };
}

function passagesHolding(snapshot: Snapshot, phrase: string, coverage: (text: string) => number): number[] {
  return snapshot.index
    .search(phrase, toleranceFor(snapshot.terms.has))
    .slice(0, WHOSAID_CANDIDATES)
    .filter((hit) => {
      const passage = snapshot.passages[hit.id as number]!;
      return coverage(snapshot.articles[passage.article]!.paragraphs[passage.paragraph]!.slice(passage.start, passage.end)) >= FOUND;
    })
    .slice(0, 3)
    .map((hit) => hit.id as number);
}

export interface SpeakerQuotesRequest extends FilterInput {
  speaker: string;
  about?: string | undefined;
}

export interface SpeakerQuotes {
  speaker: Speaker;
  about: string | null;
  filters: Filters;
  /** Quote ids, in the order to show them. */
  quotes: number[];
  terms: Set<string>;
}

/** A speaker's quotations: newest first, or by relevance to a topic; within dates when given. */
export function speakerQuotes(snapshot: Snapshot, request: SpeakerQuotesRequest): SpeakerQuotes {
  const speaker = resolveSpeaker(snapshot, request.speaker);
  const filters = parseFilters(request);
  const key = speakerKey(speaker.name);
  const belongs = (quote: StoredQuote) => quote.speaker !== null && speakerKey(quote.speaker) === key && matchesFilters(snapshot.articles[quote.article]!, filters);
  const about = request.about?.trim() ? checkQuestion(request.about, 'about') : null;
  if (about) {
    const terms = termsWithin(tokensOf(about));
    const hits = snapshot.quoteIndex.search(about, { filter: (hit) => belongs(snapshot.quotes[hit.id as number]!), ...toleranceFor(snapshot.terms.has) });
    return { speaker, about, filters, quotes: hits.map((hit) => hit.id as number), terms };
  }
  const ids = snapshot.quotes.flatMap((quote, id) => (belongs(quote) ? [id] : []));
  ids.sort((a, b) => byDateDescending(snapshot, snapshot.quotes[a]!, snapshot.quotes[b]!) || a - b);
  return { speaker, about: null, filters, quotes: ids, terms: new Set() };
}

const SUGGESTED_SPEAKERS = 5;

function resolveSpeaker(snapshot: Snapshot, name: string): Speaker {
  const wanted = name.trim();
  if (!wanted) throw new InputError('speaker: empty (give a name, e.g. "Zakharova")');
  const found = snapshot.speakers.find(wanted);
  if (found.length === 1 || (found.length > 1 && speakerKey(found[0]!.name) === speakerKey(wanted))) return found[0]!;
  if (found.length > 1) {
    throw new InputError(`speaker: "${wanted}" could be ${found.slice(0, SUGGESTED_SPEAKERS).map((s) => s.name).join(', ')}; give the full name`);
  }
  const close = snapshot.speakers.ranked(wanted.slice(0, 3)).slice(0, SUGGESTED_SPEAKERS).map((s) => s.name);
  throw new InputError(`speaker: nobody named "${wanted}" is quoted in the archive${close.length ? ` (did you mean ${close.join(', ')}?)` : ''}`);
}

function byDateDescending(snapshot: Snapshot, a: StoredQuote, b: StoredQuote): number {
  const dateA = snapshot.articles[a.article]!.date;
  const dateB = snapshot.articles[b.article]!.date;
  return (dateB ? dayOf(dateB) : '').localeCompare(dateA ? dayOf(dateA) : '');
}

function fold(text: string): string {
  return text.toLowerCase().replace(/[“”"«»]/g, '"').replace(/[‘’`]/g, "'").replace(/\s+/g, ' ').trim();
}
