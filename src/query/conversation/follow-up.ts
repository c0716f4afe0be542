import { CALENDAR_PERIODS, MONTHS, alternation, words } from '../../text/lexicon.ts';
import { tokensOf } from '../../text/tokens.ts';
import type { Turn } from '../../model/conversation.ts';
import { questionKind } from '../question/parse.ts';
import { countsBack, periodBefore } from './relative-period.ts';

/**
 * How a message reads after an answer:
 * - `new`: it names its own subject, a question like any other;
 * - `date-shift` / `entity-shift`: the last question again, for another time or another name ("and in march?", "what about norway");
 * - `who`: who said what was just shown ("who said that?", "which governor?");
 * - `detail`: more of the story just shown ("why?", "when will it be delivered?", "how much did they pay back?");
 * - `more-like`: other reports on the same story ("any other reports on this?").
 */
export type FollowUpKind = 'new' | 'date-shift' | 'entity-shift' | 'who' | 'detail' | 'more-like';

export interface FollowUp {
  kind: FollowUpKind;
  /** The question as read: in full for a shift, the follow-up with its context for a detail. */
  understood: string;
  /** The words the follow-up itself asks (weighed above the context's). */
  own: string;
  /** The previous question's subject, which a detail or `who` follow-up is about. */
  context: string;
  /** The question that sets the subject from here on: the one read, unless it asks for a detail of the last. */
  topic: string;
  /** The name the topic is about when a shift named it. */
  subject: string | null;
  /** Whether it points back at what was said ("why so low?", "how much did they pay"): the story is the one just shown. */
  pointsBack: boolean;
}

const MONTH = alternation(MONTHS);
/** A period as people name it: `march`, `mid-march`, `late february 1987`, `the first quarter`, `1986/87`, `last year`. */
const PERIOD = `(?:(?:early|mid|late|end\\s+of)[-\\s]*)?(?:${MONTH})(?:\\s+\\d{1,2}(?!\\d))?(?:,?\\s+(?:19|20)\\d\\d)?|(?:the\\s+)?(?:first|second|third|fourth|last)\\s+quarter|(?:19|20)\\d\\d(?:/\\d{2,4})?|(?:last|this|next)\\s+(?:${alternation(CALENDAR_PERIODS)})`;
/** A period in a question, after the word that places it (`in`, `for`, `to`): a bare `may` is a verb as often as a month. */
const PERIOD_IN_QUESTION = new RegExp(`(\\b(?:in|of|for|during|since|until|to|by|from)\\s+(?:the\\s+)?)(${PERIOD})\\b`, 'i');
const ONLY_PERIOD = new RegExp(`^(?:(?:in|for|during|at|by|from|on)\\s+)?(?:the\\s+)?(${PERIOD})$`, 'i');
/** Words that open a follow-up naming only what changes: "and …", "what about …", "how about …". */
const SHIFT_OPENING =
  /^(?:(?:and|but|ok|okay|so|now)\s+)?(?:(?:what|how)\s+about|what\s+of|(?:the\s+)?same\s+for|and)\s+(?:(?:for|in|at|on)\s+)?(.+)$/i;
/**
 * The words of a follow-up that only point back at the last question, around a new period:
 * "what was it in march?", "and how was it in may".
 */
const POINTING_WORDS = new Set(
  words('and so then now what how was were is are it that this they them there the about like did do does look looked figure number'),
);
const OTHER_REPORTS =
  /\b(?:other|more|similar|further|related|earlier|later|newer)\s+(?:reports?|stories|articles|news|coverage|sources|papers)\b|\banything\s+(?:else|similar|newer)\b|\bmore\s+(?:on|about|like)\s+(?:this|that|it)\b|\bfollow[-\s]?ups?\b|\b(?:any|an)\s+(?:updates?|news)(?:\s+(?:on|about)\s+(?:this|that|it))?(?:\s+since)?$/i;
/** Words pointing back at what was said before. */
const POINTING_BACK = /\b(?:that|this|it|its|they|them|their|those|these|he|him|his|she|her|so|there|then)\b/i;
const MORE_OF_STORY =
  /^(?:what\s+happened\s+(?:next|then|later|after(?:wards)?)|what\s+else|tell\s+me\s+more|(?:more\s+)?details?|then)\b/i;
