import { tokensOf } from '../nlp/tokens.ts';
import { isAcronym } from '../nlp/acronyms.ts';
import { type TaggedWord, tagWords } from '../nlp/nlp.ts';
import { indexTerm } from '../nlp/terms.ts';
import { nameSpellingOf, type PartOfSpeech, phrasalVerbSynonymsOf, relatedFormsOf, synonymsOf } from '../nlp/wordnet.ts';
import { irregularFormsOf } from '../nlp/inflections.ts';
import { type Filters, parseDateBound } from './filters.ts';

/** What kind of answer a question wants, which decides the evidence a sentence needs. */
export type QuestionKind = 'who' | 'said' | 'when' | 'amount' | 'why' | 'general';

export interface QueryTerm {
  term: string;
  /** 1 for the user's own words; less for expansions. */
  weight: number;
  /** A name or a number: matched as written, and worth more when it is. */
  exact: boolean;
  /** For an expansion, the user's term it stands for. */
  expands?: string;
  /** For an acronym (`GM`), its letters, which a name may spell out (`General Motors`). */
  acronym?: string;
  /** A word of the kind of answer asked for: `union`, `leader` in "Which union leader urged …". */
  answerType?: true;
}

export interface Question {
  text: string;
  kind: QuestionKind;
  terms: QueryTerm[];
  /** Filters the question states itself ("in 1987", "TASS"). */
  filters: Filters;
  /** Words added to the search for paraphrases: lemmas and synonyms of the question's words. */
  expansions: string[];
}

/** Expansions count for less than the user's own words: other forms of a word most, synonyms least. */
const LEMMA_WEIGHT = 0.8;
const RELATED_WEIGHT = 0.5;
const SYNONYM_WEIGHT = 0.3;
/** A phrasal verb's synonyms say what the user meant (`step down` → `resign`) better than its words' synonyms do. */
const PHRASAL_VERB_WEIGHT = 0.5;
/** The parts of speech of the word after a verb that may make a phrasal verb of it (`pay back`, `step down`). */
const PARTICLES = new Set(['ADP', 'PART', 'ADV']);

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const IN_MONTH_YEAR = new RegExp(`\\bin\\s+(${MONTHS.join('|')})\\s+(\\d{4})\\b`, 'i');
const IN_YEAR = /\b(?:in|during)\s+(\d{4})\b/i;

