import { escapeRegExp } from '../../text/regexp.ts';
import { type Token, startsCapitalized, tokensOf } from '../../text/tokens.ts';
import { isAcronym } from '../../text/acronyms.ts';
import { NOMINAL_TAGS, type TaggedWord } from '../../text/nlp.ts';
import { tagQuestion } from '../../text/question-tags.ts';
import { indexTerm } from '../../text/terms.ts';
import {
  COUNTRY_INITIALS,
  MONTHS,
  MONTH_ABBREVIATIONS,
  PERSON_ROLES,
  WEEKDAYS,
  alternation,
  isHonorific,
  words,
} from '../../text/lexicon.ts';
import { parseDateBound } from './filters.ts';
import type { Filters } from '../../model/filters.ts';

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
  /** For a word of a name of several words, the name in lower case (`kuala lumpur`): its words name one thing. */
  name?: string;
}

export interface Question {
  text: string;
  /** Its words with their lemmas and parts of speech, tagged once for all that reads them. */
  words: readonly TaggedWord[];
  kind: QuestionKind;
  terms: QueryTerm[];
  /** Filters the question states itself ("in 1987", "TASS"). */
  filters: Filters;
  /** Words added to the search for paraphrases: lemmas and synonyms of the question's words. */
  expansions: string[];
  /** A month the question names without its year ("in February"), 1–12: a hint of when, not a filter. */
  month: number | null;
  /** It asks about what is still to come ("when will …", "when is it due", "what is expected"). */
  ahead: boolean;
  /** It asks how long something lasts ("how long were the credit lines extended?"): a span of time, not a date. */
  lasting: boolean;
}

/** "in March 1987", "in early april 1987", "during feb. 1987": a month of a year. */
const IN_MONTH_YEAR = new RegExp(
  `\\b(?:in|during)\\s+(?:(?:early|mid|late)[-\\s]+)?(${alternation([...MONTHS, ...MONTH_ABBREVIATIONS])})\\.?\\s+(\\d{4})\\b`,
  'i',
);
const IN_YEAR = /\b(?:in|during)\s+(\d{4})\b/i;
/** Words a month follows: `in may`, `since March`, `early april`. */
const BEFORE_A_MONTH = words('in for since by until till during from to of early late mid last next this before after');
/** "in February", "for march", "early may": a month without its year. */
const IN_MONTH = new RegExp(
  `\\b(?:${alternation(BEFORE_A_MONTH)})[-\\s]+(${alternation([...MONTHS, ...MONTH_ABBREVIATIONS])})\\b(?!\\.?\\s+\\d)`,
  'i',
);

/** The nouns that make "which / what <noun>" ask for someone: a person, a body, a country. */
const ANSWERING_ROLES =
  'minister|official|leader|president|spokes\\w*|person|people|company|firm|bank|union|agency|diplomat|analyst|economist|banker|investor|trader|dealer|executive|chairman|group|country|nation';
/**
 * Up to two words describing the role ("which *Soviet* official"), none of them the auxiliary of "what did …"
 * or a preposition ("what share *of* bank lending").
 */
const DESCRIBING_WORDS =
  "(?:(?!(?:did|does|do|has|have|had|is|are|was|were|will|would|can|could|of|in|on|at|for|to|by|from|about)\\b)[\\w'-]+\\s+){0,2}?";
const WHICH_ROLE = `\\b(which|what)\\s+${DESCRIBING_WORDS}(${ANSWERING_ROLES})\\b|\\bwhich\\s+${DESCRIBING_WORDS}(${alternation([...PERSON_ROLES])})\\b`;

/** What may stand between `what` and the noun it asks about: `what's the new target date`, `what was the share`. */
const IS_THE = String.raw`(?:'s|\s+(?:is|was|are|were))?\s+(?:the\s+)?`;

/** "What drove …", "what made …", "what reason …": the word after `what` asks for a cause, as `why` does, and no passage needs it. */
const ASKING_CAUSE = /\bwhat\s+(reason|caused|prompted|led|drove|made|explains|motivated|triggered|sparked)\b/i;

/** "How long …", "for how many days …": the span of time asked for. */
const LASTING = /\bhow\s+long\b|\bfor\s+how\s+many\s+(?:hours|days|weeks|months|years)\b/i;

