import {
  type SpeakerPhrase,
  headNoun,
  isOpeningConjunction,
  isPlural,
  isRoleWord,
  parseSpeaker,
  surnameOf,
  withoutOpeningConjunction,
} from './speaker-phrase.ts';
import { spansOf } from '../../text/sentences.ts';
import { fullerBodyName } from './body-names.ts';
import type { ExtractedQuote, SpeakerType } from '../../model/quote.ts';
import { oneTypoApart } from '../../text/typos.ts';
import { startsCapitalized } from '../../text/tokens.ts';
import { tagWords } from '../../text/nlp.ts';
import { INDIRECT_SPEECH_VERBS, ROLE_WORDS, SPEECH_VERBS, alternation, isHonorific } from '../../text/lexicon.ts';

type Who = { speaker: string | null; role: string | null; speakerType: SpeakerType | null };
type Attributed = Who & { mention: string | null; cue: string | null };

const CUE = `(?:${alternation(SPEECH_VERBS)})`;
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

/** A paragraph with such marks read as the apostrophes they are (one character for one: places stay). */
function withApostrophes(paragraph: string): string {
  return paragraph.includes('"') ? paragraph.replace(APOSTROPHE_AS_QUOTE_MARK, "'") : paragraph;
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

/** `," Zakharova said` / `," said PaineWebber analyst Stephen Smith` right after a closing mark. */
function attributionAfter(text: string): Attribution | null {
  const after = text.replace(/^[\s,]+/, '');
  const cueFirst = new RegExp(
    `^(${CUE})\\s+([^"“”;]+?)(?=\\s*(?:[;"“”]|\\.(?:\\s|$)|$|,\\s+(?:who|which|adding|saying|as|when|while|after|but)\\b|\\s+(?:at|in|on|during|after|before|when|while|to|of|about)\\s))`,
  ).exec(after);
  if (cueFirst && !/^(that|the following)\b/.test(cueFirst[2]!)) {
    const phrase = parseSpeaker(cueFirst[2]!);
    if (phrase) return { phrase, cue: cueFirst[1]! };
  }
  const speakerFirst = new RegExp(`^((?:[^"“”;.]|${ABBREVIATION_STOP}){1,150}?)\\s*,?\\s+(${CUE})\\b`).exec(after);
  if (speakerFirst) {
    const phrase = parseSpeaker(speakerFirst[1]!);
    if (phrase && plausibleSpeaker(speakerFirst[1]!)) return { phrase, cue: speakerFirst[2]! };
  }
  return null;
}

/** `Zakharova said: "`, `A Ford spokesman said, "`, `Baker emphasized that indicators were a device "`. */
function attributionBefore(text: string): Attribution | null {
  const cleaned = text.replace(/,\s*(however|though|also|meanwhile|in turn|for his part|for her part)\s*,/g, '');
  const cues = [...cleaned.matchAll(new RegExp(`\\b(${CUE})\\b`, 'g'))];
  for (const match of cues.reverse()) {
    const before = cleaned.slice(0, match.index).trimEnd();
    const phraseText = trailingSpeaker(before);
    if (!phraseText) continue;
    const phrase = parseSpeaker(phraseText);
    if (phrase) return { phrase, cue: match[1]! };
  }
  return null;
}

const SUBJECT_PRONOUN = /^(he|she|it|they|He|She|It|They)$/;

/** The speaker phrase that ends a stretch of text, read backwards: `… 2021, US President Joe Biden` → `US President Joe Biden`. */
function trailingSpeaker(stretch: string): string | null {
  const text = quotedSpeaker(stretch);
  const appositive = APPOSITIVE_SUBJECT.exec(text);
  // `… to the United States, he added`: a pronoun after the comma is the subject, not what it says of a name.
  if (appositive && !SUBJECT_PRONOUN.test(appositive[2]!)) return `${appositive[1]}, ${appositive[2]}`;
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
    if (/^[A-Z]/.test(word) || isRoleWord(word) || (taken.length > 0 && /^(of|and|for)$/.test(word))) taken.unshift(word);
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

/** A subject phrase, not a clause: no verbs hiding in it (approximated by its function words). */
function plausibleSpeaker(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length > 14) return false;
  return !words.some((w) => /^(is|are|was|were|will|would|has|have|had|that|which|because|if|but|not|could|should|can|may)$/.test(w));
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

/** `Roland Machold, director of the Division of Investment,` / `Gene Cartledge, chairman … of Union Camp` before a reporting verb. */
const APPOSITIVE_SUBJECT =
  /(?:^|[.;]\s+|\s)([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}),\s+((?:the\s+|a\s+|an\s+)?[a-z][^"“”,]*(?:,[^"“”,]*)?[^,\s])\s*,?$/;
/** An unnamed person by role and where they work: `an official at the Canadian embassy in Copenhagen`. */
const ROLE_WITH_AFFILIATION = new RegExp(
  `(?:^|\\s)((?:an?|one|another)\\s+(?:[\\w-]+\\s+){0,2}?(?:${alternation([...ROLE_WORDS])})\\s+(?:at|of|from|with|for)\\s+(?:the\\s+)?[A-Z][^,.;:"“”]{0,80})$`,
);
/** One person of a group: `One of China's top economists`. */
const ONE_OF_GROUP = /(?:^|\s)((?:[Oo]ne) of (?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,4})$/;
const PARENTHETICAL_SUBJECT = /(?:^|[.;]\s+)([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}),[^,]{1,80},\s*$/;

function speakerEvents(paragraph: string, spans: readonly QuoteSpan[]): SpeakerEvent[] {
  const events: SpeakerEvent[] = [];
  // Verbs come in order, so the quotations before each are found by moving one place along the spans.
  let passed = 0;
  for (const match of paragraph.matchAll(new RegExp(`\\b(${CUE})\\b`, 'g'))) {
    const at = match.index!;
    while (passed < spans.length && spans[passed]!.end < at) passed += 1;
    if (passed < spans.length && at >= spans[passed]!.start) continue;
    const before = clauseBefore(paragraph, at, passed > 0 ? spans[passed - 1]!.end + 1 : 0)
      .replace(/,\s*(however|though|also|meanwhile|in turn)\s*,/g, '')
      .trimEnd();
    const subject = trailingSpeaker(before) ?? PARENTHETICAL_SUBJECT.exec(before)?.[1] ?? null;
    const phrase = subject ? parseSpeaker(subject) : null;
    if (phrase && phrase.kind !== 'pronoun') events.push({ at, phrase });
  }
  return events;
}

/** The clause before a position, where its subject stands: from the last full stop or quotation, within reach. */
function clauseBefore(paragraph: string, at: number, notBefore: number): string {
  const from = Math.max(notBefore, at - SPEAKER_REACH, 0);
  const window = paragraph.slice(from, at);
  return window.slice(window.lastIndexOf('. ') + 1);
}

/** A body or a document named by its kind alone: `the bank`, `the ministry`, `the statement`, `the report`. */
const STAND_IN =
  /^the\s+(?:bank|company|ministry|agency|statement|report|study|survey|group|firm|board|government|department|exchange|fund)$/i;

/** A publication named by its kind alone: `the paper`, `the newspaper`, `the editorial`. */
const PUBLICATION_STAND_IN = /^the\s+(?:paper|newspaper|daily|weekly|magazine|editorial)$/i;

/**
 * A publication's name: capitalized words before `newspaper`, `magazine`, `daily` or `weekly` (`China Legal
 * News newspaper`, `Newsweek magazine`), or ending in a word of the press (`New York Times`, `People's Daily`).
 */
const PUBLICATION =
  /(?:[A-Z][\w'&.-]*\s+){1,5}(?:newspaper|magazine|daily|weekly)\b|(?:[A-Z][\w'&.-]*\s+){1,4}(?:Daily|Times|Post|Journal|News|Herald|Tribune|Gazette|Shimbun|Weekly|Week)\b/g;

/** Words that may stand between a subject and its verb: `Baker yesterday said`, `officials last week told`. */
const ADVERBS_BEFORE_VERB =
  'also|later|again|earlier|further|previously|repeatedly|recently|separately|then|yesterday|today|tonight|meanwhile|however|now|(?:last|this) week';

/**
 * A name (one or two capitalized words) opening a sentence or a clause after a short opener, followed by a verb
 * in lower case; never after an initial (`U.S. Air Force bases`).
 */
const NAME_OPENING_CLAUSE = new RegExp(
  `(?:^[^,.]{1,30},\\s+|^|(?<!\\b[A-Z])[.;]\\s+)([A-Z][a-z]+(?:\\s[A-Z][a-z]+)?)\\s+(?=(?:(?:${ADVERBS_BEFORE_VERB})\\s+)?[a-z]+(?:ed|s)\\b)`,
  'g',
);

/** Where a text last names a person, by any word of their name (`Keswick` for `Simon Keswick`); -1 if nowhere. */
function lastMention(text: string, name: string): number {
  const words = name.split(' ').filter((word) => startsCapitalized(word));
  return Math.max(-1, ...words.map((word) => text.lastIndexOf(word)));
}

/** A name shorter than this is not read as a misspelling of another: `Baker` and `Bakes` are both names. */
const MISSPELT_LENGTH = 6;

/** Tracks who has been speaking in an article, to resolve `he`, `the diplomat` and surnames. */
class SpeakerContext {
  private lastPerson: { name: string; role: string | null } | null = null;
  /** The role each person was given where a quotation of theirs named one. */
  private readonly rolesGiven = new Map<string, string>();
  private lastOrganisation: string | null = null;
  /** Each body named as speaker, by the fuller name the article gives it, if any. */
  private readonly bodyNames = new Map<string, string | null>();
  private lastUnnamed: Who | null = null;
  /** The last unnamed speaker of each role noun: `the official` is the official who spoke, though sources spoke since. */
  private readonly unnamedByRole = new Map<string, Who>();
  /** Whether an unnamed person (`a Western diplomat`) spoke since the last named one: `he` and `she` then mean them. */
  private unnamedSpokeLast = false;
  /** A group of people (`western diplomats`) who spoke after any body or person did: `they` then means them. */
  private groupSpokeLast: Who | null = null;
  private lastPersonParagraph = -1;
  /** How often each person has been named as the speaker of a quotation. */
  private readonly attributed = new Map<string, number>();

  private found: PeopleIndex | null = null;

  constructor(private readonly paragraphs: readonly string[]) {}

  /** The people the article names, read only when a speaker needs resolving, and looked up by name. */
  private get index(): PeopleIndex {
    this.found ??= indexPeople(peopleMentioned(this.paragraphs));
    return this.found;
  }

  private get people(): readonly PersonMention[] {
    return this.index.mentions;
  }

  /** The role the article gives a person where it names them (`Grain Minister Olga Petrova`). */
  private roleOf(name: string): string | null {
    return this.index.roles.get(name) ?? null;
  }

  /** The fullest form the article gives of a name: `Zakharova` → `Maria Zakharova` (or `Jiang` → `Jiang Zemin`). */
  fullest(name: string): string {
    const longest = this.index.longestBySurname.get(surnameOf(name));
    if (longest && longest.length > name.length) return longest;
    if (!name.includes(' ')) return this.index.byFirstWord.get(name) ?? (longest ? name : this.misspelt(name)) ?? name;
    return name;
  }

  /** The person whose surname a lone name misspells (`Yuetter` for `Clayton Yeutter`), when only one is a typo away. */
  private misspelt(name: string): string | undefined {
    const written = surnameOf(name);
    if (written.length < MISSPELT_LENGTH) return undefined;
    const near = [...this.index.longestBySurname].filter(
      ([surname]) =>
        surname.length >= MISSPELT_LENGTH && oneTypoApart(surname, written) && `${surname}s` !== written && `${written}s` !== surname,
    );
    return near.length === 1 ? near[0]![1] : undefined;
  }

  /**
   * A lone capitalized word is a person only when the article names someone by it ("Baxter") or calls it
   * `Mr` or `Dr`; else a place or body ("Kiev").
   */
  private classify(phrase: SpeakerPhrase): SpeakerPhrase {
    if (phrase.kind === 'organisation' && phrase.name) {
      const person = this.index.longestBySurname.get(surnameOf(phrase.name));
      if (person && runsIntoName(phrase.name, person)) return { ...phrase, kind: 'person', name: person };
    }
    if (phrase.kind !== 'person') return phrase;
    // `National Distillers said`: the first words of a body the article names in full (`National Distillers and Chemical Corp`).
    if (phrase.name!.includes(' ')) return this.fullerBodyName(phrase.name!) ? { ...phrase, kind: 'organisation' } : phrase;
    if (this.fullest(phrase.name!) !== phrase.name) return phrase;
    if (isHonorific(phrase.mention.split(' ')[0]!)) return phrase;
    return { ...phrase, kind: 'organisation' };
  }

  resolve(given: SpeakerPhrase, paragraph: number, at: number): Who {
    const who = this.resolvePhrase(this.classify(given), paragraph, at);
    if (who.speakerType === 'person' && who.speaker) {
      this.lastPersonParagraph = paragraph;
      this.attributed.set(who.speaker, (this.attributed.get(who.speaker) ?? 0) + 1);
    }
    this.spoke(who);
    return who;
  }

  private resolvePhrase(phrase: SpeakerPhrase, paragraph: number, at: number): Who {
    if (PUBLICATION_STAND_IN.test(phrase.mention)) {
      // Else the body that spoke last: a paper named in one word (`Granma`), or a body's own paper (`the Bank of England`).
      const publication = this.publicationBefore(paragraph, at) ?? this.lastOrganisation;
      if (publication) return { speaker: this.noteOrganisation(publication), role: null, speakerType: 'organisation' };
    }
    switch (phrase.kind) {
      case 'person':
        return this.notePerson(phrase);
      case 'organisation':
        return { speaker: this.noteOrganisation(phrase.name!), role: null, speakerType: 'organisation' };
      case 'unnamed':
        // `the bank`, `the statement`: a stand-in for the body last named, when one was.
        if (STAND_IN.test(phrase.mention) && this.lastOrganisation) {
          return { speaker: this.lastOrganisation, role: null, speakerType: 'organisation' };
        }
        return this.noteUnnamedOrAgain(phrase);
      case 'pronoun':
        if (/^they$/i.test(phrase.mention) && this.groupSpokeLast) return this.groupSpokeLast;
        if (/^(it|they)$/i.test(phrase.mention) && this.lastOrganisation)
          return { speaker: this.lastOrganisation, role: null, speakerType: 'organisation' };
        if (/^it$/i.test(phrase.mention)) return { speaker: null, role: null, speakerType: null };
        return (
          this.subjectBefore(paragraph, at) ??
          (/^(he|she)$/i.test(phrase.mention) && this.unnamedSpokeLast ? this.lastUnnamed! : this.personBefore(paragraph, at))
        );
      case 'nominal':
        return this.resolveNominal(phrase, paragraph, at);
    }
  }

  /** `the official`, `the ministers`, `the statement`: whom a phrase naming a role or a kind of text stands for. */
  private resolveNominal(phrase: SpeakerPhrase, paragraph: number, at: number): Who {
    if (/\b(statement|report|newspaper|ministry|company|government)\b/i.test(phrase.mention) && this.lastOrganisation) {
      return { speaker: this.lastOrganisation, role: null, speakerType: 'organisation' };
    }
    const again = this.unnamedAgain(phrase.role);
    if (again) return again;
    // `the ministers`, `the Japanese press`: a group or a body speaks, not one person named before.
    if (isPlural(roleNoun(phrase.role)) || !isRoleWord(roleNoun(phrase.role)))
      return this.noteUnnamed({ ...phrase, name: phrase.mention.toLowerCase() });
    // `the official` after `a U.S. delegate said`, before anyone named has spoken, is that delegate.
    if (this.unnamedSpokeLast && !this.lastPerson) return this.lastUnnamed!;
    return this.personBefore(paragraph, at, phrase.role);
  }

  /** Notes a speaker the narrative names, without a quotation of theirs. */
  note(given: SpeakerPhrase): void {
    const phrase = this.classify(given);
    if (phrase.kind === 'unnamed') this.spoke(this.noteUnnamedOrAgain(phrase));
    else if (phrase.kind === 'person') this.spoke(this.notePerson(phrase));
    else if (phrase.kind === 'organisation') this.noteOrganisation(phrase.name!);
    // "the official said …" after "one official said …": the same unnamed speaker speaks again.
    else if (phrase.kind === 'nominal') {
      const again = this.unnamedAgain(phrase.role);
      if (again) this.spoke(again);
    }
  }

  /**
   * A body named: in short (`GM`, `National Distillers`), the body named in full before (`General Motors
   * Corp`, `National Distillers and Chemical Corp`), by its first words or the initials of its name.
   */
  private noteOrganisation(name: string): string {
    const fullest = this.fullerBodyName(name) ?? name;
    this.lastOrganisation = fullest;
    return fullest;
  }

  private fullerBodyName(name: string): string | null {
    let fuller = this.bodyNames.get(name);
    if (fuller === undefined) {
      fuller = fullerBodyName(this.paragraphs.join('\n'), name);
      this.bodyNames.set(name, fuller);
    }
    return fuller;
  }

  /** `the sources`: the group of that name who spoke before (`sources close to the central bank`), else a new one. */
  private noteUnnamedOrAgain(phrase: SpeakerPhrase): Who {
    return (/^the\s/i.test(phrase.mention) && this.unnamedAgain(phrase.role)) || this.noteUnnamed(phrase);
  }

  /** The unnamed speaker of a role who spoke before (`the official` after `one official said`), speaking again. */
  private unnamedAgain(role: string | null): Who | null {
    const again = this.unnamedByRole.get(roleNoun(role));
    if (again) this.lastUnnamed = again;
    return again ?? null;
  }

  /** Who spoke last decides whom `he` and `she` mean next: one person, not a group (`western officials`). */
  private spoke(who: Who): void {
    if (who.speakerType === 'person') this.unnamedSpokeLast = false;
    if (who.speakerType === 'unnamed') this.unnamedSpokeLast = isRoleWord(roleNoun(who.role)) && !isPlural(roleNoun(who.role));
    this.groupSpokeLast = who.speakerType === 'unnamed' && isPlural(roleNoun(who.role)) ? who : null;
  }

  /**
   * A person named: their role is the one given here when it names one, else the one known for them
   * (`Jardine Fleming's Edwards` after `Jardine Fleming analyst Nick Edwards` is the analyst).
   */
  private notePerson(phrase: SpeakerPhrase): Who {
    const name = this.fullest(phrase.name!);
    const known = this.lastPerson?.name === name ? this.lastPerson.role : (this.rolesGiven.get(name) ?? this.roleOf(name));
    const namesRole = phrase.role !== null && isRoleWord(roleNoun(phrase.role));
    if (namesRole) this.rolesGiven.set(name, phrase.role!);
    const role = phrase.role && (!known || namesRole) ? phrase.role : known;
    this.lastPerson = { name, role };
    return this.person();
  }

  private noteUnnamed(phrase: SpeakerPhrase): Who {
    this.lastUnnamed = { speaker: phrase.name, role: phrase.role, speakerType: 'unnamed' };
    if (roleNoun(phrase.role)) this.unnamedByRole.set(roleNoun(phrase.role), this.lastUnnamed);
    return this.lastUnnamed;
  }

  /** The most recent speaker, for a quote the text does not attribute; a person named in the article before a body. */
  current(paragraph: number, at: number): Who {
    // An unnamed speaker who spoke last (`a western diplomat said`) goes on speaking in the quotes that follow.
    if (this.unnamedSpokeLast && this.lastUnnamed) return this.lastUnnamed;
    const principal = this.principal();
    if (principal && this.lastPerson && principal !== this.lastPerson.name && this.lastPersonParagraph < paragraph) {
      return { speaker: principal, role: this.roleOf(principal), speakerType: 'person' };
    }
    const person = this.personBefore(paragraph, at);
    if (person.speaker) return person;
    return { speaker: this.lastOrganisation, role: null, speakerType: this.lastOrganisation ? 'organisation' : null };
  }

  /**
   * The article's principal speaker: the person quoted by name most often so far, at least twice as
   * often as anyone else. Unattributed quotes in a paragraph of their own are theirs ("Below are
   * Putin's key statements"), not the last person mentioned in passing.
   */
  private principal(): string | null {
    const ranked = [...this.attributed].sort((a, b) => b[1] - a[1]);
    const [first, second] = ranked;
    return first && first[1] >= 2 * (second?.[1] ?? 0) && first[1] >= 2 ? first[0] : null;
  }

  /** The publication the story named last before a point (`the official International Business newspaper`). */
  private publicationBefore(paragraph: number, at: number): string | null {
    const text = [...this.paragraphs.slice(0, paragraph), this.paragraphs[paragraph]!.slice(0, at)].join('\n');
    // `The newspaper` is no name: the words before the kind must name it.
    const names = [...text.matchAll(PUBLICATION)]
      .map(([name]) => name.replace(/^(?:The|A|An)\s+/, ''))
      .filter((name) => name.includes(' '));
    return names.at(-1) ?? null;
  }

  /**
   * `he said` after a sentence of the same paragraph about someone else than who spoke last: the person
   * named where a clause opens (`Li appeared to …`, `On Taiwan, Yao repeated …`), as the story has named them.
   */
  private subjectBefore(paragraph: number, at: number): Who | null {
    const before = this.paragraphs[paragraph]!.slice(0, at);
    // A subject named before the last speaker (`Baker was wrong …, Wyttenbach said.`) is not who speaks on.
    const speakerAt = this.lastSpeakerAt(before);
    let subject: string | null = null;
    for (const match of before.matchAll(NAME_OPENING_CLAUSE)) {
      const name = this.fullest(match[1]!);
      if (match.index > speakerAt && this.people.some((person) => person.name === name)) subject = name;
    }
    if (!subject || (subject === this.lastPerson?.name && !this.unnamedSpokeLast)) return null;
    this.lastPerson = { name: subject, role: this.roleOf(subject) };
    return this.person();
  }

  /** Where a text last names whoever spoke last: a person by any word of their name, someone unnamed by their role. */
  private lastSpeakerAt(text: string): number {
    if (this.unnamedSpokeLast) {
      const noun = roleNoun(this.lastUnnamed!.role);
      return noun ? text.lastIndexOf(noun) : -1;
    }
    return this.lastPerson ? lastMention(text, this.lastPerson.name) : -1;
  }

  private person(): Who {
    return { speaker: this.lastPerson!.name, role: this.lastPerson!.role, speakerType: 'person' };
  }

  /**
   * The person a pronoun or `the diplomat` points to: the last speaker; else, of the latest paragraph
   * naming anyone before, the first person it names (the subject, as a rule: `Shultz met Aquino`); else
   * the first named after (a lead often names them later).
   */
  private personBefore(paragraph: number, at: number, role: string | null = null): Who {
    if (this.lastPerson) return this.person();
    const before = (p: { paragraph: number; at: number }) => p.paragraph < paragraph || (p.paragraph === paragraph && p.at < at);
    const earlier = this.people.filter(before);
    const latest = earlier.at(-1);
    const mentioned = latest ? earlier.find((p) => p.paragraph === latest.paragraph) : this.people.find((p) => !before(p));
    if (!mentioned) return { speaker: null, role, speakerType: null };
    const name = this.fullest(mentioned.name);
    this.lastPerson = { name, role: this.roleOf(name) ?? role };
    return this.person();
  }
}

/** The noun a role turns on, in lower case: `official` of `a senior official at the Canadian embassy`. */
function roleNoun(role: string | null): string {
  return role ? headNoun(role).toLowerCase() : '';
}

/** A run of capitalized words that may be a name; a part may be joined by a hyphen (`Jean-Maxime`). */
const PERSON_RUN =
  /(?<![\w.'’-])((?:[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*|[A-Z]\.)(?:\s+(?:[A-Z][a-zA-Z'’-]+|[A-Z]\.|(?:de|van|von|of)(?=\s+[A-Z])|al-[A-Z][a-z]+)){1,5})/g;

