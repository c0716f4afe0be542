import { isStopWord } from '../../text/terms.ts';
import {
  CALENDAR_PERIODS,
  NATIONALITIES,
  ORGANISATION_WORDS,
  OTHER_PERIODS,
  PRESS_KINDS,
  SEASONS,
  ROLE_WORDS,
  isCalendarWord,
  isHonorific,
} from '../../text/lexicon.ts';

/** A phrase naming who speaks, read apart: the person's name, their role, and what kind of speaker it is. */
export interface SpeakerPhrase {
  /** As written: `Russian Foreign Ministry Spokeswoman Maria Zakharova`, `he`, `a Ford spokesman`. */
  mention: string;
  kind: 'person' | 'pronoun' | 'nominal' | 'unnamed' | 'organisation';
  /** The person's name (`Maria Zakharova`), the organisation (`the Foreign Ministry`), or the unnamed role (`a ford spokesman`). */
  name: string | null;
  role: string | null;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

const NAME_TOKEN =
  /^(?:[A-Z][a-zA-Z'’-]*[a-z][a-zA-Z'’-]*|[A-Z]\.|[A-Z]\.[A-Z]\.|Jr\.?|Sr\.?|de|van|von|bin|al-[A-Z][a-z]+|O'[A-Z][a-z]+)$/;

function bare(word: string): string {
  return word.toLowerCase().replace(/[.,]$/, '');
}

/** A word for one person that is neither a name nor a trade: `the 27-year-old`, `the Frenchman`, `the Briton`. */
const PERSON_NOUN = /^(?:\d{1,3}-year-old|(?:french|english|welsh|irish|scots|dutch)(?:man|woman)|briton|spaniard)$/;

/**
 * A word of a role: `minister`, `Chairman`, the parts of a joined one (`Vice-Premier`, `co-chairman`), and a
 * word that stands for a person as a role does (`the 27-year-old`).
 */
export function isRoleWord(word: string): boolean {
  const lower = bare(word);
  return ROLE_WORDS.has(lower) || PERSON_NOUN.test(lower) || (lower.includes('-') && lower.split('-').some((part) => ROLE_WORDS.has(part)));
}

export function isOrganisationWord(word: string): boolean {
  return ORGANISATION_WORDS.has(bare(word));
}

function isNationality(word: string): boolean {
  return NATIONALITIES.has(bare(word));
}

/**
 * Words capitalized at the start of a sentence that never begin a name: `The Treasury`, `In Japan`, `Without Upper Zakum`,
 * `Both Ford and Lockheed`, `Its chairman` (not `All`: `All Nippon Airways`).
 */
const FUNCTION_WORDS = new Set(
  `the a an in on at by for from with without within to of as if but and or when while after before since during under over
  about against among between through despite following including amid unlike although though because unless until upon via
  toward towards across behind beyond near once only even still yet now today yesterday earlier later meanwhile however
  both several many most some each other few its their his her`.split(/\s+/),
);

/** A word in the possessive: `Tokyo's`, `Brothers'`. */
const POSSESSIVE = /(?:['’]s|s['’])$/;

function isNameToken(word: string): boolean {
  return (
    NAME_TOKEN.test(word) &&
    !POSSESSIVE.test(word) &&
    !isRoleWord(word) &&
    !isOrganisationWord(word) &&
    !isNationality(word) &&
    !FUNCTION_WORDS.has(word.toLowerCase())
  );
}

const OPENING_CONJUNCTIONS = new Set(['But', 'And', 'Or', 'So', 'Yet', 'However', 'Meanwhile', 'Then', 'Also']);

/** Whether a word is a conjunction a sentence may open with before its subject (`But`, `Meanwhile`). */
export function isOpeningConjunction(word: string): boolean {
  return OPENING_CONJUNCTIONS.has(word);
}

/** A phrase without the conjunction its sentence opens with: `But a U.S. Embassy official` → `a U.S. Embassy official`. */
export function withoutOpeningConjunction(phrase: string): string {
  const [first, ...rest] = phrase.split(' ');
  return rest.length > 0 && isOpeningConjunction(first!) ? rest.join(' ') : phrase;
}

/** The kinds of text a body or its people put out, as a pattern: each reading below adds the kinds it also takes. */
export const DOCUMENT_KINDS = 'statement|report|study|survey|communique|analysis|review';

/** A document named by its authors: `a joint statement by …`, `a study from …`. */
export const DOCUMENT_BY = new RegExp(
  `^(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:${DOCUMENT_KINDS}|letter|release|paper|forecast)\\s+(?:by|from)\\s+(.+)$`,
  'i',
);

/**
 * A document by named authors anywhere in a text: `A recent report by the Organisation for Economic Cooperation and
 * Development`, `a letter from the FSLIC`; not `a report from New York`. `DOCUMENT_AUTHORED` tells cheaply whether a
 * text may hold one.
 */
export const DOCUMENT_AUTHORED = new RegExp(`\\b(?:${DOCUMENT_KINDS}|letter|release|paper|forecast)\\s+(?:by|from)\\s`);
export const DOCUMENT_MENTION = new RegExp(
  `\\b(?:[Aa]n?|[Tt]he)\\s+(?:[\\w-]+\\s+){0,2}?(?:${DOCUMENT_KINDS}|letter|release|paper|forecast)\\s+(?:by\\s+(?:the\\s+)?|from\\s+the\\s+)\\p{Lu}[\\p{L}.&'’-]*(?:\\s+(?:(?:of|for|and|&|de|da|del|van|von|der|du|la|le)\\s+)*\\p{Lu}[\\p{L}.&'’-]*)*`,
  'gu',
);

/** An editor's note opening a paragraph: `Note - The company said …`. */
const EDITORS_NOTE = /^Note\s*[-–—:]+\s*/i;
/** A preposition opening the sentence (`In`, not `AT` of `AT and T` nor `in` of `expert in Tokyo Tomas de Hora`). */
const OPENING_PREPOSITION = /^(?:In|At|On|During)$/;
/** A word that opens a clause before its subject: `after the company said …`. */
const CLAUSE_OPENING = /^(?:[Aa]fter|[Bb]efore|[Ww]hen|[Ww]hile|[Aa]s|[Bb]ecause|[Ss]ince|[Aa]lthough|[Uu]ntil|[Ii]f)$/;
/** A word a subject opens with, after what its sentence opened with. */
const SUBJECT_OPENING = /^(?:the|a|an|he|she|it|they)$/i;
/** `Neither Sarney nor Funaro accepted …, the sources said`: the subject of what was said, never who said it. */
const NEITHER = /^(?:neither|nor|either)\s/i;
/** Whose text speaks: `its annual report` for the body named before, `his office` for the person. */
const POSSESSED = /^(?:its|their|his|her)\s+(?:[\w-]+\s+){0,3}([\w-]+)$/i;

const PERIODS: ReadonlySet<string> = new Set([...CALENDAR_PERIODS, ...OTHER_PERIODS, ...SEASONS]);

/** A word of when after `last` or `this`: `week`, `month`, `Friday`, `March`. */
function isTimeWord(word: string): boolean {
  return PERIODS.has(word) || isCalendarWord(word);
}

/**
 * A phrase without the when or where its sentence opens with, before the subject: `In a report the Kiel
 * Institute`, `At a news conference last week he`, `In a statement BHP`, `after the company`. The subject
 * starts at the first article or pronoun after the preposition's own, or at the first capital after a word
 * in lower case, a number or a day or month (`On Friday Mellon`). Null for a phrase that is all adverbial
 * (`In a special court for corruption cases`).
 */
function withoutOpeningAdverbial(phrase: string): string | null {
  const words = phrase.split(' ');
  if (CLAUSE_OPENING.test(words[0]!) && words.length > 1) return words.slice(1).join(' ');
  // `Last month the association`: a time before the subject.
  if (/^(?:Last|This|Earlier|Later)$/.test(words[0]!) && words.length > 2 && isTimeWord(words[1]!)) return words.slice(2).join(' ');
  if (!OPENING_PREPOSITION.test(words[0]!)) return phrase;
  const endsAdverbial = (word: string) => /^\p{Ll}/u.test(word) || /\d/.test(word) || isCalendarWord(word);
  const subject = words.findIndex(
    (word, i) => i >= 2 && (SUBJECT_OPENING.test(word) || (/^\p{Lu}/u.test(word) && endsAdverbial(words[i - 1]!))),
  );
  return subject === -1 ? null : words.slice(subject).join(' ');
}

/** What may follow a name in apposition: a legislator's party and state (`D-La.`), an age. */
const PARTY_OR_AGE = /^(?:[DRI]-[A-Z][\w.]*|\d{1,3})$/;

/**
 * "the spokesman for the ministry, Anna Lind", "Its chief executive, Mike Parton", "A leading farm-state
 * Congressman, Jerry Huckaby, D-La.": a role, then the person's name in apposition, perhaps with their party or age.
 */
function nameInApposition(head: string, apposition: readonly string[]): string | null {
  const [part, ...more] = apposition;
  if (part === undefined || more.length > 1 || (more.length === 1 && !PARTY_OR_AGE.test(more[0]!))) return null;
  if (!/^(?:[a-z]|(?:The|An?|Its|His|Her|Their)\s)/.test(head) || !head.split(' ').some(isRoleWord)) return null;
  const named = parseSpeaker(part);
  return named?.kind === 'person' && !named.role && /^\p{Lu}/u.test(part) ? named.name : null;
}

const PRESS_KIND: ReadonlySet<string> = new Set(PRESS_KINDS);

/** What a publication is, after its name: `newspaper` of `The Sunday Mail newspaper`, `daily` of `Asahi Shimbun daily`. */
export function isPressKind(word: string): boolean {
  return PRESS_KIND.has(word);
}

/**
 * A publication's name without `newspaper` or `magazine` written after it: `Postimees newspaper` → `Postimees`; not
 * the paper of a body (`Communist Party newspaper`), nor a `daily` or a `paper`, which may be of a place or a document.
 */
function withoutPressKind(name: string): string {
  const words = name.split(' ');
  const [before, kind] = words.slice(-2);
  const named = kind !== undefined && /^(?:newspaper|magazine)$/.test(kind) && /^\p{Lu}/u.test(before!) && !isOrganisationWord(before!);
  return named ? words.slice(0, -1).join(' ') : name;
}

/** Reads a speaker phrase. Returns null for text that cannot name a speaker (too long, a clause). */
export function parseSpeaker(raw: string): SpeakerPhrase | null {
  const mention = withoutOpeningAdverbial(
    withoutOpeningConjunction(
      raw
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/[,:;]$/, '')
        .replace(EDITORS_NOTE, ''),
    ),
  );
  if (!mention || mention.length > 160 || NEITHER.test(mention)) return null;
  const possessed = POSSESSED.exec(mention)?.[1];
  if (possessed && isOrganisationWord(possessed)) return { mention, kind: 'pronoun', name: null, role: null };
  const [head, ...apposition] = mention.split(/\s*,\s*/);
  const named = withoutAsides(mention);
  const words = head!.split(' ');
  const first = words[0]!.toLowerCase();
  if (words.length === 1 && PRONOUNS.has(first)) return { mention, kind: 'pronoun', name: null, role: null };
  // "a joint statement by the European Commission", "a study by Credit Suisse": what a document says, its authors say.
  const authors = DOCUMENT_BY.exec(mention)?.[1];
  const byAuthors = authors ? parseSpeaker(authors) : null;
  if (byAuthors) return { ...byAuthors, mention };
  const inApposition = nameInApposition(head!, apposition);
  if (inApposition) return { mention, kind: 'person', name: inApposition, role: head!.replace(/^(?:the|a|an|its|his|her|their)\s+/i, '') };
  // "Dealers said", "Diplomats said": people by their trade, not a person or a body of that name.
  if (words.length === 1 && /^[A-Z]/.test(words[0]!) && (isRoleWord(words[0]!) || isTradeInPlural(words[0]!)))
    return { mention, kind: 'unnamed', name: mention.toLowerCase(), role: mention.toLowerCase() };
  // "one of China's top economists": one person of a group, named by it.
  if (/^one$/.test(first) && words[1] === 'of' && words.length > 2 && isPluralGroup(words.at(-1)!))
    return { mention, kind: 'unnamed', name: named.toLowerCase(), role: singular(words.at(-1)!) };
  if (/^(a|an|one|another|some)$/.test(first))
    return { mention, kind: 'unnamed', name: named.toLowerCase(), role: words.slice(1).join(' ') };
  // "Mr Akaev's spokesman", "Ford's chief economist": someone named by whose they are and their role. The
  // phrase opens with a name, and keeps its capitals.
  const owned = /^(\p{Lu}[^']*['’]s?)\s+((?:\p{Ll}[\w-]*\s+)*\p{Ll}[\w-]*)$/u.exec(head!);
  if (owned && isRoleWord(owned[2]!.split(' ').at(-1)!)) return { mention, kind: 'unnamed', name: head!, role: owned[2]! };
  const affiliation = /^(.*?[A-Za-z][\w'’-]*)\s+((?:of|at|from|with)\s+(?:the\s+)?[A-Z].*)$/.exec(head!);
  if (affiliation) {
    const person = parseSpeaker(affiliation[1]!);
    if (person?.kind === 'person') {
      const role = [person.role, affiliation[2], apposition.join(', ')].filter(Boolean).join(' ') || null;
      return { mention, kind: 'person', name: person.name, role };
    }
  }
  // "sources close to the central bank": people, though a body or a place is named after them
  // ("officials in the Sri Lankan capital Colombo").
  const group = GROUP_NEAR.exec(head!)?.[1]!.toLowerCase();
  if (group && isPluralGroup(group))
    return { mention, kind: 'unnamed', name: mention.charAt(0).toLowerCase() + mention.slice(1), role: group };
  // "Brazil, which in February declared …": a month or a day stands before the verb, and says nothing.
  if (words.length === 1 && (isStopWord(words[0]!) || isCalendarWord(words[0]!))) return null;
  const nameStart = nameRunStart(words);
  if (nameStart !== -1) {
    const name = words.slice(nameStart).join(' ').replace(/,$/, '');
    const before = withoutLeadingFunctionWords(words.slice(0, nameStart).filter((w) => !isHonorific(w)));
    // "Den Norske Creditbank, Norway's biggest commercial bank": the apposition says what the name is.
    if (before.length === 0 && apposition.some((part) => !CIRCUMSTANCE.test(part) && isOrganisationWord(headNoun(part))))
      return { mention, kind: 'organisation', name, role: null };
    const appositiveRole = apposition.filter((part) => part.split(/\s+/).some(isRoleWord)).join(', ');
    const role = [before.join(' '), appositiveRole].filter(Boolean).join(', ') || null;
    return { mention, kind: 'person', name: stripHonorifics(name), role };
  }
  // "The Russian Foreign Ministry spokeswoman": a person by role, to be resolved to the one named before;
  // "the sources", "the officials": several people, named by none.
  const last = words.at(-1)!;
  if (/^(the|this|that)$/.test(first) && words.length > 1 && isRoleWord(last) && (/^[a-z]/.test(last) || PERSON_NOUN.test(bare(last)))) {
    const role = words.slice(1).join(' ');
    if (isPlural(last)) return { mention, kind: 'unnamed', name: named.toLowerCase(), role };
    return { mention, kind: 'nominal', name: null, role };
  }
  // "the company", "the Bank": a body the text does not name here.
  const bareBody = words.length === 2 && isOrganisationWord(words[1]!);
  if (
    /^(the|this)$/.test(first) &&
    words.length > 1 &&
    (bareBody || words.slice(1).every((w) => /^[a-z]/.test(w))) &&
    words.some(isOrganisationWord)
  ) {
    return { mention, kind: 'unnamed', name: named.toLowerCase(), role: words.slice(1).join(' ') };
  }
  // "the Bundesbank", "the OECD": a body named in capitals, not a person by role.
  if (/^the$/i.test(words[0]!) && words.length > 1 && words.slice(1).every((w) => /^[A-Z]/.test(w) && !isRoleWord(w))) {
    return { mention, kind: 'organisation', name: words.slice(1).join(' '), role: null };
  }
  // "the Life Insurers' study", "the OECD report": what a body wrote speaks for the body.
  const written = WRITTEN_BY.exec(head!);
  if (written) return { mention, kind: 'organisation', name: written[1]!, role: null };
  if (words.some(isOrganisationWord) || (words.length === 1 && /^[A-Z]/.test(words[0]!))) {
    // "rival Ford Motor Co", "state-owned Petrobras", "Japan's largest carmaker Toyota Motor Corp": the body's
    // name, without what the text says of it.
    const body = head!.replace(/^(?:(?!(?:the|a|an)\s)\p{Ll}[\w-]*\s+)+(?=\p{Lu})/u, '');
    const whose = WHOSE_DESCRIBED.exec(body);
    // "the Agriculture Department's latest Export Sales report": the body whose text it is speaks.
    const name = !whose ? body : DOCUMENT_WORD.test(body) ? whose[1]! : body.slice(whose[0].length);
    return { mention, kind: 'organisation', name: withoutPressKind(name), role: null };
  }
  if (/^(the|this|that)$/.test(first)) return { mention, kind: 'nominal', name: null, role: words.slice(1).join(' ') };
  // `S and P`, `Gulf and Western Inc`, `Lloyd's of London`, `Saab-Scania AB of Sweden`: capitalised words joined by
  // `and`, or by `of` after a possessive or a word in capitals, and no role among them, name a body.
  const joined = words.some((w, i) => /^(?:and|&)$/.test(w) || (w === 'of' && /^(?:\p{Lu}{2,}|.+['’]s)$/u.test(words[i - 1] ?? '')));
  if (words.length >= 3 && joined && words.every((w) => NAME_JOINER.test(w) || (/^\p{Lu}/u.test(w) && !isRoleWord(w))))
    return { mention, kind: 'organisation', name: head!, role: null };
  // "industry sources", "western diplomats", "other banks": several people or bodies, named by none.
  if (words.length <= GROUP_WORDS && isPluralGroup(words.at(-1)!) && !words.some((w) => PRONOUNS.has(w.toLowerCase())))
    return { mention, kind: 'unnamed', name: named.toLowerCase(), role: words.at(-1)!.toLowerCase() };
  return null;
}

/**
 * A phrase naming a speaker without the asides between commas that tell when, how or of whom it speaks, which are
 * no part of whom it names: `The report, published on Monday`, `the 24-nation OECD, which hosted the talks`.
 */
export function withoutAsides(mention: string): string {
  const [head, ...apposition] = mention.split(/\s*,\s*/);
  return apposition.length > 0 && apposition.every(tellsCircumstance) ? head! : mention;
}

/** An apposition that tells where or how one spoke, not what one is: `Sprinkel, in a speech to the Chamber of Commerce`. */
const CIRCUMSTANCE = /^(?:in|at|on|to|for|from|with|by|during|after|before|[a-z]+ing)\b/;

/**
 * An apposition of circumstance, a participle's (`published on Monday`, `speaking on condition of anonymity`) or a
 * relative clause's (`who asked not to be named`, `which hosted the talks`).
 */
function tellsCircumstance(part: string): boolean {
  return CIRCUMSTANCE.test(part) || /^[a-z]+ed\b/.test(part) || /^(?:who|which|whose)\b/.test(part);
}

/** A text named by the body that wrote it, in capitals: `the Life Insurers' study`, `the OECD report`, `Reuters' survey`. */
const WRITTEN_BY = new RegExp(
  `^(?:[Tt]he\\s+)?(?!The\\s)(\\p{Lu}[\\p{L}&.-]*(?:\\s+\\p{Lu}[\\p{L}&.-]*)*?)(?:['’]s?)?\\s+(?:${DOCUMENT_KINDS}|editorial|newsletter|bulletin)$`,
  'u',
);
/** Whose a body is and what it is, before its name: `Japan's largest carmaker ` of `… Toyota Motor Corp` (not `Lloyd's of`). */
const WHOSE_DESCRIBED =
  /^(?:the\s+)?((?:\p{Lu}[\p{L}.&-]*\s+)*\p{Lu}[\p{L}.&-]*?)['’]s?\s+(?:(?!(?:of|and|for|the|in|at)\s)\p{Ll}[\w-]*\s+)+(?=\p{Lu})/u;
const DOCUMENT_WORD = new RegExp(`\\b(?:${DOCUMENT_KINDS}|newsletter|bulletin)$`, 'i');
/**
 * A group of people by where they stand, are posted or were asked: `sources close to the central bank`, `dealers in
 * London`, `officials based in Kenya`, `economists polled by Reuters`.
 */
const GROUP_NEAR =
  /^(?:\p{L}[\w-]*\s+){0,2}?(\p{L}\p{Ll}+)\s+(?:close to|familiar with|near|in|at|(?:based|stationed) (?:in|at)|(?:polled|surveyed|contacted|questioned|interviewed) by)\s/u;

/** The noun a phrase turns on: `bank` of `Norway's biggest bank`, `official` of `a senior official at the embassy`. */
export function headNoun(phrase: string): string {
  return phrase
    .split(/\s+(?:of|at|for|from|with|in|on)\s+/)[0]!
    .trim()
    .split(/\s+/)
    .at(-1)!;
}

/** A role word for one person: `economist` for `economists`, `spokesman` for `spokesmen`. */
function singular(word: string): string {
  return word.endsWith('men') ? `${word.slice(0, -3)}man` : word.replace(/s$/, '');
}

/** The most words a phrase naming an unnamed group takes: `Congressional and financial sources`. */
const GROUP_WORDS = 5;

/** `sources`, `diplomats`, `banks` in lower case: several people of a role, or several bodies. */
function isPluralGroup(word: string): boolean {
  return /^[a-z]/.test(word) && (isPlural(word) || (/[^s]s$/.test(word) && isOrganisationWord(word.slice(0, -1))));
}

/** Where the trailing run of name words begins, or -1 when the phrase does not end in a name. */
function nameRunStart(words: readonly string[]): number {
  let start = words.length;
  while (start > 0 && isNameToken(words[start - 1]!)) start -= 1;
  if (start === words.length) return -1;
  const run = words.slice(start);
  // A lone capitalized word after "the" is a role or a body ("the Kremlin"), not a person.
  if (start > 0 && /^(the|The)$/.test(words[start - 1]!) && run.length === 1) return -1;
  // "Union Camp", "Goldman Sachs Group": a capitalized organisation word before the run makes it a company's name,
  // as it does across the small words of a name ("Federal Reserve Bank of New York", "Organisation for Economic
  // Cooperation and Development"), up to a title ("Bank of England Governor Robin Leigh-Pemberton").
  // Unless a role stands before the body, or three name words follow it (`the ambassador of the European
  // Community Tran Van Thinh`): a person of that body.
  const roleBefore = words.slice(0, Math.max(0, start - 1)).some((w) => /^[a-z]/.test(w) && isRoleWord(w));
  // `Bank of Tokyo's Haruo Kimura`: a name after a body's possessive is a person of that body.
  const ownedByBody = start > 0 && POSSESSIVE.test(words[start - 1]!);
  const personOfBody = run.length >= 3 || ((roleBefore || ownedByBody) && run.length >= 2);
  if (namesBodyBefore(words, start) && !personOfBody) return -1;
  // A name does not end in an initial ("Toyota's U." of "U.S.").
  if (/^[A-Z]\.$/.test(run.at(-1)!)) return -1;
  if (!run.some((w) => /[a-z]/.test(w))) return -1;
  // "Ambassador to Hanoi Gennady Bezdetko": after a preposition, the first capitalized word names a place or body;
  // two words after "in", "at" or "from" are a place ("an economist in New York").
  if (start === 0 || !/^(to|in|at|of|for|from)$/.test(words[start - 1]!)) return start;
  // `Lloyd's of London`: a name of a word or two after another and `of` is the rest of a body's name.
  if (words[start - 1] === 'of' && run.length < 3 && /^\p{Lu}/u.test(words[start - 2] ?? '') && !isRoleWord(words[start - 2]!)) return -1;
  if (run.length >= 3) return start + 1;
  return /^(in|at|from)$/.test(words[start - 1]!) ? -1 : start;
}

/** Whether the capitalized words before a position, with the small words a name joins them by, hold an organisation word. */
function namesBodyBefore(words: readonly string[], end: number): boolean {
  for (let i = end - 1; i >= 0; i--) {
    const word = words[i]!;
    if (NAME_JOINER.test(word)) continue;
    if (!/^[A-Z]/.test(word) || isRoleWord(word)) return false;
    if (isOrganisationWord(word)) return true;
  }
  return false;
}

/** The small words inside a body's name: `Bank of England`, `Organisation for Economic Cooperation and Development`. */
const NAME_JOINER = /^(?:of|for|and|&)$/;

/** A role without the words its sentence opened with (`Without`, `The`): `In Moscow, Mayor …` is no role `In Moscow`. */
function withoutLeadingFunctionWords(words: readonly string[]): string[] {
  const first = words.findIndex((word) => !FUNCTION_WORDS.has(word.toLowerCase()));
  return first === -1 ? [] : words.slice(first);
}

/**
 * A trade in the plural as a sentence may open with it (`Diplomats`, `Businessmen`); not a name ending in -men
 * (`Strommen`), nor initials (`DRS`).
 */
function isTradeInPlural(word: string): boolean {
  if (!/\p{Ll}/u.test(word)) return false;
  return /(?:business|congress|spokes|chair|trades|sales)men$/i.test(word) || (!/men$/i.test(word) && isPlural(word));
}

/**
 * A body's name as a phrase writes it, through its last word: `American Motors` for `Motors`, where the word of
 * nationality that a person's role would hold is part of the name. Only capitalised words that are neither a
 * role, a courtesy nor a sentence's opening word (`Yesterday Pacad`) are taken.
 */
export function bodyNameEndingIn(mention: string, name: string): string {
  const words = mention.replace(/^[Tt]he\s+/, '').split(' ');
  if (words.at(-1) !== name) return name;
  let start = words.length - 1;
  while (start > 0 && isBodyNameWord(words[start - 1]!)) start -= 1;
  return start > 0 ? name : words.join(' ');
}

/** A capitalised word, joined ones capitalised throughout (not a description: `Japanese-owned`). */
const CAPITALISED_WORD = /^\p{Lu}[\p{L}&.]*(?:-\p{Lu}[\p{L}&.]*)*$/u;

/** A word a body's name may hold before its last: capitalised, and no role, courtesy or word a sentence opens with. */
function isBodyNameWord(word: string): boolean {
  return (
    CAPITALISED_WORD.test(word) &&
    !isRoleWord(word) &&
    !isHonorific(word) &&
    !isOpeningConjunction(word) &&
    !FUNCTION_WORDS.has(word.toLowerCase())
  );
}

/** `sources`, `officials`, `spokesmen`: a role word for several people. */
export function isPlural(word: string): boolean {
  const lower = word.toLowerCase();
  return /men$/.test(lower) || (/[^s]s$/.test(lower) && isRoleWord(lower.slice(0, -1)));
}

function stripHonorifics(name: string): string {
  const words = name.split(' ');
  while (words.length > 1 && isHonorific(words[0]!)) words.shift();
  return words.join(' ');
}

/** The last word of a name (its surname), lower case, for matching `Zakharova` to `Maria Zakharova`. */
export function surnameOf(name: string): string {
  return surnameAsWritten(name).toLowerCase();
}

/** The last word of a name as written, without `Jr` or `Sr` after it: `Zakharova` of `Maria Zakharova`. */
export function surnameAsWritten(name: string): string {
  const words = name.replace(/,?\s+(Jr|Sr)\.?$/, '').split(/\s+/);
  return words.at(-1) ?? name;
}

/** A subject phrase, not a clause: no verbs hiding in it (approximated by its function words). */
export function plausibleSpeaker(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length > 14) return false;
  // `Opec remains within its agreed output ceiling`: a word that opens a noun phrase does not end a subject.
  if (/^(?:the|a|an|its|his|her|their|our|my|your|this|these|those)$/i.test(words.at(-1)!)) return false;
  return !words.some((w) => /^(is|are|was|were|will|would|has|have|had|that|which|because|if|but|not|could|should|can|may)$/.test(w));
}

/** A preposition that, in lower case, carries on the sentence before it: `by buyers`, `from changes in …`. */
const RUN_ON = /^(?:by|from|in|at|on|to|of|with|for|about|into|over|under|during|than|toward|towards|against)\s/;

/**
 * The subject among words that carry on the sentence before a reporting verb (`a "wait and see attitude" by
 * buyers, he said`): what follows their first comma; null when no comma does. Other words are returned as they are.
 */
export function subjectAfterRunOn(text: string): string | null {
  const trimmed = text.trim();
  if (!RUN_ON.test(trimmed)) return trimmed;
  const comma = trimmed.indexOf(',');
  return comma === -1 ? null : trimmed.slice(comma + 1).trim() || null;
}

/** Words that may stand between a subject and its verb: `Baker yesterday said`, `officials last week told`. */
export const ADVERBS_BEFORE_VERB =
  'also|later|again|earlier|further|previously|subsequently|repeatedly|recently|separately|then|yesterday|today|tonight|meanwhile|however|now|' +
  'publicly|privately|openly|formally|officially|initially|originally|immediately|reportedly|personally|explicitly|similarly|likewise|(?:last|this) week';