/** The words of a question about what is still to come: "when will …", "when is it due", "what is expected"; not `would-be`, which names someone now. */
const AHEAD = /\b(?:will|won't|'ll|would(?!-be)|going to|due|expected|scheduled|next|soon)\b/i;

const KIND_PATTERNS: [QuestionKind, RegExp][] = [
  ['who', new RegExp(`^\\s*(who|whom|whose)\\b|\\b(according\\s+to|by|from)\\s+whom\\b|^\\s*says\\s+who\\b|${WHICH_ROLE}`, 'i')],
  ['said', /\bwhat\s+(?:else\s+)?(did|does|do|has|have|had|will|would)\b[^?]{0,80}?\b(say|call|describe|tell|claim|warn|predict|argue)\b/i],
  [
    'when',
    new RegExp(
      String.raw`^\s*when\b|\bwhen\s+(is|are|was|were|will|would|did|does|do|has|have|had|can|could)\b|\b(what|which)${IS_THE}(\w+\s+){0,2}?(year|date|day|month|time)\b|\b(?:until|by|since)\s+when\b|\bhow\s+(long|soon)\b`,
      'i',
    ),
  ],
  [
    'amount',
    // A query of keywords that ends on what it measures ("siemens order size", "incinerator cost") asks for an amount too.
    new RegExp(
      String.raw`\bhow\s+(much|many|big|large|far|steeply|sharply|fast|high|heavily)\b|\bwhat${IS_THE}(share|percentage|proportion|amount|price|rate|majority|margin|volume|level|eps)\b|\b(cost|size|price|value|amount|total|eps)\s*\??\s*$`,
      'i',
    ),
  ],
  ['why', new RegExp(String.raw`^\s*why\b|${ASKING_CAUSE.source}|\b(for\s+what\s+reason|on\s+what\s+grounds|how\s+come)\b`, 'i')],
];

export function questionKind(text: string): QuestionKind {
  return KIND_PATTERNS.find(([, pattern]) => pattern.test(text))?.[0] ?? 'general';
}

/**
 * Filters a question states: a year or month ("in 1987", "in March 1987"), and a source the archive has
 * ("TASS"). A month runs on to the end of the next: what happened in February (prices, trade, output) is
 * often reported in March.
 */
export function filtersInQuestion(text: string, knownSources: readonly string[]): Filters {
  const filters: Filters = {};
  const monthYear = monthMention(text);
  const year = monthYear ? null : IN_YEAR.exec(text);
  if (monthYear) {
    const month = monthNumber(monthYear[1]!);
    const ofYear = Number(monthYear[2]);
    filters.from = parseDateBound('question', `${ofYear}-${month}`, 'from');
    filters.to = parseDateBound('question', month === 12 ? `${ofYear + 1}-1` : `${ofYear}-${month + 1}`, 'to');
  } else if (year) {
    filters.from = parseDateBound('question', year[1]!, 'from');
    filters.to = parseDateBound('question', year[1]!, 'to');
  }
  const source = knownSources.find((name) => name.length > 1 && sourceMention(name, text).test(text));
  if (source) filters.source = source;
  return filters;
}

/** A month's number, 1–12, from its name or abbreviation. */
function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  return MONTHS.findIndex((month) => month.startsWith(lower.slice(0, 3))) + 1;
}

/**
 * Words that ask rather than say, which the stop-word list misses: question words (the question kind
 * takes what they mean), auxiliaries (`When will…`, `Does…`) and `else` (`what else did they say?`). No passage needs them.
 */
const QUESTION_WORDS = new Set(['why', 'when', 'whom', 'whose', 'whatever', 'whichever', 'does', 'will', 'shall', 'may', 'else']);

/** Whether `may` in a question is the month (`in may`, `May 5`, `rates in May` as written), not the verb. */
function namesMay(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.text.toLowerCase() !== 'may') return false;
  const before = tokens[i - 1]?.text.toLowerCase() ?? '';
  return BEFORE_A_MONTH.includes(before) || /^\d/.test(tokens[i + 1]?.text ?? '') || (i > 0 && token.text === 'May');
}

/** Words that name whom a question takes its facts from rather than what it asks: `according to`, `per`. */
const SOURCE_WORDS = new Set(['according', 'per']);
/** What `per` is followed by when it means "according to" (`per the ministry`, `per an analyst`), not a rate (`per share`). */
const BEFORE_A_SOURCE = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their']);