const FOLLOWING_CUE = new RegExp(`^\\s+${CUE}\\b`);

/** `Gene Cartledge, chairman …` / `Ross said`: what follows a name that makes it a person's. */
function personFollows(rest: string): boolean {
  if (FOLLOWING_CUE.test(rest)) return true;
  const apposition = /^,\s+((?:\S+\s+){0,3}\S+)/.exec(rest);
  return apposition !== null && apposition[1]!.split(/\s+/).some((word) => /^[a-z]/.test(word) && isRoleWord(word));
}

/** The people an article names, with what speaker resolution asks of them, each answered by one look-up. */
interface PeopleIndex {
  mentions: readonly PersonMention[];
  /** The role given where each person is first named with one. */
  roles: ReadonlyMap<string, string>;
  /** The longest name (the first of that length) ending in each surname. */
  longestBySurname: ReadonlyMap<string, string>;
  /** The first name that begins with each word (family name first: `Jiang` → `Jiang Zemin`). */
  byFirstWord: ReadonlyMap<string, string>;
}

function indexPeople(mentions: readonly PersonMention[]): PeopleIndex {
  const roles = new Map<string, string>();
  const longestBySurname = new Map<string, string>();
  const byFirstWord = new Map<string, string>();
  for (const { name, role } of mentions) {
    if (role && !roles.has(name)) roles.set(name, role);
    const surname = surnameOf(name);
    if (name.length > (longestBySurname.get(surname)?.length ?? 0)) longestBySurname.set(surname, name);
    const first = name.split(' ')[0]!;
    if (!byFirstWord.has(first)) byFirstWord.set(first, name);
  }
  return { mentions, roles, longestBySurname, byFirstWord };
}

