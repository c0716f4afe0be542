import {
  ADVERBS_BEFORE_VERB,
  DOCUMENT_BY,
  DOCUMENT_KINDS,
  type SpeakerPhrase,
  bodyNameEndingIn,
  headNoun,
  isPlural,
  isRoleWord,
  surnameAsWritten,
  surnameOf,
  isOrganisationWord,
  withoutAsides,
} from './speaker-phrase.ts';
import { fullerBodyName } from './body-names.ts';
import { type PeopleIndex, type PersonMention, WORD_BEFORE, indexPeople, peopleMentioned, runsIntoName } from './people-named.ts';
import { escapeRegExp } from '../../text/regexp.ts';
import type { SpeakerType } from '../../model/quote.ts';
import { oneTypoApart } from '../../text/typos.ts';
import { startsCapitalized } from '../../text/tokens.ts';
import { sentenceStart } from '../../text/sentences.ts';
import { PRESS_KINDS, SPEECH_VERB, alternation, isHonorific } from '../../text/lexicon.ts';

/** Who said something: a person, a body or someone unnamed, with the role the text gives them. */
export type Who = { speaker: string | null; role: string | null; speakerType: SpeakerType | null };

/** A body or a document named by its kind alone: `the bank`, `the ministry`, `the statement`, `the report`. */
const STAND_IN =
  /^the\s+(?:bank|company|ministry|agency|statement|report|study|survey|group|firm|board|government|department|exchange|fund)$/i;
/**
 * A body named by a kind that its name says (`the union` for the United Auto Workers Union, `the institute` for the
 * Kiel Institute): the last body named so, not any body named last (`the union` is no mining company).
 */
const KIND_STAND_IN = /^the\s+(chamber|association|council|commission|institute|federation|confederation|union|authority)$/i;

/** The body an unnamed person works for, in capitals: `for the EC Commission`, `at Bombay stock brokers Batliwala and Karani`. */
const WORKPLACE = /\b(?:for|of|at|from|with)\s+(?:the\s+)?(\p{Lu}[\p{L}.&'’-]*(?:\s+(?:(?:of|for|and|&)\s+)?\p{Lu}[\p{L}.&'’-]*)*)/u;

/** A document named by its kind alone: `the statement`, `the joint communique`. */
const DOCUMENT_STAND_IN = new RegExp(`^the\\s+(?:[\\w-]+\\s+)?(?:${DOCUMENT_KINDS}|letter|release)$`, 'i');

/** A publication named by its kind alone: `the paper`, `the newspaper`, `the editorial`. */
const PUBLICATION_STAND_IN = new RegExp(`^the\\s+(?:${alternation([...PRESS_KINDS, 'editorial'])})$`, 'i');

/**
 * A publication's name: capitalized words before `newspaper`, `magazine`, `daily` or `weekly` (`China Legal
 * News newspaper`, `Newsweek magazine`), or ending in a word of the press (`New York Times`, `People's Daily`).
 */
const PUBLICATION =
  /(?:[A-Z][\w'&.-]*\s+){1,5}(?:newspaper|magazine|daily|weekly)\b|(?:[A-Z][\w'&.-]*\s+){1,4}(?:Daily|Times|Post|Journal|News|Herald|Tribune|Gazette|Shimbun|Weekly|Week)\b/g;

/** A verb that reports speech, as the lexicon lists them. */
const REPORTING_VERB = new RegExp(`\\b${SPEECH_VERB}\\b`);

/**
 * A text up to a quotation, without the sentence it ends in (from `start`) when no verb there reports it: that
 * sentence's words are the speech itself (`Ford has been "a little bit of a laggard" in that area, he said`).
 */
function withoutSpeechBegun(text: string, start: number): string {
  return REPORTING_VERB.test(text.slice(start)) ? text : text.slice(0, start);
}

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

type Sex = 'male' | 'female';
/** `he`, `his`: male; `she`, `her`: female. */
const PRONOUN_SEX = /^(?:(he|his)|she|her)\b/i;

function otherSex(sex: Sex): Sex {
  return sex === 'male' ? 'female' : 'male';
}

/** A name shorter than this is not read as a misspelling of another: `Baker` and `Bakes` are both names. */
const MISSPELT_LENGTH = 6;

/** Tracks who has been speaking in an article, to resolve `he`, `the diplomat` and surnames. */
export class SpeakerContext {
  private lastPerson: { name: string; role: string | null } | null = null;
  /** The role each person was given where a quotation of theirs named one. */
  private readonly rolesGiven = new Map<string, string>();
  private lastOrganisation: string | null = null;
  /** The bodies named so far, in the order they were. */
  private readonly organisations: string[] = [];
  /** Who wrote the last document named with its authors (`a joint statement by …`). */
  private documentAuthors: Who | null = null;
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

