import { quoteText, speakerAsNamed } from '../../ingest/quotes/find.ts';
import { InputError } from '../../model/errors.ts';
import { termsWithin, tokensOf, wordsByTerm } from '../../text/tokens.ts';
import { spansOf } from '../../text/sentences.ts';
import { dayOf } from '../../ingest/read/dates.ts';
import type { ArticleRef, Highlight } from '../../model/results.ts';
import { articleRef } from '../../ingest/index/article-ref.ts';
import { type FilterInput, parseFilters } from '../question/filters.ts';
import { matchesFilters } from '../../ingest/index/filter-match.ts';
import { checkQuestion } from '../ask.ts';
import { speakerKey } from '../../ingest/quotes/speaker-names.ts';
import { surnameOf } from '../../ingest/quotes/speaker-phrase.ts';
import { passageText } from '../../ingest/index/passages.ts';
import { quotesInPassage } from '../../ingest/quotes/quoted-passages.ts';
import { nestedQuotes } from '../../ingest/quotes/nested.ts';
import { withinBudget } from '../budget.ts';
import { DEFAULT_RANK_OPTIONS, type RankOptions } from '../options.ts';
import { indexTerm } from '../../text/terms.ts';
import type { Snapshot } from '../../model/snapshot.ts';
import type { StoredQuote, Speaker } from '../../model/quote.ts';
import type { Filters } from '../../model/filters.ts';

/** A quotation as we show it: the words, who said them (as their article names them), and where. */
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
    speaker: speakerAsNamed(quote),
    role: quote.role,
    cue: quote.cue,
    kind: quote.kind,
  };
}