/**
 * Whether a run of three or more capitalized words is a place or body run into a person's surname, for want
 * of a comma (`to the Soviet Union Lyng said`): it ends in the surname of a person the article names in
 * full (`Richard Lyng`), after a capitalized word, and shares no other word with them.
 */
function runsIntoName(run: string, person: string): boolean {
  const runWords = run.split(' ');
  const personWords = person.split(' ');
  if (runWords.length < 3 || personWords.length < 2 || surnameOf(run) !== surnameOf(person)) return false;
  // `House of Seagram` is a name that ends in a surname, not a name run into one.
  if (!startsCapitalized(runWords.at(-2)!)) return false;
  return !personWords.slice(0, -1).some((word) => runWords.includes(word));
}

/**
 * People named in the article, in order: runs of two or more capitalized words that the text treats
 * as a person — after a role word (`analyst Philip Fricke`), before a role or a reporting verb
 * (`Gene Cartledge, chairman …`, `Ross said`), or whose surname comes back alone later.
 */
interface PersonMention {
  name: string;
  role: string | null;
  paragraph: number;
  at: number;
}

/** How much text either side of a name tells what it is: the word before it, the words after. */
const WORD_BEFORE = 60;

function peopleMentioned(paragraphs: readonly string[]): PersonMention[] {
  const text = paragraphs.join('\n');
  const candidates: (PersonMention & { confirmed: boolean })[] = [];
  paragraphs.forEach((paragraph, index) => {
    for (const match of paragraph.matchAll(PERSON_RUN)) {
      const start = match.index!;
      // Read with a preposition before it, the run may start with a place: `Ambassador to Hanoi Gennady Bezdetko`.
      const preposition = /\b(?:to|in|at|of|for|from) $/.exec(paragraph.slice(Math.max(0, start - WORD_BEFORE), start))?.[0] ?? '';
      const phrase = parseSpeaker(preposition + match[1]!);
      if (phrase?.kind !== 'person' || !phrase.name!.includes(' ')) continue;
      const role = preposition ? null : phrase.role;
      // A place or body kept from the run still tells a name follows (`to Hanoi Gennady Bezdetko`); the preposition alone does not (`in New York`).
      const keptFromRun = preposition ? phrase.role?.slice(preposition.length) : phrase.role;
      const at = start + match[0].length - phrase.name!.length;
      const wordBefore =
        paragraph
          .slice(Math.max(0, at - WORD_BEFORE), at)
          .trim()
          .split(/\s+/)
          .at(-1) ?? '';
      const precededByRole = isRoleWord(wordBefore) || Boolean(keptFromRun);
      const followed = personFollows(paragraph.slice(start + match[0].length, start + match[0].length + WORD_BEFORE));
      candidates.push({ name: phrase.name!, role, paragraph: index, at, confirmed: precededByRole || followed });
    }
  });
  // Most names are confirmed where they stand; the words standing alone are read only when one is not.
  let alone: Set<string> | null = null;
  return candidates.filter(
    (c) =>
      c.confirmed ||
      (alone ??= wordsStandingAlone(text)).has(
        c.name
          .split(' ')
          .filter((w) => !/^(Jr|Sr)\.?$/.test(w))
          .at(-1)!,
      ),
  );
}