  /** Whether each person is a man or a woman, as far as the text has told. */
  private readonly sexes = new Map<string, Sex>();
  /** The people the text names with no title that tells it. */
  private readonly untitled = new Set<string>();

  private found: PeopleIndex | null = null;

  constructor(
    private readonly paragraphs: readonly string[],
    /** Each paragraph's sentences (see `sentenceBounds` in sentences.ts). */
    private readonly sentences: readonly (readonly number[])[],
  ) {}

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
   * A lone capitalized word is a person only when the article names someone by it ("Baxter"), calls it `Mr` or
   * `Dr`, or gives it a title ("Energy Minister Subroto"); else a place or body ("Kiev").
   */
  private classify(phrase: SpeakerPhrase): SpeakerPhrase {
    if (phrase.kind === 'organisation' && phrase.name) {
      const person = this.index.longestBySurname.get(surnameOf(phrase.name));
      if (person && runsIntoName(phrase.name, person)) return { ...phrase, kind: 'person', name: person };
    }
    if (phrase.kind !== 'person') return phrase;
    // `The Sunday Mail said`: `the` before a name with no title makes it a body's.
    if (!phrase.role && /^[Tt]he\s+\p{Lu}/u.test(phrase.mention)) return { ...phrase, kind: 'organisation' };
    // `National Distillers said`: the first words of a body the article names in full (`National Distillers and Chemical Corp`).
    if (phrase.name!.includes(' ')) return this.fullerBodyName(phrase.name!) ? { ...phrase, kind: 'organisation' } : phrase;
    if (this.fullest(phrase.name!) !== phrase.name) return phrase;
    if (isHonorific(phrase.mention.split(' ')[0]!)) return phrase;
    // `Energy Minister Subroto`, `President Reagan`: a title just before one name makes it a person's.
    if (phrase.role && isRoleWord(phrase.role.split(' ').at(-1)!) && !isPlural(phrase.name!)) return phrase;
    return { ...phrase, kind: 'organisation', name: bodyNameEndingIn(phrase.mention, phrase.name!) };
  }

  resolve(given: SpeakerPhrase, paragraph: number, at: number): Who {
    const who = this.agreeing(given, this.resolvePhrase(this.classify(given), paragraph, at), paragraph, at);
    if (DOCUMENT_BY.test(given.mention) && who.speaker) this.documentAuthors = who;
    if (who.speakerType === 'person' && who.speaker) {
      this.lastPersonParagraph = paragraph;
      this.attributed.set(who.speaker, (this.attributed.get(who.speaker) ?? 0) + 1);
    }
    this.spoke(who);
    return who;
  }

  /**
   * `he` or `she` for someone the text has called the other (`she` of Margaret Thatcher, then `he said`): the
   * person named last before whom it may mean. Each person is taken to be as first called by a pronoun that their
   * paragraph names them before, or that was found to mean them so.
   */
  private agreeing(given: SpeakerPhrase, who: Who, paragraph: number, at: number): Who {
    const called = given.kind === 'pronoun' ? PRONOUN_SEX.exec(given.mention) : null;
    if (!called || who.speakerType !== 'person' || !who.speaker) return who;
    const sex = called[1] ? 'male' : 'female';
    const before = this.paragraphs[paragraph]!.slice(0, at);
    const other = this.sexOf(who.speaker) === otherSex(sex) ? this.namedLast(sex, paragraph, before) : null;
    const agreed = other ?? who;
    if (this.sexOf(agreed.speaker!) === undefined && (other || lastMention(before, agreed.speaker!) !== -1))
      this.sexes.set(agreed.speaker!, sex);
    return agreed;
  }

  /** Whether a person is a man or a woman as the text tells: by `Mr` or `Mrs`, `Ms`, `Miss` before their surname, or by a pronoun. */
  private sexOf(name: string): Sex | undefined {
    if (!this.sexes.has(name) && !this.untitled.has(name)) {
      const surname = escapeRegExp(surnameAsWritten(name));
      const title = new RegExp(`\\b(?:(Mr)|Mrs|Ms|Miss)\\.?\\s+${surname}\\b`).exec(this.paragraphs.join('\n'));
      if (title) this.sexes.set(name, title[1] ? 'male' : 'female');
      else this.untitled.add(name);
    }
    return this.sexes.get(name);
  }

  /** The person named last before a place (in full or by a word of their name) whom the text has not called the other sex. */
  private namedLast(sex: Sex, paragraph: number, before: string): Who | null {
    const text = [...this.paragraphs.slice(0, paragraph), before].join('\n');
    const names = new Set([...this.people.map((p) => this.fullest(p.name)), ...this.attributed.keys()]);
    let named: { name: string; at: number } | null = null;
    for (const name of names) {
      const at = lastMention(text, name);
      if (at !== -1 && this.sexOf(name) !== otherSex(sex) && (!named || at > named.at)) named = { name, at };
    }
    if (!named) return null;
    this.lastPerson = { name: named.name, role: this.roleOf(named.name) };
    return this.person();
  }