/**
 * Whether a word of the question only introduces its source: `according to the French premier`, `per the
 * finance ministry`, `per Putin`; no passage needs it, and `accord` is another word (`the Louvre Accord`).
 */
function introducesSource(tokens: readonly Token[], i: number, isName: (words: string) => boolean): boolean {
  const word = tokens[i]!.text.toLowerCase();
  const next = tokens[i + 1]?.text ?? '';
  if (!SOURCE_WORDS.has(word)) return false;
  if (word === 'according') return next.toLowerCase() === 'to';
  return BEFORE_A_SOURCE.has(next.toLowerCase()) || startsCapitalized(next) || isName(next.toLowerCase());
}

/**
 * The query terms of a question: its content words, names and numbers marked exact. In a question typed
 * without capitals, `isName` tells the names (`japan`, `caesars world`) by how the archive writes them; it
 * tells too whether a first word, capitalised wherever it is a name or not, is one (`Zimbabwe beef exports`).
 */
export function queryTerms(text: string, isName: (words: string) => boolean = () => false): QueryTerm[] {
  const terms = new Map<string, QueryTerm>();
  const tokens = tokensOf(text);
  const lowerCase = !hasCapitalsAfterFirstWord(text);
  tokens.forEach((token, i) => {
    const month = namesMay(tokens, i);
    if (!token.term || terms.has(token.term) || (QUESTION_WORDS.has(token.text.toLowerCase()) && !month)) return;
    // `Mr`, `Dr` before a name: a courtesy, which many archives (wire copy) never write.
    if (isHonorific(token.text) && startsCapitalized(tokens[i + 1]?.text ?? '')) return;
    if (introducesSource(tokens, i, isName)) return;
    const capitalized = startsCapitalized(token.text) && (i > 0 || /^\p{Lu}{2,}/u.test(token.text));
    const exact = capitalized || /\d/.test(token.text) || ((lowerCase || i === 0) && isName(token.text.toLowerCase())) || month;
    terms.set(token.term, { term: token.term, weight: 1, exact, ...(isAcronym(token.text) ? { acronym: token.text } : {}) });
  });
  if (lowerCase) markNamePhrases(text, tokens, terms, isName);
  markNamesOfSeveralWords(text, tokens, terms);
  return [...terms.values()];
}

const CALENDAR_WORDS: ReadonlySet<string> = new Set([...MONTHS, ...MONTH_ABBREVIATIONS, ...WEEKDAYS]);

/** Two words with only white space between them, as the words of one name stand: not `Tokyo, Japan`. */
function sideBySide(text: string, first: Token, second: Token): boolean {
  return !/\S/.test(text.slice(first.end, second.start));
}

/** Marks the words of each name written as several words side by side (`Kuala Lumpur`) with the name, in lower case. */
function markNamesOfSeveralWords(text: string, tokens: readonly Token[], terms: Map<string, QueryTerm>): void {
  const isNameWord = (token: Token) => {
    const term = token.term ? terms.get(token.term) : undefined;
    return term?.exact === true && !/\d/.test(token.text) && !CALENDAR_WORDS.has(token.text.toLowerCase());
  };
  let run: Token[] = [];
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    const joined = next !== undefined && isNameWord(token) && isNameWord(next) && sideBySide(text, token, next);
    if (joined || run.length > 0) run.push(token);
    if (joined) return;
    const name = run.map((word) => word.text.toLowerCase()).join(' ');
    for (const word of run) terms.set(word.term!, { ...terms.get(word.term!)!, name });
    run = [];
  });
}

/** Marks as names two words side by side that the archive writes as a name (`caesars world`), in a question typed in lower case. */
function markNamePhrases(text: string, tokens: readonly Token[], terms: Map<string, QueryTerm>, isName: (words: string) => boolean): void {
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    if (!next || !token.term || !next.term || !sideBySide(text, token, next)) return;
    if (!isName(`${token.text.toLowerCase()} ${next.text.toLowerCase()}`)) return;
    for (const word of [token, next]) {
      const own = terms.get(word.term!);
      if (own) terms.set(own.term, { ...own, exact: true });
    }
  });
}