/**
 * The words a text writes without a capitalized word before them ("Baxter said", not "Frank Baxter"):
 * a surname among them stands for a person named in full elsewhere. One pass over the text.
 */
function wordsStandingAlone(text: string): Set<string> {
  const alone = new Set<string>();
  let previous = '';
  let previousEnd = 0;
  for (const match of text.matchAll(WORD_OF_A_NAME)) {
    const word = match[0];
    // After a capitalized word with only white space between, the word is the rest of a name (`Frank Baxter`).
    // After `Mr` or `Dr` it is a surname standing for the person (`Mr Brown`).
    const afterName = /^\p{Lu}\p{Ll}/u.test(previous) && !isHonorific(previous) && /^\s+$/.test(text.slice(previousEnd, match.index));
    if (!afterName) alone.add(word);
    previous = word;
    previousEnd = match.index + word.length;
  }
  return alone;
}

/** A word as names are written: letters and digits, parts joined by an apostrophe or a hyphen (`O'Neill`, `Jean-Luc`). */
const WORD_OF_A_NAME = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * Extracts every quotation of an article: direct quotes (straight or curly marks, split by their
 * attribution, running over paragraphs) and indirect speech with a reporting verb and a named speaker.
 * `sentenceBounds` gives each paragraph's sentences (see `sentenceBounds` in sentences.ts).
 */
