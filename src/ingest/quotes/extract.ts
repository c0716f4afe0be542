import {
  DOCUMENT_AUTHORED,
  DOCUMENT_MENTION,
  ADVERBS_BEFORE_VERB,
  type SpeakerPhrase,
  isOpeningConjunction,
  isRoleWord,
  isPressKind,
  parseSpeaker,
  plausibleSpeaker,
  subjectAfterRunOn,
  withoutOpeningConjunction,
} from './speaker-phrase.ts';
import { SpeakerContext, type Who } from './speaker-context.ts';
import { withoutFullStop } from './body-names.ts';
import { type ReportedSpeech, introducesQuotation, readIndirect } from './reported-speech.ts';
import { sentenceStart, spansOf } from '../../text/sentences.ts';
import type { ExtractedQuote } from '../../model/quote.ts';
import { CHARACTERISING_VERBS, ROLE_WORDS, SPEECH_VERB, SPEECH_VERBS, alternation } from '../../text/lexicon.ts';

type Attributed = Who & { mention: string | null; cue: string | null };

/** A verb that names the speaker of a quotation after it, in its sentence. */
const CUE_BEFORE_QUOTE = `(?:${alternation([...SPEECH_VERBS, ...CHARACTERISING_VERBS])})`;
const OPENING = new Set(['"', '“']);
const QUOTE_MARK = /["“”]/;
const CLOSING = new Set(['"', '”']);

/** One stretch of text between quote marks, before attribution. */
interface QuoteSpan {
  paragraph: number;
  start: number;
  end: number;
  /** The quote runs on into the next paragraph (no closing mark before the paragraph ends). */
  continues: boolean;
}

/**
 * A straight double mark inside a word, before what an apostrophe begins (`India"s`, `don"t`): some wire
 * copy writes the apostrophe so.
 */
const APOSTROPHE_AS_QUOTE_MARK = /(?<=\p{L})"(?=(?:s|t|re|ll|ve|d|m)\b)/gu;

/** A name in angle brackets, as wire copy marks a company not listed (`<Nisshin Steel Co Ltd>`); a ticker (`<NSTL.T>`) has no lower case. */
const NAME_IN_BRACKETS = /<([^<>]*\p{Ll}[^<>]*)>/gu;

/**
 * A paragraph as its quotations are read, one character for one (places stay): quote marks written for
 * apostrophes read as apostrophes, and a name without its angle brackets, which would hide the subject of a
 * sentence (`<Advanced Viral Research Corp> said …`).
 */
function asRead(paragraph: string): string {
  const apostrophes = paragraph.includes('"') ? paragraph.replace(APOSTROPHE_AS_QUOTE_MARK, "'") : paragraph;
  return apostrophes.includes('<') ? apostrophes.replace(NAME_IN_BRACKETS, '$1  ') : apostrophes;
}

/** Finds the quoted stretches of a paragraph, with straight or curly marks. */
export function quoteSpans(paragraph: string, index: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  if (!QUOTE_MARK.test(paragraph)) return spans;
  let open = -1;
  for (let i = 0; i < paragraph.length; i++) {
    const char = paragraph[i]!;
    if (open === -1 && OPENING.has(char)) open = i;
    else if (open !== -1 && CLOSING.has(char)) {
      spans.push({ paragraph: index, start: open + 1, end: i, continues: false });
      open = -1;
    }
  }
  if (open !== -1 && paragraph.length - open > 1) spans.push({ paragraph: index, start: open + 1, end: paragraph.length, continues: true });
  return spans;
}

/** Scare quotes around a term, a title or a nickname are not quotations. */
export function isScareQuote(text: string): boolean {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (/[.!?,;:]$/.test(text.trim()) && words.length > 1) return false;
  if (words.length <= 2) return true;
  return words.length <= 6 && words.every((w) => /^[A-Z0-9]/.test(w) || /^(of|the|and|in|on|for|a|to|de)$/.test(w));
}

interface Attribution {
  phrase: SpeakerPhrase;
  cue: string;
}

/** A full stop that ends an abbreviation, not a sentence: `U.S.`, `Mr.`, `Jr.`. */
const ABBREVIATION_STOP = '(?<=\\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr))\\.';

/** The verb, then the speaker it names: `said PaineWebber analyst Stephen Smith`, `said the Bank of England`. */
const CUE_FIRST = new RegExp(
  `^(${SPEECH_VERB})\\s+([^"“”;]+?)(?=\\s*(?:[;"“”]|\\.(?:\\s|$)|$|,\\s+(?:who|which|adding|saying|as|when|while|after|but)\\b|\\s+(?:at|in|on|during|after|before|when|while|to|about)\\s|\\s+of\\s+(?![A-Z])))`,
);
/** The speaker, then the verb: `Zakharova said`, `… by buyers, he said`. */
const SPEAKER_FIRST = new RegExp(`^((?:[^"“”;.]|${ABBREVIATION_STOP}){1,150}?)\\s*,?\\s+(${SPEECH_VERB})\\b`);

/**
 * `… in 1956, the year things began to change, says Detroit analyst Arvid Jauppi`: `says` after a comma, with a person
 * named after it, tells who says it; the words before are the quotation's sentence run on.
 */
const INVERTED_SAY = /,\s*(?:says|said)$/;
/** `says` with a capital after it (`says Luckey`), not a time or a topic (`said on Tuesday`, `said of Greenspan`). */
const NAME_AFTER_SAY = /^(?:says|said)\s+\p{Lu}/u;

/**
 * `," Zakharova said` / `," said PaineWebber analyst Stephen Smith` right after a closing mark. After the verb, the
 * speaker's name runs on through `of` before a capital (`said the Bank of England`, `said Smith of Shearson`).
 */
function attributionAfter(text: string): Attribution | null {
  const after = text.replace(/^[\s,]+/, '');
  const named = speakerAfterVerb(after);
  if (named) return named;
  const speakerFirst = SPEAKER_FIRST.exec(after);
  const verbOn = speakerFirst && INVERTED_SAY.test(speakerFirst[0]) ? after.slice(speakerFirst[0].lastIndexOf(speakerFirst[2]!)) : '';
  const inverted = NAME_AFTER_SAY.test(verbOn) ? speakerAfterVerb(verbOn) : null;
  if (inverted?.phrase.kind === 'person') return inverted;
  const subject = speakerFirst && subjectAfterRunOn(speakerFirst[1]!);
  if (!subject) return null;
  const phrase = parseSpeaker(subject);
  return phrase && plausibleSpeaker(subject) ? { phrase, cue: speakerFirst![2]! } : null;
}

/** The speaker a reporting verb opening a text names after it: `said PaineWebber analyst Stephen Smith`. */
function speakerAfterVerb(text: string): Attribution | null {
  const cueFirst = CUE_FIRST.exec(text);
  if (!cueFirst || /^(that|the following)\b/.test(cueFirst[2]!)) return null;
  const phrase = parseSpeaker(cueFirst[2]!);
  return phrase ? { phrase, cue: cueFirst[1]! } : null;
}

/**
 * `X branded the budget "shamelessly political." It said …`: a quotation that ends its sentence, and a
 * pronoun with a capital after it that opens the next one, which is not the quotation's attribution.
 */
function opensNextSentence(paragraph: string, span: QuoteSpan): boolean {
  return /[.!?]$/.test(paragraph.slice(span.start, span.end)) && /^\s*(?:It|He|She|They)\s/.test(paragraph.slice(span.end + 1));
}

/**
 * An adverb between a name and its verb: `Carney also agreed`; not after a clause (`the group, which sued
 * Burlington, also said`) or a possessive (`said GenCorp's previously announced sale`).
 */
const ADVERB_AFTER_NAME = new RegExp(`(?<=\\b\\p{Lu}[\\p{L}.-]*)\\s+(?:${ADVERBS_BEFORE_VERB})$`, 'u');

/** `Zakharova said: "`, `A Ford spokesman said, "`, `Baker emphasized that indicators were a device "`. */
function attributionBefore(text: string): Attribution | null {
  const cleaned = text
    .replace(/,\s*(however|though|also|meanwhile|in turn|for his part|for her part)\s*,/g, '')
    // `The 58-year-old, who took over in 2001, added: "…"`: a relative clause tells of the speaker.
    .replace(/,\s+(?:who|which)\s[^,"“”]{1,100},(?=\s*(?:\w+\s*)?[:,]?\s*$)/, '');
  const cues = [...cleaned.matchAll(new RegExp(`\\b(${CUE_BEFORE_QUOTE})\\b`, 'g'))];
  for (const match of cues.reverse()) {
    const before = cleaned.slice(0, match.index).trimEnd().replace(ADVERB_AFTER_NAME, '');
    const phraseText = trailingSpeaker(before);
    if (!phraseText) continue;
    const phrase = parseSpeaker(phraseText);
    if (phrase) return { phrase, cue: match[1]! };
  }
  return null;
}

const SUBJECT_PRONOUN = /^(he|she|it|they|He|She|It|They)$/;
/** A preposition a place or a workplace follows: `in Iowa`, `at Rutgers University`. */
const PLACE_PREPOSITION = /^(in|at|from|near|into)$/;
/** The end of a stretch that makes the name after it a preposition's object (`with the Securities and`), not a subject. */
const PREPOSITION_BEFORE =
  /\b(?:in|at|from|near|into|with|to|for|of|by|on|under|against)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+(?:and|of)\s+)?$/;

/** The speaker phrase that ends a stretch of text, read backwards: `… 2021, US President Joe Biden` → `US President Joe Biden`. */
function trailingSpeaker(stretch: string): string | null {
  const text = quotedSpeaker(stretch);
  const appositive = APPOSITIVE_SUBJECT.exec(text);
  // `… to the United States, he added`: a pronoun after the comma is the subject, not what it says of a name;
  // `In a filing with the Securities and Exchange Commission, the group said`: a name after a preposition is none.
  const afterPreposition = appositive && PREPOSITION_BEFORE.test(text.slice(0, appositive.index + appositive[0].indexOf(appositive[1]!)));
  if (appositive && !SUBJECT_PRONOUN.test(appositive[2]!) && !afterPreposition) return `${appositive[1]}, ${appositive[2]}`;
  const affiliated = ROLE_WITH_AFFILIATION.exec(text) ?? ONE_OF_GROUP.exec(text);
  if (affiliated) return affiliated[1]!;
  const words = text.split(/\s+/).filter(Boolean);
  const taken: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!;
    if (taken.length > 0 && /[,;:.]$/.test(word) && !/^[A-Z]\.$/.test(word) && !/^(Jr|Sr|Inc|Co|Corp|Ltd)\.$/.test(word)) break;
    if (SUBJECT_PRONOUN.test(word)) {
      if (taken.length === 0) return word;
      break;
    }
    if (/^(the|The|a|A|an|An|one|One)$/.test(word)) {
      if (taken.length > 0) taken.unshift(word);
      break;
    }
    // The publication is named without it, as `The Sunday Mail`.
    if (taken.length === 0 && isPressKind(word) && /^[A-Z]/.test(words[i - 1] ?? '')) continue;
    if (/^[A-Z]/.test(word) || isRoleWord(word) || (taken.length > 0 && /^(of|and|for)$/.test(word))) taken.unshift(word);
    // `…, which makes tractors in Iowa, said`: a name after a preposition is a place or a body, not who speaks.
    else if (PLACE_PREPOSITION.test(word)) return null;
    else break;
  }
  while (taken.length > 0 && /^(of|and|for)$/.test(taken[0]!)) taken.shift();
  if (taken.length === 0 || (taken.length === 1 && isOpeningConjunction(taken[0]!))) return null;
  return withoutOpeningConjunction(taken.join(' '));
}

/**
 * Before `saying`, the one a report quotes: `Tehran radio quoted a Foreign Ministry spokesman as`, `The
 * spokesman was quoted by Tehran radio as`. Other text is returned as it is.
 */
function quotedSpeaker(text: string): string {
  const passive = /^(.+?)\s+(?:was|were|is|are|has been|have been)\s+quoted\b.*\sas$/.exec(text);
  if (passive) return passive[1]!;
  return /\bquoted\s+(.+?)\s+as$/.exec(text)?.[1] ?? text;
}

/**
 * How far before a reporting verb or a quotation its speaker may be named, in characters. A subject
 * stands within a few dozen words of its verb; reading further back only costs time, and in a text
 * without full stops, time in proportion to the square of its length.
 */
const SPEAKER_REACH = 400;

/** Indirect speech is read in sentences up to this long; a longer one (a table, a text without full stops) is passed over and reported. */
export const LONGEST_SENTENCE_READ = 2000;

/** A reporting verb's subject met in the text (`Richards said …`, `Brodersohn, in an interview, said`): who `he` means next. */
interface SpeakerEvent {
  at: number;
  phrase: SpeakerPhrase;
}

/**
 * `Roland Machold, director of the Division of Investment,` / `Gene Cartledge, chairman … of Union Camp` /
 * `Ann Smith, 34, from Leeds,` before a reporting verb.
 */
const APPOSITIVE_SUBJECT =
  /(?:^|[.;]\s+|\s)([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}),\s+((?:\d{1,3},\s+)?(?:the\s+|a\s+|an\s+)?[a-z][^"“”,]*(?:,[^"“”,]*)?[^,\s]|\d{1,3})\s*,?$/;