  private resolvePhrase(phrase: SpeakerPhrase, paragraph: number, at: number): Who {
    // `the statement said` after `according to a joint statement by the Commission and Kaja Kallas`: its authors.
    if (DOCUMENT_STAND_IN.test(phrase.mention) && this.documentAuthors) return this.documentAuthors;
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
        return this.bodyOfKind(phrase.mention) ?? this.noteUnnamedOrAgain(phrase);
      case 'pronoun':
        // A pronoun alone, or the one whose text speaks (`its annual report`, `his office`).
        if (/^(?:they|their)\b/i.test(phrase.mention) && this.groupSpokeLast) return this.groupSpokeLast;
        if (/^(?:it|its|they|their)\b/i.test(phrase.mention) && this.lastOrganisation)
          return { speaker: this.lastOrganisation, role: null, speakerType: 'organisation' };
        if (/^(?:it|its)\b/i.test(phrase.mention))
          return this.bodyTakenForPerson() ?? this.bodyOpeningBefore(paragraph, at) ?? { speaker: null, role: null, speakerType: null };
        return (
          this.subjectBefore(paragraph, at) ??
          (/^(?:he|she|his|her)\b/i.test(phrase.mention) && this.unnamedSpokeLast ? this.lastUnnamed! : this.personBefore(paragraph, at))
        );
      case 'nominal':
        return this.resolveNominal(phrase, paragraph, at);
    }
  }

  /**
   * `First National Supermarkets said …` then `It said …`: with no body named before, `it` stands for the one
   * named speaker the text gave no role, a body its name did not show to be one.
   */
  private bodyTakenForPerson(): Who | null {
    if (!this.lastPerson || this.lastPerson.role) return null;
    return { speaker: this.noteOrganisation(this.lastPerson.name), role: null, speakerType: 'organisation' };
  }

  /**
   * The body the last sentence that opens with one names, when no body has spoken: `It also said …` after
   * `Trans World Airlines Inc complicated the bidding …`.
   */
  private bodyOpeningBefore(paragraph: number, at: number): Who | null {
    for (let p = paragraph; p >= 0; p--) {
      const text = p === paragraph ? this.paragraphs[p]!.slice(0, at) : this.paragraphs[p]!;
      const body = [...text.matchAll(BODY_OPENING_SENTENCE)].map((match) => match[1]!).findLast(namesBody);
      // Not noted as the body that spoke last: `the company` or `a government statement` later need not be it.
      if (body) return { speaker: this.bodyName(body), role: null, speakerType: 'organisation' };
    }
    return null;
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
      return this.noteUnnamed({ ...phrase, name: withoutAsides(phrase.mention).toLowerCase() });
    // `the official` after `a U.S. delegate said`, before anyone named has spoken, is that delegate.
    if (this.unnamedSpokeLast && !this.lastPerson) return this.lastUnnamed!;
    const before = this.personBefore(paragraph, at, phrase.role);
    // `the spokesman` with no one before to be: someone unnamed, as the text calls them.
    return before.speaker === null ? this.noteUnnamed({ ...phrase, name: phrase.mention.toLowerCase() }) : before;
  }

  /** Notes a speaker the narrative names, without a quotation of theirs. */
  note(given: SpeakerPhrase): void {
    const who = this.noted(this.classify(given));
    // `A recent report by the OECD pilloried …`: what `the report` says later, its authors say.
    if (who?.speaker && DOCUMENT_BY.test(given.mention)) this.documentAuthors = who;
  }

  private noted(phrase: SpeakerPhrase): Who | null {
    let who: Who | null = null;
    if (phrase.kind === 'unnamed') who = this.noteUnnamedOrAgain(phrase);
    else if (phrase.kind === 'person') who = this.notePerson(phrase);
    else if (phrase.kind === 'organisation')
      return { speaker: this.noteOrganisation(phrase.name!), role: null, speakerType: 'organisation' };
    // "the official said …" after "one official said …": the same unnamed speaker speaks again.
    else if (phrase.kind === 'nominal') who = this.unnamedAgain(phrase.role);
    if (who) this.spoke(who);
    return who;
  }

  /**
   * A body named: in short (`GM`, `National Distillers`), the body named in full before (`General Motors
   * Corp`, `National Distillers and Chemical Corp`), by its first words or the initials of its name.
   */
  private noteOrganisation(name: string): string {
    this.lastOrganisation = this.bodyName(name);
    this.organisations.push(this.lastOrganisation);
    return this.lastOrganisation;
  }

  /** The body last named whose name says the kind a stand-in names it by (`the union`), if any. */
  private bodyOfKind(mention: string): Who | null {
    const kind = KIND_STAND_IN.exec(mention)?.[1]!.toLowerCase();
    const body = kind && this.organisations.findLast((name) => name.toLowerCase().split(/\s+/).includes(kind));
    return body ? { speaker: this.noteOrganisation(body), role: null, speakerType: 'organisation' } : null;
  }

  /** How a body is named as a speaker: in full, without its article or initials. */
  private bodyName(name: string): string {
    return withoutArticleOrInitials(this.fullerBodyName(name) ?? name);
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
    // `A spokeswoman for the EC Commission said`: the body is named, for `the Commission said` after.
    const workplace = WORKPLACE.exec(phrase.mention)?.[1];
    if (workplace) this.organisations.push(this.bodyName(workplace));
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
    // A subject named before the last speaker (`Baker was wrong …, Wyttenbach said.`) is not who speaks on;
    // nor is the subject of what is said (`Ford has been "a laggard" …, he said`).
    const speakerAt = this.lastSpeakerAt(before);
    let subject: string | null = null;
    const sentence = sentenceStart(this.sentences[paragraph] ?? [], at);
    for (const match of withoutSpeechBegun(before, sentence).matchAll(NAME_OPENING_CLAUSE)) {
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
   * Whom a role stands for when nobody was named before it, as a summary opening a story speaks of "the
   * Russian leader": the first person named after it with that role (`Russia's leader Vladimir Putin`), else
   * the first named after it.
   */
  private namedLater(from: number, role: string | null): PersonMention | undefined {
    const later = this.people.slice(from);
    const noun = roleNoun(role);
    const withRole = (p: PersonMention) => {
      const before = this.paragraphs[p.paragraph]!.slice(Math.max(0, p.at - WORD_BEFORE), p.at);
      return new RegExp(`\\b${escapeRegExp(noun)}\\W*$`, 'i').test(before) || roleNoun(this.roleOf(this.fullest(p.name))) === noun;
    };
    return (noun ? later.find(withRole) : undefined) ?? later[0];
  }

  /**
   * The person a pronoun or `the diplomat` points to: the last speaker; else, of the latest paragraph
   * naming anyone before, the first person it names (the subject, as a rule: `Shultz met Aquino`); else
   * the first named after (a lead often names them later) with the role asked, if one is.
   */
  private personBefore(paragraph: number, at: number, role: string | null = null): Who {
    if (this.lastPerson) return this.person();
    const before = (p: { paragraph: number; at: number }) => p.paragraph < paragraph || (p.paragraph === paragraph && p.at < at);
    const earlier = this.people.filter(before);
    const latest = earlier.at(-1);
    const mentioned = latest ? earlier.find((p) => p.paragraph === latest.paragraph) : this.namedLater(earlier.length, role);
    if (!mentioned) return { speaker: null, role, speakerType: null };
    const name = this.fullest(mentioned.name);
    this.lastPerson = { name, role: this.roleOf(name) ?? role };
    return this.person();
  }
}

/** The name a sentence opens with, after its article: `The Bank of Zambia has paid …`, `Trans World Airlines Inc complicated …`. */
const BODY_OPENING_SENTENCE =
  /(?:^|[.!?]["”]?\s+)(?:(?:The|A|An)\s+)?(\p{Lu}[\p{L}\d&'’.-]*(?:\s+(?:(?:of|and|for|&)\s+)*\p{Lu}[\p{L}\d&'’.-]*)*)/gu;

/**
 * A body's name of more than one word, one of them a word bodies' names hold (`Standard Oil Co`, `Bank of Zambia`;
 * not `Government`, nor `Central Bank President Jose Luis Machinea`).
 */
function namesBody(name: string): boolean {
  const words = name.split(' ');
  return words.length > 1 && words.some(isOrganisationWord) && !words.some(isRoleWord);
}

/**
 * A body's name without the article before it or its initials after it (`The Bank of England`, `the American
 * Petroleum Institute (API)`); initials after a description are the name (`the national statistics institute (Istat)`).
 */
function withoutArticleOrInitials(name: string): string {
  const named = name.replace(/^[Tt]he\s+(?=\p{Lu})/u, '');
  return /^\p{Lu}/u.test(named) ? named.replace(/\s*\([A-Z][A-Za-z.&-]{1,11}\)$/, '') : named;
}

/** The noun a role turns on, in lower case: `official` of `a senior official at the Canadian embassy`. */
function roleNoun(role: string | null): string {
  return role ? headNoun(role).toLowerCase() : '';
}