export function extractQuotes(written: readonly string[], sentenceBounds: readonly (readonly number[])[]): ExtractedQuote[] {
  const paragraphs = written.map(withApostrophes);
  const context = new SpeakerContext(paragraphs);
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
      const attribution = after ?? before;
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
    attributeInsideReported(found, reported);
    quotes.push(...found, ...reported, ...clausesAdded(paragraph, bounds, found));
  });
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

/** A quotation no verb attributes, inside reported speech (`X said there was "broad support"`), is the reporter's words. */
function attributeInsideReported(direct: ExtractedQuote[], reported: readonly ExtractedQuote[]): void {
  for (const quote of direct) {
    if (quote.cue !== null) continue;
    const clause = reported.find((r) => r.start <= quote.start && quote.end <= r.end);
    if (clause) Object.assign(quote, { ...speakerOf(clause), mention: clause.mention, cue: clause.cue });
  }
}

/** A reporting verb with no subject between two quotations (`," and then added, "`): the first one's speaker goes on. */
const BARE_CUE = new RegExp(`^[\\s,]*(?:and\\s+)?(?:then\\s+)?(${CUE})[\\s,:]*$`);

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

/** Where the sentence holding an offset starts: a binary search over the sentence starts (the even places of `bounds`). */
function sentenceStart(bounds: readonly number[], offset: number): number {
  let low = 0;
  let high = bounds.length >>> 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (bounds[2 * middle]! <= offset) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? 0 : bounds[2 * (low - 1)]!;
}