/** An unnamed person by role and where they work: `an official at the Canadian embassy in Copenhagen`, `One dealer for a German bank`. */
const ROLE_WITH_AFFILIATION = new RegExp(
  `(?:^|\\s)((?:[Aa]n?|[Oo]ne|[Aa]nother)\\s+(?:[\\w-]+\\s+){0,2}?(?:${alternation([...ROLE_WORDS])})\\s+(?:at|of|from|with|for)\\s+(?:the\\s+|an?\\s+)?[A-Z](?:(?!\\bthat\\b)[^,.;:"“”]){0,80})$`,
);
/** One person of a group: `One of China's top economists`. */
const ONE_OF_GROUP = /(?:^|\s)((?:[Oo]ne) of (?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,4})$/;
const PARENTHETICAL_SUBJECT = /(?:^|[.;]\s+)([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}),[^,]{1,80},\s*$/;

/** What follows a verb that acts rather than speaks: `agreed to park its stock`, `continued to fall` (not `said to reporters`). */
const INFINITIVE_AFTER = /^\s+to\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|reporters|journalists)\b)\p{Ll}/u;

function speakerEvents(paragraph: string, spans: readonly QuoteSpan[]): SpeakerEvent[] {
  const events: SpeakerEvent[] = [];
  // Verbs come in order, so the quotations before each are found by moving one place along the spans.
  let passed = 0;
  for (const match of paragraph.matchAll(new RegExp(`\\b(${SPEECH_VERB})\\b`, 'g'))) {
    const at = match.index!;
    while (passed < spans.length && spans[passed]!.end < at) passed += 1;
    if (passed < spans.length && at >= spans[passed]!.start) continue;
    if (INFINITIVE_AFTER.test(paragraph.slice(at + match[0].length, at + match[0].length + 40))) continue;
    const before = clauseBefore(paragraph, at, passed > 0 ? spans[passed - 1]!.end + 1 : 0)
      .replace(/,\s*(however|though|also|meanwhile|in turn)\s*,/g, '')
      .trimEnd();
    const subject = trailingSpeaker(before) ?? PARENTHETICAL_SUBJECT.exec(before)?.[1] ?? null;
    const phrase = subject ? parseSpeaker(subject) : null;
    if (phrase && phrase.kind !== 'pronoun') events.push({ at, phrase });
  }
  for (const document of DOCUMENT_AUTHORED.test(paragraph) ? paragraph.matchAll(DOCUMENT_MENTION) : []) {
    const phrase = parseSpeaker(withoutFullStop(document[0]));
    if (phrase && phrase.kind !== 'pronoun') events.push({ at: document.index, phrase });
  }
  return events.sort((a, b) => a.at - b.at);
}