export function parseQuestion(text: string, knownSources: readonly string[], isName?: (words: string) => boolean): Question {
  const kind = questionKind(text);
  const words = tagQuestion(text);
  const answerType = new Set(kind === 'who' ? answerTypeTerms(words) : []);
  const measures = measureWords(words);
  const askingCause = kind === 'why' ? indexTerm(ASKING_CAUSE.exec(text)?.[1] ?? '') : null;
  // A reporting verb asks for attributed speech ("what did X say about Y", "who said …") or names a source ("…, says X"):
  // the kind looks for speech, and nearly every passage of news holds the word.
  const terms = queryTerms(text, isName)
    .map((t) => countryForInitials(t, words, text))
    .filter((t) => !REPORTING.has(t.term))
    .filter((t) => t.term !== askingCause)
    .filter((t) => !measures.has(t.term))
    .map((t) => (answerType.has(t.term) ? { ...t, answerType: true as const } : t));
  const month = IN_MONTH.exec(text);
  return {
    text,
    words,
    kind,
    terms,
    filters: filtersInQuestion(text, knownSources),
    expansions: [],
    month: month ? monthNumber(month[1]!) : null,
    ahead: AHEAD.test(text),
    lasting: LASTING.test(text),
  };
}

/** The parts of speech of a word that a country's initials may describe: `us car sales`, `us corporate profits`. */
const DESCRIBED = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * In a question typed in lower case, `us` is the country where it describes the word after it (`us car
 * sales`) or follows `the` (`what did the us say`); elsewhere it is the pronoun (`tell us about …`).
 */
function countryForInitials(term: QueryTerm, words: readonly TaggedWord[], text: string): QueryTerm {
  if (hasCapitalsAfterFirstWord(text)) return term;
  const at = words.findIndex((w) => indexTerm(w.text) === term.term && COUNTRY_INITIALS.has(w.text.toUpperCase()));
  if (at === -1) return term;
  const describes = DESCRIBED.has(words[at + 1]?.pos ?? '') || words[at - 1]?.text.toLowerCase() === 'the';
  return describes ? { ...term, term: indexTerm(words[at]!.text.toUpperCase())!, exact: true } : term;
}

/**
 * The word after `how` that says what is measured (`how fast`, `how big`, `how steeply`, `how soon`): the kind
 * of answer asked for, a number or a time, which the answer gives in figures rather than in that word.
 */
function measureWords(words: readonly TaggedWord[]): Set<string> {
  return new Set(
    words.flatMap((w, i) =>
      i > 0 && /^how$/i.test(words[i - 1]!.text) && (w.pos === 'ADJ' || w.pos === 'ADV') ? (indexTerm(w.text) ?? []) : [],
    ),
  );
}

const REPORTING = new Set(['say', 'says', 'said', 'tell', 'tells', 'told'].flatMap((word) => indexTerm(word) ?? []));

/** The terms of the words after `which` / `what` that say what kind of answer is asked for: "Which union leader …". */
function answerTypeTerms(words: readonly TaggedWord[]): string[] {
  const at = words.findIndex((w, i) => /^(which|what)$/i.test(w.text) && (w.pos === 'DET' || determinesNext(w, words[i + 1])));
  if (at === -1) return [];
  const end = words.findIndex((w, i) => i > at && !NOMINAL_TAGS.has(w.pos));
  return words.slice(at + 1, end === -1 ? undefined : end).flatMap((w) => indexTerm(w.text) ?? []);
}

/** `Which` before a noun is its determiner, where a tagger may read a pronoun (`Which GM Canada union local…`). */
function determinesNext(word: TaggedWord, next: TaggedWord | undefined): boolean {
  return /^which$/i.test(word.text) && next !== undefined && NOMINAL_TAGS.has(next.pos);
}

/** Whether a question is typed with its capitals: any word after the first begins with one. */
export function hasCapitalsAfterFirstWord(text: string): boolean {
  return tokensOf(text).some((token, i) => i > 0 && startsCapitalized(token.text));
}

/** Where a question states the month it asks about ("in March 1987"), or null. */
export function monthMention(text: string): RegExpExecArray | null {
  return IN_MONTH_YEAR.exec(text);
}

/**
 * Where a question names a source: as written, or in any case in a question typed in lower case
 * (`what did tass report …`). Global, to take every mention out of the words searched.
 */
export function sourceMention(source: string, text: string): RegExp {
  return new RegExp(`\\b${escapeRegExp(source)}\\b`, hasCapitalsAfterFirstWord(text) ? 'g' : 'gi');
}