function directQuote(paragraph: string, span: QuoteSpan, who: Attributed): ExtractedQuote {
  let end = span.end;
  let start = span.start;
  while (start < end && /\s/.test(paragraph[start]!)) start += 1;
  while (end > start && /[\s,]/.test(paragraph[end - 1]!)) end -= 1;
  return { paragraph: span.paragraph, start, end, text: paragraph.slice(start, end), ...who, kind: 'direct' };
}

const INDIRECT_VERB = alternation(INDIRECT_SPEECH_VERBS);
const INDIRECT_AFTER = new RegExp(
  `^(.{15,}?),\\s+([^,"“”]{2,120}?)(?:,\\s+([^,"“”]{3,150}),)?\\s+(${INDIRECT_VERB})(?:\\s+[^,"“”]{0,80})?(?:,\\s+but\\s+[^"“”]{0,120})?[.!]?$`,
);
/** A phrase a sentence may open with before its subject: "In a speech, …", "Last week, …", "Reaffirming the plan, …". */
const OPENING_WORD = `(?:In|On|At|After|During|Asked|Later|Earlier|However|But|As|Last|Among|Outside|Meanwhile|Since|Before|With|Under|For|Despite|Although|While|When|Yesterday|Today|Instead|[A-Z][a-z]+ing)\\b`;
const OPENING_PHRASE = `${OPENING_WORD}[^,"“”]{0,120},\\s+`;
/** People named by their role in the plural, who may speak without an article: `… but officials said`. */
const PLURAL_ROLE = alternation([...ROLE_WORDS].filter((word) => /[^s]s$/.test(word)));
/** The subject: a name, a noun phrase or a pronoun, with a parenthesis, a ticker or an apposition after it. */
const SUBJECT = `(?!${OPENING_WORD},)((?:(?:[a-z][\\w-]*\\s+)?[A-Z][\\w'’.-]*|the|a|an|one|he|she|they|it|${PLURAL_ROLE})(?:\\s+[\\w'’.-]+){0,7}?)(?:\\s*\\([^()]{1,40}\\))?(?:\\s*<[^<>]{1,20}>)?(?:,\\s+([^,"“”]{2,150}(?:,\\s+[^,"“”]{2,150}){0,2}),)?`;
const ADVERB = `(?:\\s+(?:${ADVERBS_BEFORE_VERB}))?`;
/** What a reporting verb may be said in, at or to, before the clause: `in a statement`, `told a news conference`. */
const SETTING =
  '(?:statement|interview|speech|report|letter|release|address|conference|briefing|hearing|testimony|broadcast|meeting|session|seminar|symposium|message|communique|newsletter|commentary|editorial|article|forum|luncheon|gathering|parliament|committee|subcommittee|panel|audience|reporters|journalists|newsmen|correspondents|newspaper|television|radio|agency|advertisement|filing|notice|circular|document|[A-Z][a-z]+day)s?';