export function toQuoteResult(snapshot: Snapshot, quote: StoredQuote, terms: ReadonlySet<string> = new Set()): QuoteResult {
  const text = quoteText(snapshot.articles, quote);
  const highlights = tokensOf(text)
    .filter((t) => t.term && terms.has(t.term))
    .map(({ start, end }) => ({ start, end }));
  return {
    article: articleRef(snapshot.articles[quote.article]!),
    quote: text,
    speaker: speakerAsNamed(quote),
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
  /** Whether the quotations hold the phrase as written; otherwise, most of its words. */
  verbatim: boolean;
  /** Passages (by id) where the phrase appears in narrative text, when it is not a quotation. */
  narrative: number[];
  terms: Set<string>;
}

/** A phrase counts as found in a quotation when the quotation holds this share of its weight. */
const FOUND = 0.6;
/** The coverage of a text holding the phrase as written: above any share of its words. */
const VERBATIM = 1.5;
/** How many passages holding the phrase's words are read for the quotations in them. */
const WHOSAID_PASSAGES = 300;
/** How many passages are read for the phrase in the reporting itself, when nobody is quoted saying it. */
const NARRATIVE_PASSAGES = 50;
const WHOSAID_RESULTS = 5;

/**
 * How much of a phrase a text holds: the share of its words' weight (rarer words weigh more), or more
 * than all of it when the text holds the phrase as written.
 */
function phraseCoverage(snapshot: Snapshot, phrase: string, terms: ReadonlySet<string>): (text: string) => number {
  const weightOf = (term: string) => snapshot.terms.idf(term) ** 2;
  const total = [...terms].reduce((sum, term) => sum + weightOf(term), 0) || 1;
  const folded = fold(phrase);
  return (text) => {
    if (fold(text).includes(folded)) return VERBATIM;
    const found = new Set(tokensOf(text).flatMap((t) => (t.term && terms.has(t.term) ? [t.term] : [])));
    return [...found].reduce((sum, term) => sum + weightOf(term), 0) / total;
  };
}

/**
 * Who said a phrase: the quotations that contain it, best first, one per distinct quote text. Quotations
 * lie in passages, so the passage index finds them: the best passages are read for their quotations.
 */
export async function whoSaid(snapshot: Snapshot, rawPhrase: string, options: RankOptions = DEFAULT_RANK_OPTIONS): Promise<WhoSaidAnswer> {
  const phrase = checkQuestion(rawPhrase, 'phrase');
  const terms = termsWithin(tokensOf(phrase));
  const coverage = phraseCoverage(snapshot, phrase, terms);
  const words = searchableWords(snapshot, phrase, options);
  const passages = await snapshot.search.quotedPassages({ words, limit: WHOSAID_PASSAGES });
  const scored = quotesWithin(snapshot, passages)
    .map((id) => ({ quote: snapshot.quotes[id]!, score: coverage(quoteText(snapshot.articles, snapshot.quotes[id]!)) }))
    .filter((s) => s.score >= FOUND)
    .sort((a, b) => b.score - a.score || byDateDescending(snapshot, a.quote, b.quote));
  // Who said the words as written, when anybody did; else who said most of them.
  const verbatim = scored.some((s) => s.score === VERBATIM);
  const seen = new Set<string>();
  const quotes = scored.filter(({ quote, score }) => {
    if (verbatim && score !== VERBATIM) return false;
    const key = fold(quoteText(snapshot.articles, quote));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const narrative = quotes.length > 0 ? [] : await passagesHolding(snapshot, words, coverage);
  return { phrase, quotes: quotes.slice(0, WHOSAID_RESULTS).map((s) => s.quote), verbatim, narrative, terms };
}

/** The phrase's words that a search reads: the rarest first, within the search budget. */
function searchableWords(snapshot: Snapshot, phrase: string, options: RankOptions): string {
  const cost = (word: string) => snapshot.terms.postings(indexTerm(word) ?? '');
  return withinBudget(
    [...wordsByTerm(phrase).values()].sort((a, b) => cost(a) - cost(b)),
    cost,
    options,
  ).join(' ');
}

async function passagesHolding(snapshot: Snapshot, words: string, coverage: (text: string) => number): Promise<number[]> {
  return (await snapshot.search.passages({ words, limit: NARRATIVE_PASSAGES }))
    .filter((id) => coverage(passageText(snapshot.articles, snapshot.passages[id]!)) >= FOUND)
    .slice(0, 3);
}

/** The quotations (by id) that overlap the given passages, in the passages' order, each once. */
function quotesWithin(snapshot: Snapshot, passageIds: readonly number[]): number[] {
  const found = new Set<number>();
  for (const id of passageIds) for (const quoteId of quotesInPassage(snapshot.quotes, snapshot.passages[id]!)) found.add(quoteId);
  return [...found];
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
  /** For a speaker the text named by surname alone, the people quoted by their full names who share it. */
  namesakes: Speaker[];
}

/** A speaker's quotations: newest first, or by relevance to a topic; within dates when given. */
export async function speakerQuotes(snapshot: Snapshot, request: SpeakerQuotesRequest): Promise<SpeakerQuotes> {
  const speaker = resolveSpeaker(snapshot, request.speaker);
  const namesakes = namesakesOf(snapshot, speaker);
  const filters = parseFilters(request);
  const about = request.about?.trim() ? checkQuestion(request.about, 'about') : null;
  const found = (await snapshot.search.quotesOf(speakerKey(speaker.name))).filter((id) =>
    matchesFilters(snapshot.articles[snapshot.quotes[id]!.article]!, filters),
  );
  const nested = nestedQuotes(found.map((id) => snapshot.quotes[id]!));
  const ids = found.filter((id) => !nested.has(snapshot.quotes[id]!));
  if (about) {
    const terms = termsWithin(tokensOf(about));
    const coverage = phraseCoverage(snapshot, about, terms);
    const scored = ids.map((id) => ({ id, score: topicScore(snapshot, snapshot.quotes[id]!, coverage) })).filter((s) => s.score > 0);
    scored.sort((a, b) => b.score - a.score || byDateDescending(snapshot, snapshot.quotes[a.id]!, snapshot.quotes[b.id]!));
    return { speaker, about, filters, quotes: scored.map((s) => s.id), terms, namesakes };
  }
  ids.sort((a, b) => byDateDescending(snapshot, snapshot.quotes[a]!, snapshot.quotes[b]!) || a - b);
  return { speaker, about: null, filters, quotes: ids, terms: new Set(), namesakes };
}

/**
 * `Baker`, as stories named someone they gave no first name, stays apart from James Baker and Howard Baker
 * (the directory does not guess which): whoever asks for `Baker` should hear of them too.
 */
function namesakesOf(snapshot: Snapshot, speaker: Speaker): Speaker[] {
  // A single word is a surname or a body's name alike: the text gave no more to tell.
  if (speaker.type === 'unnamed' || /\s/.test(speaker.name)) return [];
  const surname = speakerKey(speaker.name);
  return snapshot.speakers
    .ranked(speaker.name)
    .filter((other) => other.type === 'person' && speakerKey(other.name) !== surname && speakerKey(surnameOf(other.name)) === surname)
    .slice(0, SUGGESTED_SPEAKERS);
}

/**
 * How much a topic holds to a quotation: its own words first, then the sentence it stands in and then its
 * paragraph, counting less the further they are (“the scale of that disaster…” in the sentence naming Libya).
 */
const TOPIC_CONTEXT = { sentence: 0.75, paragraph: 0.5 };

function topicScore(snapshot: Snapshot, quote: StoredQuote, coverage: (text: string) => number): number {
  const own = coverage(quoteText(snapshot.articles, quote));
  if (own > 0) return own;
  const paragraph = snapshot.articles[quote.article]!.paragraphs[quote.paragraph]!;
  const sentence = sentenceAround(snapshot.sentences[quote.article]?.[quote.paragraph] ?? [], quote);
  return Math.max(
    TOPIC_CONTEXT.sentence * coverage(paragraph.slice(sentence.start, sentence.end)),
    TOPIC_CONTEXT.paragraph * coverage(paragraph),
  );
}

/** The sentences a quotation touches, as one span of its paragraph. */
function sentenceAround(bounds: readonly number[], quote: StoredQuote): { start: number; end: number } {
  let start = quote.start;
  let end = quote.end;
  for (const span of spansOf(bounds)) {
    if (span.end > quote.start && span.start < quote.end) {
      start = Math.min(start, span.start);
      end = Math.max(end, span.end);
    }
  }
  return { start, end };
}

const SUGGESTED_SPEAKERS = 5;

/** The speaker a name means; an InputError names the candidates when it is unclear or unknown. */
export function resolveSpeaker(snapshot: Snapshot, name: string): Speaker {
  const wanted = name.trim();
  if (!wanted) throw new InputError('speaker: empty (give a name, e.g. "Zakharova")');
  const found = snapshot.speakers.find(wanted);
  if (found.length === 1 || (found.length > 1 && speakerKey(found[0]!.name) === speakerKey(wanted))) return found[0]!;
  if (found.length > 1) {
    throw new InputError(
      `speaker: "${wanted}" could be ${found
        .slice(0, SUGGESTED_SPEAKERS)
        .map((s) => s.name)
        .join(', ')}; give the full name`,
    );
  }
  const close = snapshot.speakers
    .ranked(wanted.slice(0, 3))
    .slice(0, SUGGESTED_SPEAKERS)
    .map((s) => s.name);
  throw new InputError(
    `speaker: nobody named "${wanted}" is quoted in the archive${close.length ? ` (did you mean ${close.join(', ')}?)` : ''}`,
  );
}

function byDateDescending(snapshot: Snapshot, a: StoredQuote, b: StoredQuote): number {
  const dateA = snapshot.articles[a.article]!.date;
  const dateB = snapshot.articles[b.article]!.date;
  return (dateB ? dayOf(dateB) : '').localeCompare(dateA ? dayOf(dateA) : '');
}

function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”"«»]/g, '"')
    .replace(/[‘’`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