/** Words that open a follow-up and say nothing of it: "and why?", "but who said so?". */
const CONNECTIVE = /^(?:and|but|so|ok|okay|then|well)[,\s]+/i;
/** "source?", "what's the source?": who the story had it from. */
const ASKING_SOURCE = /^(?:(?:what(?:'s|\s+is|\s+was)\s+)?the\s+)?sources?$/i;
const WHERE_OR_HOW = /^(?:where|how)\b/i;
const QUESTION_WORD = /^(?:what|who|which|where|when|why|how|did|does|do|is|are|was|were|will|would|can|could|has|have|had)\b/i;

/** "which governor?", "which company": the one the story just shown speaks of. */
const WHICH_ONE = /^which\s+[\w-]+$/i;
/** "who is kaja kallas?": whom the question asks about, a name to ask the archive at large about (see `namesSomeone`). */
const WHO_IS = /^who\s+(?:is|was)\s+([\w.'-]+(?:\s+[\w.'-]+)?)$/i;
/** A follow-up with no more content words than this asks about the story just shown, unless it names its own. */
const SHORT_FOLLOW_UP = 4;
/** The words that open a question and say nothing of its subject: "what was", "how did", "why is". */
const QUESTION_OPENING =
  /^(?:(?:what|how|why|when|where|who|which)(?:\s+(?:much|many|big|large|fast|far|long|often))?(?:'s)?\s+(?:(?:was|is|were|are|did|does|do|will|would|has|have|had|can|could|should)(?:n['’]t)?|won['’]t|can['’]t)?\s*)/i;

/**
 * Reads a message in the light of the turn before it; with no turn before, or none shown, it is a new question.
 * `shownYear`, the year of the story shown, places a period counted back from one without a year ("a year earlier").
 */
export function readFollowUp(
  message: string,
  previous: Turn | null,
  isName: (words: string) => boolean,
  shownYear: number | null = null,
): FollowUp {
  const text = message.replace(/\s+/g, ' ').trim();
  const bare = text.replace(/[?!.\s]+$/, '');
  const fresh: FollowUp = { kind: 'new', understood: text, own: text, context: '', topic: text, subject: null, pointsBack: false };
  if (!previous?.shown) return fresh;
  const { topic, subject } = previous;
  const context = subjectOf(topic);
  const pointsBack = POINTING_BACK.test(bare);
  if (OTHER_REPORTS.test(bare)) return { kind: 'more-like', understood: topic, own: bare, context, topic, subject, pointsBack };
  const shift = SHIFT_OPENING.exec(bare)?.[1] ?? null;
  // A period counted back comes first: "last year" is the year before the story's, when it can be placed.
  const period =
    periodBefore(shift ?? bare, PERIOD_IN_QUESTION.exec(topic)?.[2] ?? null, shownYear) ??
    ONLY_PERIOD.exec(shift ?? bare)?.[1] ??
    periodAmongPointingWords(bare);
  if (period) {
    const understood = withPeriod(topic, period);
    return { kind: 'date-shift', understood, own: period, context, topic: understood, subject, pointsBack };
  }
  if (shift !== null && namesWhatChanges(shift)) {
    const { question: understood, name } = withName(topic, shift, subject, isName);
    return { kind: 'entity-shift', understood, own: name, context, topic: understood, subject: name, pointsBack };
  }
  const asked = bare.replace(CONNECTIVE, '');
  if (namesSomeone(WHO_IS.exec(asked)?.[1], isName)) return fresh;
  const kind = questionKind(asked);
  const short = pointsBack || contentWords(asked) <= SHORT_FOLLOW_UP;
  const detail = { understood: `${bare}? (${context})`, own: bare, context, topic, subject, pointsBack };
  if (((kind === 'who' || WHICH_ONE.test(asked)) && short) || ASKING_SOURCE.test(asked)) return { kind: 'who', ...detail };
  if ((kind !== 'general' && kind !== 'said' && short) || MORE_OF_STORY.test(asked) || countsBack(shift ?? bare))
    return { kind: 'detail', ...detail };
  // "where?", "what did they decide?", "what was the figure?": a question about the story shown, in few words,
  // pointing back at it or naming one thing only.
  const aboutStory =
    (WHERE_OR_HOW.test(asked) && short) || (pointsBack && contentWords(asked) <= SHORT_FOLLOW_UP) || contentWords(asked) <= 1;
  if (aboutStory && QUESTION_WORD.test(asked)) return { kind: 'detail', ...detail };
  return fresh;
}

/**
 * Whether the words after "and …" or "what about …" name what changes: a few words, asking nothing
 * themselves. "and then?" names nothing; a period counted back from none ("the month before" a year)
 * is no name either, and asks about the story shown.
 */
function namesWhatChanges(shift: string): boolean {
  const count = contentWords(shift);
  return count > 0 && count <= SHORT_FOLLOW_UP && !countsBack(shift) && questionKind(shift) === 'general';
}

/** Whether words name someone: written with a capital, or a name as the story shown or the archive writes it. */
function namesSomeone(words: string | undefined, isName: (words: string) => boolean): boolean {
  return words !== undefined && !POINTING_BACK.test(words) && (/^\p{Lu}/u.test(words) || isName(words));
}

/** A turn with an answer shown, standing for any: what a message would read as after one. */
const ANY_TURN: Turn = { question: '', topic: '', subject: null, shown: { articleId: '', quote: '', speaker: null } };