/** Whom a filing or a letter was sent to: `with the Securities and Exchange Commission`. */
const ADDRESSEE = `(?:\\s+(?:with|to|of|by|from)\\s+(?:the\\s+)?[A-Z][\\w.&'’-]*(?:\\s+(?:and\\s+|of\\s+)?[A-Z][\\w.&'’-]*)*)`;
/** Where or when it was said, between the verb and the clause: `in a statement`, `at the weekend`, `last week`, `in Tokyo`. */
const SAID_WHERE_OR_WHEN = `(?:\\s+(?:(?:on|at|in|during|to|before)\\s+(?:[\\w'’.-]+\\s+){0,4}?${SETTING}\\b${ADDRESSEE}?|in\\s+[A-Z][\\w.-]*(?:\\s+[A-Z][\\w.-]*)?|(?:on|at|in|during)\\s+[\\w\\s]+?|here|yesterday|today|tonight|earlier|later|(?:last|this)\\s+(?:week|month|year|night|weekend)))`;
/** The reporting verb after its subject, and the clause it reports to the end of the sentence. */
const VERB_AND_CLAUSE = `\\s+(told\\s+(?:[\\w'’.-]+\\s+){0,4}?${SETTING}\\b|told (?:the |a )?\\w+|${alternation(INDIRECT_SPEECH_VERBS.filter((verb) => verb !== 'told'))})${SAID_WHERE_OR_WHEN}{0,2},?\\s+(?:that\\s+)?(?!to\\s)(.{10,}?)[.!]?$`;
const INDIRECT_BEFORE = new RegExp(
  `(?:^(?:${OPENING_PHRASE})?(?:(?:But|And|Yet|So)\\s+)?|,\\s+(?:but|and|while)\\s+|\\s+but\\s+)${SUBJECT}${ADVERB}(?:\\s+(?:has|have|had))?${VERB_AND_CLAUSE}`,
);
/** A role word as it opens a description, in lower case or capitalised: `president`, `President`. */
const ROLE_OPENING = alternation([...ROLE_WORDS].flatMap((word) => [word, word[0]!.toUpperCase() + word.slice(1)]));
/**
 * A name with its role at a body, the comma that closes the apposition left out (`Nalin Vissanji, President of
 * the Indian Merchants Chambers of Commerce said …`, `Neil Harl, professor of economics at Iowa State University
 * told …`): only a name and a role at a named body are read so.
 */
const INDIRECT_BEFORE_UNCLOSED = new RegExp(
  `^(?:${OPENING_PHRASE})?(?:(?:But|And|Yet|So)\\s+)?([A-Z][\\w'’.-]+(?:\\s+[A-Z][\\w'’.-]+){1,3}),\\s+((?:the\\s+|a\\s+|an\\s+)?(?:[\\w-]+\\s+){0,3}?(?:${ROLE_OPENING})(?:\\s+of\\s+[a-z][\\w-]*(?:\\s+[a-z][\\w-]*)?)?\\s+(?:of|at|for|with)\\s+(?:the\\s+)?[A-Z][^,"“”]{1,100}?)${ADVERB}${VERB_AND_CLAUSE}`,
);
/** Speech in a relative clause on a name: `… from Sen. James McClure, R-Idaho, who agreed that the package should …`. */
const INDIRECT_RELATIVE = new RegExp(
  `([A-Z][\\w'’.-]*(?:\\s+[A-Z][\\w'’.-]*){0,3})(?:,\\s+([^,"“”]{2,60}))?,\\s+who${ADVERB}${VERB_AND_CLAUSE}`,
);
/** Where the sentence's own verb follows a relative clause: `Smith, who said he would go, was replaced`. */
const MAIN_CLAUSE_RESUMES = /,\s+(?=(?:was|were|is|are|has|have|had|will|would|also|said|told|added)\b)/;
/**
 * Speech in a participle after the sentence's own clause, by its subject: `Poehl welcomed the accord, saying the
 * agreement …`, `Baker moved to defuse speculation, telling an interviewer he stood by …`.
 */
const PARTICIPLE_SPEECH = new RegExp(
  `^(?:${OPENING_PHRASE})?([^"“”]{3,}?)(?:,\\s+with\\s+([^"“”]{2,100}?),?|,)\\s+(saying|adding|noting|arguing|warning|insisting|telling\\s+[^,"“”]{2,80}?(?=\\s+(?:that|he|she|they|it|we|there)\\s))\\s+(?:that\\s+)?(?!to\\s)([^"“”]{10,}?)[.!]?$`,
);
/** Subjects that name no one: `It was the third blast since Moscow halted …, saying …`. */
const IMPERSONAL_SUBJECT = /^(?:it|there|this|that|these|those)$/i;
const ACCORDING_FIRST = /^According to ([^,]{2,120}),\s+(.{10,}?)[.!]?$/;
const ACCORDING_AFTER = /^(.{10,}?),\s+according to ([^,.]{2,120})(?:[,.]|$)/;

/** A quoted stretch is a quotation unless it is a scare quote; a short one that a reporting verb follows ("Yes," he said) is one. */
function isQuotation(paragraph: string, span: QuoteSpan): boolean {
  const text = paragraph.slice(span.start, span.end);
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
    const text = paragraph.slice(sentence.start, sentence.end);
    let before = null as ExtractedQuote | null;
    for (const found of readIndirect(text)) {
      // A quotation inside reported speech ("X said the plan was "dead"") leaves the speech reported; one the
      // sentence opens with, or is attributed to after it, is the direct quotation the sentence is.
      if (quoted && !(found.speakerFirst && sentence.start + text.indexOf(found.clause) < quoted.start - 1)) continue;
      const start = sentence.start + text.indexOf(found.clause);
      const at = { paragraph: p, start, end: start + found.clause.length, text: found.clause, cue: found.cue, kind: 'indirect' as const };
      const quote: ExtractedQuote | null = found.bySpeakerBefore && before ? { ...before, ...at } : reportedBy(found, at, context);
      if (quote) quotes.push(quote);
      before = quote;
    }
  }
  return quotes;
}