/** The clause before a position, where its subject stands: from the last full stop or quotation, within reach. */
function clauseBefore(paragraph: string, at: number, notBefore: number): string {
  const from = Math.max(notBefore, at - SPEAKER_REACH, 0);
  const window = paragraph.slice(from, at);
  return window.slice(window.lastIndexOf('. ') + 1);
}

/**
 * Extracts every quotation of an article: direct quotes (straight or curly marks, split by their
 * attribution, running over paragraphs) and indirect speech with a reporting verb and a named speaker.
 * `sentenceBounds` gives each paragraph's sentences (see `sentenceBounds` in sentences.ts).
 */
export function extractQuotes(written: readonly string[], sentenceBounds: readonly (readonly number[])[]): ExtractedQuote[] {
  const paragraphs = written.map(asRead);
  const context = new SpeakerContext(paragraphs, sentenceBounds);
  const quotes: ExtractedQuote[] = [];
  let carried: Attributed | null = null;
  /** The unattributed parts of a quote running over paragraphs, waiting for the part that names its speaker. */
  let running: ExtractedQuote[] = [];
  paragraphs.forEach((paragraph, p) => {
    const spans = quoteSpans(paragraph, p);
    const direct = spans.filter((span) => isQuotation(paragraph, span));
    const events = speakerEvents(paragraph, direct);
    const catchUp = (position: number) => {
      while (events.length > 0 && events[0]!.at < position) context.note(events.shift()!.phrase);
    };
    const found: ExtractedQuote[] = [];
    direct.forEach((span, i) => {
      catchUp(span.start);
      const previousEnd = Math.max(
        span.start - SPEAKER_REACH,
        i > 0 ? direct[i - 1]!.end + 1 : sentenceStart(sentenceBounds[p] ?? [], span.start),
      );
      const nextStart = direct[i + 1] ? direct[i + 1]!.start - 1 : paragraph.length;
      const after = span.continues ? null : attributionAfter(paragraph.slice(span.end + 1, nextStart));
      const before = attributionBefore(paragraph.slice(previousEnd, Math.max(previousEnd, span.start - 1)));
      const attribution = (before && opensNextSentence(paragraph, span) ? null : after) ?? before;
      const bareCue = i > 0 ? BARE_CUE.exec(paragraph.slice(previousEnd, Math.max(previousEnd, span.start - 1))) : null;
      let who: Attributed;
      if (attribution)
        who = { ...context.resolve(attribution.phrase, p, span.start), mention: attribution.phrase.mention, cue: attribution.cue };
      else if (bareCue) who = { ...speakerOf(found[i - 1]!), mention: null, cue: bareCue[1]! };
      else if (carried) who = carried;
      else who = { ...context.current(p, span.start), mention: null, cue: null };
      const quote = directQuote(paragraph, span, who);
      found.push(quote);
      if (attribution && i === 0 && carried) for (const part of running) Object.assign(part, who);
      running = span.continues ? (attribution ? [] : [...(i === 0 && carried ? running : []), quote]) : [];
      carried = span.continues ? who : null;
    });
    // A split quote ("A," he said, "B.") and a quote run over paragraphs share the speaker named once.
    backfillUnattributed(found);
    catchUp(Infinity);
    const bounds = sentenceBounds[p] ?? [0, paragraph.length];
    const reported = indirectQuotes(paragraph, p, bounds, spans, context);
    attributeByClause(found, reported, (clause, quote) => clause.start <= quote.start && quote.end <= clause.end);
    const introductions = reported.filter((clause) => introducesQuotation(clause.text));
    attributeByClause(found, introductions, (clause, quote) => clause.start <= quote.start && quote.start <= clause.end);
    const speech = reported.filter((clause) => !introductions.includes(clause));
    quotes.push(...found, ...speech, ...clausesAdded(paragraph, bounds, found));
  });
  // Each quotation's words as written, angle brackets and all.
  for (const quote of quotes) quote.text = written[quote.paragraph]!.slice(quote.start, quote.end);
  return quotes;
}