const KIND_PATTERNS: [QuestionKind, RegExp][] = [
  ['who', /^\s*(who|whom|whose)\b|\b(which|what)\s+(?:(?!(?:did|does|do|has|have|had|is|are|was|were|will|would|can|could)\b)[\w'-]+\s+){0,2}?(minister|official|leader|president|spokes\w*|person|people|company|union|agency|diplomat|analyst|executive|chairman|group|country)\b/i],
  ['said', /\bwhat\s+(did|does|do|has|have|had|will|would)\b[^?]{0,80}?\b(say|call|describe|tell|claim|warn|predict|argue)\b/i],
  ['when', /^\s*when\b|\b(what|which)\s+(year|date|day|month|time)\b|\buntil\s+when\b|\bby\s+when\b|\bhow\s+long\b/i],
  ['amount', /\bhow\s+(much|many|big|large|far)\b|\bwhat\s+(share|percentage|proportion|amount|price|rate|majority|volume|level)\b/i],
  ['why', /^\s*why\b|\bwhat\s+(reason|caused|prompted|led)\b|\bfor\s+what\s+reason\b/i],
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
  // A question typed in lower case names its source in lower case too (`what did tass report …`).
  const flags = hasCapitalsAfterFirstWord(text) ? '' : 'i';
  const source = knownSources.find((name) => name.length > 1 && new RegExp(`\\b${escapeRegExp(name)}\\b`, flags).test(text));
  if (source) filters.source = source;
  return filters;
}

/**
 * Words that ask rather than say, which the stop-word list misses: question words (the question kind
 * takes what they mean) and auxiliaries (`When will…`, `Does…`). No passage needs them.
 */
const QUESTION_WORDS = new Set(['why', 'when', 'whom', 'whose', 'whatever', 'whichever', 'does', 'will', 'shall', 'may']);

/** The query terms of a question: its content words, names and numbers marked exact. */
export function queryTerms(text: string): QueryTerm[] {
  const terms = new Map<string, QueryTerm>();
  const tokens = tokensOf(text);
  tokens.forEach((token, i) => {
    if (!token.term || terms.has(token.term) || QUESTION_WORDS.has(token.text.toLowerCase())) return;
    const capitalized = /^\p{Lu}/u.test(token.text) && (i > 0 || /^\p{Lu}{2,}/u.test(token.text));
    const exact = capitalized || /\d/.test(token.text);
    terms.set(token.term, { term: token.term, weight: 1, exact, ...(isAcronym(token.text) ? { acronym: token.text } : {}) });
  });
  return [...terms.values()];
}

export function parseQuestion(text: string, knownSources: readonly string[]): Question {
  const kind = questionKind(text);
  const answerType = new Set(kind === 'who' ? answerTypeTerms(text) : []);
  const terms = queryTerms(text).map((t) => (answerType.has(t.term) ? { ...t, answerType: true as const } : t));
  return { text, kind, terms, filters: filtersInQuestion(text, knownSources), expansions: [] };
}

const DESCRIBING = new Set(['ADJ', 'NOUN', 'PROPN']);

/** The terms of the words after `which` / `what` that say what kind of answer is asked for: "Which union leader …". */
function answerTypeTerms(text: string): string[] {
  const words = tagWords(text);
  const at = words.findIndex((w) => /^(which|what)$/i.test(w.text) && w.pos === 'DET');
  if (at === -1) return [];
  const end = words.findIndex((w, i) => i > at && !DESCRIBING.has(w.pos));
  return words.slice(at + 1, end === -1 ? undefined : end).flatMap((w) => indexTerm(w.text) ?? []);
}

const WORDNET_POS: Record<string, PartOfSpeech> = { NOUN: 'noun', PROPN: 'noun', VERB: 'verb', ADJ: 'adjective', ADV: 'adverb' };

/**
 * Adds other forms of the question's content words: lemmas and irregular forms (`bought` → `buy`,
 * `grow` → `grew`, `grown`), related forms (`Finland` → `Finnish`, `grow` → `growth`) and WordNet
 * synonyms of their most common senses (`topic` → `issue`, `pay back` → `repay`), weighted below the user's own words.
 * Names keep their related forms only: a synonym of a name is another name.
 */
export async function expandQuestion(question: Question): Promise<Question> {
  const terms = new Map(question.terms.map((t) => [t.term, t]));
  const expansions: string[] = [];
  // WordNet is read from disk: the words are looked up together, then added in the question's order.
  const tagged = tagWords(question.text);
  if (!hasCapitalsAfterFirstWord(question.text)) await markNamesWrittenInLowerCase(tagged, terms);
  const looked = await Promise.all(tagged.map((word, i) => formsOf(word, terms, tagged[i + 1])));
  for (const { own, forms } of looked.flatMap((found) => (found ? [found] : []))) {
    for (const [form, weight] of forms) {
      const term = indexTerm(form);
      if (!term || terms.has(term)) continue;
      terms.set(term, { term, weight, exact: false, expands: own.term });
      expansions.push(form);
    }
  }
  return { ...question, terms: [...terms.values()], expansions };
}

function hasCapitalsAfterFirstWord(text: string): boolean {
  return tokensOf(text).some((token, i) => i > 0 && /^\p{Lu}/u.test(token.text));
}

const MAY_BE_NAMES = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * A question typed in lower case (`what did putin say`) names people and places too, and its names
 * should count as names: WordNet tells which of its words are.
 */
async function markNamesWrittenInLowerCase(tagged: readonly TaggedWord[], terms: Map<string, QueryTerm>): Promise<void> {
  await Promise.all(
    tagged.map(async (word) => {
      const own = terms.get(indexTerm(word.text) ?? '');
      if (!own || own.exact || !MAY_BE_NAMES.has(word.pos) || !/^\p{L}+$/u.test(word.text)) return;
      const spelling = await nameSpellingOf(word.lemma.toLowerCase());
      if (spelling) terms.set(own.term, { ...own, exact: true, ...(isAcronym(spelling) ? { acronym: spelling } : {}) });
    }),
  );
}

/**
 * The other forms of one of the question's words, each with its weight; null for a word not searched.
 * A verb with the particle that follows it may be a phrasal verb, whose synonyms it takes too.
 */
async function formsOf(word: TaggedWord, terms: ReadonlyMap<string, QueryTerm>, next?: TaggedWord): Promise<{ own: QueryTerm; forms: [string, number][] } | null> {
  const pos = WORDNET_POS[word.pos];
  const own = terms.get(indexTerm(word.text) ?? '');
  if (!pos || !own || /\d/.test(word.text)) return null;
  const lemma = word.lemma.toLowerCase();
  const isName = own.exact;
  const isPhrasal = pos === 'verb' && next !== undefined && PARTICLES.has(next.pos);
  const [related, phrasal, synonyms] = await Promise.all([
    relatedFormsOf(lemma, pos),
    isPhrasal ? phrasalVerbSynonymsOf(lemma, next.text.toLowerCase()) : [],
    isName ? [] : synonymsOf(lemma, pos),
  ]);
  const forms: [string, number][] = [];
  if (!isName) {
    forms.push([lemma, LEMMA_WEIGHT]);
    if (pos === 'verb') for (const form of irregularFormsOf(lemma)) forms.push([form, LEMMA_WEIGHT]);
  }
  for (const form of related) forms.push([form, RELATED_WEIGHT]);
  for (const form of phrasal) forms.push([form, PHRASAL_VERB_WEIGHT]);
  for (const form of synonyms) forms.push([form, SYNONYM_WEIGHT]);
  return { own, forms };
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