/** A reported clause with its speaker resolved, if the words before the verb name one. */
function reportedBy(
  found: ReportedSpeech,
  at: Omit<ExtractedQuote, keyof Who | 'mention'>,
  context: SpeakerContext,
): ExtractedQuote | null {
  const phrase = parseSpeaker(found.apposition ? `${found.speaker}, ${found.apposition}` : found.speaker);
  if (!phrase || !plausibleSpeaker(found.speaker)) return null;
  return { ...at, ...context.resolve(phrase, at.paragraph, at.start), mention: phrase.mention };
}

interface ReportedSpeech {
  clause: string;
  speaker: string;
  cue: string;
  /** Whether the speaker and the verb come before the clause (`X said …`, `According to X, …`). */
  speakerFirst: boolean;
  /** What the text says of the speaker between commas: `Den Norske Creditbank, Norway's biggest bank, said …`. */
  apposition?: string;
  /** Said by the speaker of the clause before it in the sentence, whoever `he` there is. */
  bySpeakerBefore?: true;
}

/** Speech read from a match of speaker, apposition, verb and clause, in that order (`X, the minister, said that …`). */
function speakerThenSpeech(match: RegExpExecArray, clause = match[4]!): ReportedSpeech {
  const [, speaker, apposition, cue] = match;
  return { speaker: speaker!, ...(apposition ? { apposition } : {}), clause, cue: cue!.split(' ')[0]!, speakerFirst: true };
}

/** The reported speech of a sentence: one clause, or two when a participle adds to it (`…, he said, adding that …`). */
function readIndirect(sentence: string): ReportedSpeech[] {
  const text = sentence.replace(/^(MOSCOW|[A-Z][A-Z .]+(?:\/[^/]+\/)?),\s+[A-Z][a-z]+\.?\s+\d{1,2}\.\s+\/[A-Z]+\/\.\s+/, '');
  const found = reportedSpeechIn(text);
  return found ? [found] : participleSpeech(text);
}

function reportedSpeechIn(text: string): ReportedSpeech | null {
  let match = ACCORDING_FIRST.exec(text);
  if (match) return { speaker: match[1]!, clause: match[2]!, cue: 'according to', speakerFirst: true };
  match = ACCORDING_AFTER.exec(text);
  if (match) return { speaker: match[2]!, clause: match[1]!, cue: 'according to', speakerFirst: false };
  match = INDIRECT_BEFORE.exec(text);
  if (match) {
    if (plausibleSpeaker(match[1]!)) return speakerThenSpeech(match);
    // No speaker after `but`: what follows it may be the speech itself (`… but the system would stay, Silva said`).
    if (!/^,?\s+but\s/.test(match[0])) return null;
  }
  match = INDIRECT_BEFORE_UNCLOSED.exec(text);
  if (match) return speakerThenSpeech(match);
  match = INDIRECT_RELATIVE.exec(text);
  if (match) return speakerThenSpeech(match, match[4]!.split(MAIN_CLAUSE_RESUMES)[0]!);
  match = INDIRECT_AFTER.exec(text);
  if (match) {
    const [, clause, speaker, apposition, cue] = match;
    return { speaker: speaker!, ...(apposition ? { apposition } : {}), clause: clause!, cue: cue!, speakerFirst: false };
  }
  return null;
}

/**
 * Speech in a participle, by whoever speaks in the clause before it (`…, the CPB said, noting …`), the one
 * named after `with` (`…, with chairman Dan Glickman saying …`), or else that clause's subject. What is said is
 * a clause with a verb: `adding 60 pct to their value` says nothing.
 */
function participleSpeech(sentence: string): ReportedSpeech[] {
  const match = PARTICIPLE_SPEECH.exec(sentence);
  if (!match || !hasFiniteVerb(match[4]!)) return [];
  const [, main, named, cue, clause] = match;
  const added = { clause: clause!, cue: cue!.split(/\s/)[0]!, speakerFirst: true };
  const said = reportedSpeechIn(main!);
  if (said) return [said, { ...added, speaker: said.speaker, bySpeakerBefore: true }];
  const subject = named ?? subjectOf(main!)?.replace(TRAILING_TIME, '');
  return subject && !IMPERSONAL_SUBJECT.test(subject) ? [{ ...added, speaker: subject }] : [];
}

/** When the subject acted, read by a tagger as part of it: `The central bank last night`. */
const TRAILING_TIME = new RegExp(`\\s+(?:${ADVERBS_BEFORE_VERB}|(?:last|this)\\s+(?:night|month|year|weekend))$`);

/** Whether a text has a verb that is not a participle: `it was too high`, not `promoting exports`. */
function hasFiniteVerb(text: string): boolean {
  return tagWords(text).some((word) => (word.pos === 'VERB' || word.pos === 'AUX') && !/ing$/i.test(word.text));
}

/** The subject a clause opens with: its words up to the first verb as the tagger reads them, an adverb before the verb left out. */
function subjectOf(clause: string): string | null {
  let cursor = 0;
  let subjectEnd = 0;
  for (const word of tagWords(clause)) {
    const at = clause.indexOf(word.text, cursor);
    if (at < 0) return null;
    if (word.pos === 'VERB' || word.pos === 'AUX') return subjectEnd > 0 ? clause.slice(0, subjectEnd) : null;
    cursor = at + word.text.length;
    if (word.pos !== 'ADV') subjectEnd = cursor;
  }
  return null;
}
