import { type Token, capitalized } from '../../text/tokens.ts';
import { indexTerm } from '../../text/terms.ts';
import { spelledOut } from '../../text/acronyms.ts';
import type { QueryTerm, QuestionKind } from '../question/parse.ts';
import type { TermStatistics } from '../../model/snapshot.ts';
import { CALENDAR_PERIODS, MONTHS, MONTH_ABBREVIATIONS, SPEECH_VERB, WEEKDAYS, alternation } from '../../text/lexicon.ts';

/** How strongly a span of text (a sentence, a passage) answers the question's terms. */
export interface SpanEvidence {
  /** idf-weighted share of the user's words found in the span, each by the best of its forms there, 0..1. */
  coverage: number;
  /** 1 when the matched words sit together, falling towards 0 as they spread out. */
  proximity: number;
  /** Share of the question's names and numbers found, as written or in another of their forms. */
  exact: number;
  /** Whether the span holds what the question kind asks for (a speaker, a date, an amount). */
  fitsKind: boolean;
  /** Share of the question's names and numbers found in whoever the span quotes (its speaker's name and role). */
  bySpeaker: number;
  /** Whether the span names a day, month or year, not only a period ("years", "this week"). */
  datesExactly: boolean;
  /** Whether the span gives a span of time: a number of hours, days, weeks, months or years (`by 90 days`, `a 10-year plan`). */
  namesDuration: boolean;
  /** Whether the span speaks of what is still to come (`will`, `would`, `is scheduled`, `due to`). */
  speaksAhead: boolean;
  /** The distinct query terms matched. */
  matched: Set<string>;
}

export class QueryWeights {
  readonly total: number;
  private readonly weights = new Map<string, number>();
  /** An expansion → the user's word it stands for (`finnish` → `finland`). */
  private readonly expanded = new Map<string, string>();
  private readonly exact: ReadonlySet<string>;
  /** The question's names: its exact terms but numbers and dates (`Japan`, not `February` or `1987`). */
  private readonly names: ReadonlySet<string>;
  /** Words of the kind of answer asked for ("Which *union leader* …"). */
  private readonly answerType: ReadonlySet<string>;
  /** The question's acronyms by their letters (`GM` → `gm`), for names that spell them out. */
  private readonly acronyms = new Map<string, string>();

  constructor(
    readonly terms: readonly QueryTerm[],
    stats: TermStatistics,
    nameWords: number,
  ) {
    // Squared idf: a rare name in the question (a drug, a ticker, a minister) must outweigh two common words.
    // An expansion never counts for more than the word it stands for, however rare it is.
    for (const { term, weight, expands } of terms) {
      const idf = expands === undefined ? stats.idf(term) : Math.min(stats.idf(term), stats.idf(expands));
      this.weights.set(term, weight * idf ** 2);
    }
    this.weighNamesAsOne(terms, nameWords);
    this.total = terms.filter((t) => t.weight >= 1).reduce((sum, t) => sum + this.weights.get(t.term)!, 0);
    this.exact = new Set(terms.filter((t) => t.exact).map((t) => t.term));
    this.names = new Set([...this.exact].filter((term) => !/\d/.test(term) && !CALENDAR_TERMS.has(term)));
    for (const { term, expands } of terms) if (expands !== undefined) this.expanded.set(term, expands);
    for (const { term, acronym } of terms) if (acronym !== undefined) this.acronyms.set(acronym, term);
    this.answerType = new Set(terms.filter((t) => t.answerType).map((t) => t.term));
  }

  /**
   * The words of a name of several words name one thing: they count as its rarest word, and the others only
   * in part (`nameWords`), shared among them by rarity. Counted in full, `Kuala Lumpur` would outweigh every other
   * word of the question put together.
   */
  private weighNamesAsOne(terms: readonly QueryTerm[], nameWords: number): void {
    const byName = new Map<string, string[]>();
    for (const { term, name } of terms) if (name !== undefined) byName.set(name, [...(byName.get(name) ?? []), term]);
    for (const words of byName.values()) {
      const weights = words.map((word) => this.weights.get(word)!);
      const sum = weights.reduce((total, w) => total + w, 0);
      const rarest = Math.max(...weights);
      const share = (rarest + nameWords * (sum - rarest)) / sum;
      for (const word of words) this.weights.set(word, this.weights.get(word)! * share);
    }
  }

  /** Whether a span names the kind of answer asked for in one of its forms, or the question names none. */
  namesAnswerType(matched: Iterable<string>): boolean {
    if (this.answerType.size === 0) return true;
    return [...this.wordsAnswered(matched).keys()].some((word) => this.answerType.has(word));
  }