/** Whether a message reads as a follow-up ("and in march?", "who said that?") after any answer. */
export function readsAsFollowUp(message: string): boolean {
  return readFollowUp(message, ANY_TURN, () => false).kind !== 'new';
}

/** The period of a follow-up whose other words only point back ("what was it in march?"), or undefined. */
function periodAmongPointingWords(text: string): string | undefined {
  const found = PERIOD_IN_QUESTION.exec(text);
  if (!found) return undefined;
  const rest = `${text.slice(0, found.index)} ${text.slice(found.index + found[0].length)}`;
  return rest.split(/[^\p{L}']+/u).every((word) => !word || POINTING_WORDS.has(word.toLowerCase())) ? found[2] : undefined;
}

/** What a question is about, without the words that ask: "what was belgium's unemployment rate in february?" → "belgium's unemployment rate in february". */
export function subjectOf(question: string): string {
  return question
    .replace(/\s*\(.*\)\s*$/, '')
    .replace(/[?!.\s]+$/, '')
    .replace(QUESTION_OPENING, '')
    .trim();
}

function contentWords(text: string): number {
  return tokensOf(text).filter((token) => token.term !== null).length;
}

/** The question with its period replaced by another, or the period added when it named none. */
export function withPeriod(question: string, period: string): string {
  const bare = question.replace(/[?!.\s]+$/, '');
  const stated = PERIOD_IN_QUESTION.exec(bare);
  if (stated) return `${bare.slice(0, stated.index)}${stated[1]}${period}${bare.slice(stated.index + stated[0].length)}?`;
  return `${bare} in ${period}?`;
}

/** A question with words it does not place asked beside it: `how big was brazil's trade surplus (exports)?`. */
export function withWordsBeside(question: string, words: string): string {
  return `${question.replace(/[?!.\s]+$/, '')} (${words})?`;
}

/**
 * The question with its subject's name replaced by another ("belgium's unemployment rate" → "norway's
 * unemployment rate"): the name an earlier shift brought, else the name that owns something (`X's`), else
 * a word the story writes as a name. A new period given with the name replaces the old one too. When no
 * name is found, the new one is added.
 */
export function withName(
  question: string,
  replacement: string,
  previous: string | null,
  isName: (words: string) => boolean,
): { question: string; name: string } {
  const period = new RegExp(`(?:\\b(?:in|for|during)\\s+)?(?:the\\s+)?(${PERIOD})\\b`, 'i').exec(replacement);
  const name = (period ? replacement.replace(period[0], ' ') : replacement).replace(/\s+/g, ' ').trim();
  let bare = question.replace(/[?!.\s]+$/, '');
  if (period) bare = withPeriod(bare, period[1]!).replace(/\?$/, '');
  const at = previous ? bare.toLowerCase().indexOf(previous.toLowerCase()) : -1;
  const span = at !== -1 ? { start: at, end: at + previous!.length, possessive: false } : nameSpan(bare, isName);
  if (!span) return { question: withWordsBeside(bare, name), name };
  const owner = span.possessive ? (/s$/i.test(name) ? `${name}'` : `${name}'s`) : name;
  return { question: `${bare.slice(0, span.start)}${owner}${bare.slice(span.end)}?`, name };
}

interface NameSpan {
  start: number;
  end: number;
  possessive: boolean;
}

/** Where a question names its subject: a possessive (with the names before it), else the first run of names. */
function nameSpan(question: string, isName: (words: string) => boolean): NameSpan | null {
  const words = [...question.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.&-]*(?:'s|')?/gu)];
  const possessive = words.findIndex((w) => /'s?$/.test(w[0]) && !/^(?:it|that|this)'s$/i.test(w[0]));
  if (possessive !== -1) return spanOf(words, extendLeft(words, possessive, isName), possessive, true);
  const first = words.findIndex((w, i) => i > 0 && isName(w[0]));
  if (first === -1) return null;
  let last = first;
  while (last + 1 < words.length && namesWith(words, last + 1, last, isName)) last += 1;
  return spanOf(words, extendLeft(words, first, isName), last, false);
}

function extendLeft(words: RegExpMatchArray[], at: number, isName: (words: string) => boolean): number {
  let first = at;
  while (first > 1 && namesWith(words, first - 1, first, isName)) first -= 1;
  return first;
}

/** Whether a word is a name, or one with the name beside it (`new` before `zealand`, though `new` alone is none). */
function namesWith(words: RegExpMatchArray[], at: number, beside: number, isName: (words: string) => boolean): boolean {
  const [left, right] = at < beside ? [at, beside] : [beside, at];
  return isName(words[at]![0]) || isName(`${words[left]![0]} ${words[right]![0]}`);
}

function spanOf(words: RegExpMatchArray[], first: number, last: number, possessive: boolean): NameSpan {
  return { start: words[first]!.index!, end: words[last]!.index! + words[last]![0].length, possessive };
}