/** `…," the official said, adding that …`: what the speaker of a quotation added, in the same sentence. */
const ADDING = /^[\s,"”]*(?:[^"“”]*?,\s+)?(adding)\s+(?:that\s+)?([^"“”]{10,}?)[.!]?$/;

/** The clauses the speakers of a paragraph's quotations add, after their verb, as reported speech of theirs. */
function clausesAdded(paragraph: string, bounds: readonly number[], quoted: readonly ExtractedQuote[]): ExtractedQuote[] {
  if (quoted.length === 0) return [];
  const sentences = [...spansOf(bounds)];
  const added: ExtractedQuote[] = [];
  for (const quote of quoted) {
    const sentence = sentences.find((span) => span.start <= quote.start && quote.end < span.end);
    if (!sentence || quote.cue === null) continue;
    const rest = paragraph.slice(quote.end + 1, sentence.end);
    const match = ADDING.exec(rest);
    if (!match) continue;
    const [, cue, clause] = match;
    const start = quote.end + 1 + rest.lastIndexOf(clause!);
    added.push({ ...quote, start, end: start + clause!.length, text: clause!, cue: cue!, kind: 'indirect' });
  }
  return added;
}

/**
 * A quotation no verb attributes is the speaker's of the reported words around it: inside reported speech (`X said
 * there was "broad support"`), or led into by a speaker's words (`X, chairman of Y (Z), told Reuters: "…"`).
 */
function attributeByClause(
  direct: ExtractedQuote[],
  clauses: readonly ExtractedQuote[],
  holds: (clause: ExtractedQuote, quote: ExtractedQuote) => boolean,
): void {
  for (const quote of direct) {
    if (quote.cue !== null) continue;
    const clause = clauses.find((c) => holds(c, quote));
    if (clause) Object.assign(quote, { ...speakerOf(clause), mention: clause.mention, cue: clause.cue });
  }
}

/** A reporting verb with no subject between two quotations (`," and then added, "`): the first one's speaker goes on. */
const BARE_CUE = new RegExp(`^[\\s,]*(?:and\\s+)?(?:then\\s+)?(${SPEECH_VERB})[\\s,:]*$`);

function speakerOf(quote: ExtractedQuote): Who {
  return { speaker: quote.speaker, role: quote.role, speakerType: quote.speakerType };
}

function backfillUnattributed(found: ExtractedQuote[]): void {
  for (let i = found.length - 2; i >= 0; i--) {
    const next = found[i + 1]!;
    if (found[i]!.cue === null && next.cue !== null) {
      Object.assign(found[i]!, {
        speaker: next.speaker,
        role: next.role,
        speakerType: next.speakerType,
        mention: next.mention,
        cue: next.cue,
      });
    }
  }
}

function directQuote(paragraph: string, span: QuoteSpan, who: Attributed): ExtractedQuote {
  let end = span.end;
  let start = span.start;
  while (start < end && /\s/.test(paragraph[start]!)) start += 1;
  while (end > start && /[\s,]/.test(paragraph[end - 1]!)) end -= 1;
  return { paragraph: span.paragraph, start, end, text: paragraph.slice(start, end), ...who, kind: 'direct' };
}

/** Words that put a term in quote marks: `the so-called "Russia's shadow fleet"`, `a program dubbed "Think Big"`. */
const NAMING_A_TERM = /\b(?:so-called|dubbed|termed|known as)\s*$/i;

/** A quoted stretch is a quotation unless it is a scare quote; a short one that a reporting verb follows ("Yes," he said) is one. */
function isQuotation(paragraph: string, span: QuoteSpan): boolean {
  const text = paragraph.slice(span.start, span.end);
  if (NAMING_A_TERM.test(paragraph.slice(Math.max(0, span.start - 20), Math.max(0, span.start - 1)))) return false;
  return (
    !isScareQuote(text) ||
    // `"No," he said` is a quotation; `C.N. "Bud" Moore said`, a nickname, has no punctuation of its own.
    (!span.continues && /[.!?,;:]\s*$/.test(text) && attributionAfter(paragraph.slice(span.end + 1, span.end + 120)) !== null)
  );
}

/** Indirect speech in the sentences of a paragraph that no direct quotation touches. */
function indirectQuotes(
  paragraph: string,
  p: number,
  bounds: readonly number[],
  spans: QuoteSpan[],
  context: SpeakerContext,
): ExtractedQuote[] {
  const quotes: ExtractedQuote[] = [];
  // Sentences and quotation marks both come in order: the spans touching each sentence are found by moving along.
  let next = 0;
  for (const sentence of spansOf(bounds)) {
    while (next < spans.length && spans[next]!.end <= sentence.start) next += 1;
    let quoted: QuoteSpan | null = null;
    for (let i = next; i < spans.length && spans[i]!.start < sentence.end && !quoted; i++)
      if (isQuotation(paragraph, spans[i]!)) quoted = spans[i]!;
    if (sentence.end - sentence.start > LONGEST_SENTENCE_READ) continue;
    quotes.push(...reportedIn(paragraph.slice(sentence.start, sentence.end), sentence.start, quoted, p, context));
  }
  return quotes;
}

/** The reported speech of one sentence, starting at `offset` in its paragraph, its speakers resolved. */
function reportedIn(text: string, offset: number, quoted: QuoteSpan | null, p: number, context: SpeakerContext): ExtractedQuote[] {
  const quotes: ExtractedQuote[] = [];
  let before = null as ExtractedQuote | null;
  for (const found of readIndirect(text)) {
    const start = offset + text.indexOf(found.clause);
    // A quotation inside reported speech ("X said the plan was "dead"", "goods were "ill-adapted" and over-priced,
    // the report said") leaves the speech reported; one the speech opens with is the direct quotation the sentence is.
    if (quoted && !(start < quoted.start - 1)) continue;
    const at = { paragraph: p, start, end: start + found.clause.length, text: found.clause, cue: found.cue, kind: 'indirect' as const };
    const quote: ExtractedQuote | null = found.bySpeakerBefore && before ? { ...before, ...at } : reportedBy(found, at, context);
    if (quote) quotes.push(quote);
    before = quote;
  }
  return quotes;
}

/** A reported clause with its speaker resolved, if the words before the verb name one. */
function reportedBy(
  found: ReportedSpeech,
  at: Omit<ExtractedQuote, keyof Who | 'mention'>,
  context: SpeakerContext,
): ExtractedQuote | null {
  // The participle's subject is its whole clause (`on this issue Lyng has taken a stand …, arguing`), read as it is.
  const speaker = subjectAfterRunOn(found.speaker) ?? found.speaker;
  const phrase = parseSpeaker(found.apposition ? `${speaker}, ${found.apposition}` : speaker);
  if (!phrase || !plausibleSpeaker(speaker)) return null;
  return { ...at, ...context.resolve(phrase, at.paragraph, at.start), mention: phrase.mention };
}