  /** The question's acronyms that a span spells out (`General Motors` for `GM`), as their terms. */
  acronymsSpelledOut(tokens: readonly Token[]): string[] {
    return [...spelledOut(tokens, this.acronyms)].map((letters) => this.acronyms.get(letters)!);
  }

  /** Share of the question's names and numbers a span holds, a name in another of its forms included (`Finnish elections`). */
  exactShare(matched: ReadonlySet<string>): number {
    return this.shareOf(this.exact, matched);
  }

  /** Share of the question's names alone, not its numbers and dates, that a set of terms holds in any of their forms. */
  nameShare(matched: ReadonlySet<string>): number {
    return this.shareOf(this.names, matched);
  }

  private shareOf(wanted: ReadonlySet<string>, matched: ReadonlySet<string>): number {
    if (wanted.size === 0) return 0;
    const found = new Set<string>();
    // A name's other forms (`finnish` for `finland`) count as the name.
    for (const term of matched) {
      const word = this.expanded.get(term) ?? term;
      if (wanted.has(word)) found.add(word);
    }
    return found.size / wanted.size;
  }

  /**
   * The weight of each of the user's words a set of terms answers, by the best of its forms found:
   * `members` and its synonym `associates` together answer `members` once.
   */
  wordsAnswered(matched: Iterable<string>): Map<string, number> {
    const answered = new Map<string, number>();
    for (const term of matched) {
      const word = this.expanded.get(term) ?? term;
      answered.set(word, Math.max(answered.get(word) ?? 0, this.weightOf(term)));
    }
    return answered;
  }

  weightOf(term: string): number {
    return this.weights.get(term) ?? 0;
  }
}

const CALENDAR_TERMS: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS].flatMap((word) => indexTerm(word) ?? []));

const ATTRIBUTION = new RegExp(`\\b${SPEECH_VERB}\\b`, 'i');
const UNITS =
  'pct|percent|per cent|mln|million|billion|bln|trillion|dlrs?|dollars|stg|yen|marks|francs|roubles|rubles|euros?|tonnes|tons|barrels|bags|shares|seats|votes|points|cubic|kilos|units|kg|kilograms?|km|kilometres?|kilometers?|miles|metres?|meters?|feet|pounds|ounces|gallons|acres|hectares|megawatts|mw';
const MONTH_NAMES = alternation([...MONTHS, ...MONTH_ABBREVIATIONS]);
const DATE_WORDS = new RegExp(
  `\\b(?:${MONTH_NAMES}|${alternation(WEEKDAYS)}|today|tomorrow|yesterday|(?:${alternation(CALENDAR_PERIODS)})s?|(?:19|20)\\d\\d|\\d+[- ](?:days?|hours?))\\b`,
  'i',
);
/**
 * A month, a day of the week or a year: a date, where `year`, `week` or `today` are periods. Months and days
 * as news writes them, capitalised, so that the verb `may` is no month.
 */
const EXACT_DATE = new RegExp(
  `\\b(?:${alternation([...MONTHS, ...MONTH_ABBREVIATIONS, ...WEEKDAYS].map(capitalized))}|(?:19|20)\\d\\d)\\b`,
);
const DURATION =
  /\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)[- ](?:hours?|days?|weeks?|months?|years?|decades?)\b/i;
/** A quantity: a number with a unit, a currency or a scale (`30m`, `1.2bn`), a large or decimal number, a count of things, or a multiple. Years and days of the month are not amounts. */
const AMOUNT = new RegExp(
  [
    `\\d[\\d,.]*(?:\\s*|-)(?:%|(?:${UNITS})\\b)`,
    // Millions and billions as the British press abbreviates them: `30m euros`, `1.2bn yen`.
    '\\b\\d+(?:\\.\\d+)?(?:bn|mn|m)\\b',
    '[$£€]\\s?\\d',
    '\\b\\d{1,3}(?:,\\d{3})+\\b',
    '\\b\\d+\\.\\d+\\b',
    `\\b(?!(?:1[89]|20)\\d\\d\\b)\\d+\\s+(?!(?:${MONTH_NAMES})\\b)[a-z]`,
    '\\b(?:doubled|tripled|halved|quadrupled|dozens|hundreds|thousands|millions|billions)\\b',
  ].join('|'),
  'i',
);

/** What is still to come, as news speaks of it: `will open`, `would cut`, `remains scheduled`, `is due to`, `next week`; not `a would-be buyer`. */
const AHEAD = /\b(?:will|won't|'ll|would(?!-be)|shall|scheduled|due to|expected to|set to|next)\b/i;

/** An adverb that may sit inside a connective of cause: `due largely to`, `caused mainly by`, `stemmed partly from`. */
const DEGREE = String.raw`(?:\w+ly )?`;
const SCHEDULED_ACTS = 'be|start|begin|open|close|end|meet|take|come|expire|mature|arrive|leave|visit|hold|sign|report|resume';
/**
 * A reason or a purpose given: the words a `why` question's answer turns on; not `due to` of a schedule (`due to open`).
 * Beside the connectives of cause, those news writes of what set something off (`prompted`, `spurred`, `amid`) and
 * of the fear, hope or expectation a market moves on (`sterling rose on hopes of …`).
 */
const REASON_WORDS = [
  'because',
  'reflect(?:s|ed|ing)?',
  String.raw`due ${DEGREE}to(?! (?:${SCHEDULED_ACTS})\b)`,
  `(?:owing|thanks) ${DEGREE}to`,
  'as a result of',
  `(?:result(?:ed|ing)|stemm(?:ed|ing)) ${DEGREE}from`,
  'in order to|so as to|so that|aimed at|designed to|intended to|in response to',
  `caused ${DEGREE}by`,
  'causing',
  String.raw`attribut(?:ed|es|ing) (?:[\w'’-]+ ){0,6}?to`,
  'blamed|reasons?',
  String.raw`justif\w*`,
  'on the grounds|citing',
  'prompted|spurred|triggered|fuell?ed by|led to|amid|in the wake of|in view of',
  'on (?:fears?|hopes?|concerns?|worries|expectations?)',
];
const REASON = new RegExp(String.raw`\b(${REASON_WORDS.join('|')})\b`, 'i');

const KIND_TESTS: Record<QuestionKind, ((text: string) => boolean) | null> = {
  who: (text) => ATTRIBUTION.test(text),
  said: (text) => ATTRIBUTION.test(text),
  when: (text) => DATE_WORDS.test(text),
  amount: (text) => AMOUNT.test(text),
  why: (text) => REASON.test(text),
  general: null,
};

/**
 * Measures a span's evidence from its tokens (already mapped to index terms), the terms naming whoever
 * it quotes and the terms of the names its acronyms stand for, which count as if written in it.
 */
export function spanEvidence(
  text: string,
  tokens: readonly Token[],
  weights: QueryWeights,
  kind: QuestionKind,
  speaker: ReadonlySet<string> = new Set(),
  named: ReadonlySet<string> = new Set(),
): SpanEvidence {
  const written = new Set<string>();
  const positions: number[] = [];
  tokens.forEach((token, i) => {
    if (!token.term || weights.weightOf(token.term) === 0) return;
    positions.push(i);
    written.add(token.term);
  });
  const bySpeaker = new Set([...speaker].filter((term) => weights.weightOf(term) > 0));
  const byAcronym = [...named].filter((term) => weights.weightOf(term) > 0);
  const matched = new Set([...written, ...bySpeaker, ...byAcronym, ...weights.acronymsSpelledOut(tokens)]);
  let covered = 0;
  for (const weight of weights.wordsAnswered(matched).values()) covered += weight;
  const test = KIND_TESTS[kind];
  return {
    coverage: weights.total > 0 ? Math.min(1, covered / weights.total) : 0,
    proximity: proximityOf(positions, tokens, written.size),
    exact: weights.exactShare(matched),
    fitsKind: test ? test(text) && (kind !== 'who' || weights.namesAnswerType(matched)) : false,
    bySpeaker: weights.exactShare(bySpeaker),
    datesExactly: EXACT_DATE.test(text),
    namesDuration: DURATION.test(text),
    speaksAhead: AHEAD.test(text),
    matched,
  };
}

/** The shortest window of tokens that holds every matched term, against the number of terms it holds. */
function proximityOf(positions: readonly number[], tokens: readonly Token[], distinct: number): number {
  if (distinct < 2) return distinct === 1 ? 0.5 : 0;
  const counts = new Map<string, number>();
  let best = Infinity;
  let left = 0;
  for (let right = 0; right < positions.length; right++) {
    const term = tokens[positions[right]!]!.term!;
    counts.set(term, (counts.get(term) ?? 0) + 1);
    while (counts.size === distinct) {
      best = Math.min(best, positions[right]! - positions[left]! + 1);
      const leftTerm = tokens[positions[left]!]!.term!;
      const count = counts.get(leftTerm)! - 1;
      if (count === 0) counts.delete(leftTerm);
      else counts.set(leftTerm, count);
      left += 1;
    }
  }
  return distinct / best;
}
