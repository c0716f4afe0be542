import { isRoleWord, parseSpeaker, surnameOf } from './speaker-phrase.ts';
import { startsCapitalized } from '../../text/tokens.ts';
import { SPEECH_VERB, isHonorific } from '../../text/lexicon.ts';

/** A run of capitalized words that may be a name; a part may be joined by a hyphen (`Jean-Maxime`). */
const PERSON_RUN =
  /(?<![\w.'’-])((?:[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*|[A-Z]\.)(?:\s+(?:[A-Z][a-zA-Z'’-]+|[A-Z]\.|(?:de|van|von|of)(?=\s+[A-Z])|al-[A-Z][a-z]+)){1,5})/g;

const FOLLOWING_CUE = new RegExp(`^\\s+${SPEECH_VERB}\\b`);

/** `Gene Cartledge, chairman …` / `Ross said`: what follows a name that makes it a person's. */
function personFollows(rest: string): boolean {
  if (FOLLOWING_CUE.test(rest)) return true;
  const apposition = /^,\s+((?:\S+\s+){0,3}\S+)/.exec(rest);
  return apposition !== null && apposition[1]!.split(/\s+/).some((word) => /^[a-z]/.test(word) && isRoleWord(word));
}

/** The people an article names, with what speaker resolution asks of them, each answered by one look-up. */
export interface PeopleIndex {
  mentions: readonly PersonMention[];
  /** The role given where each person is first named with one. */
  roles: ReadonlyMap<string, string>;
  /** The longest name (the first of that length) ending in each surname. */
  longestBySurname: ReadonlyMap<string, string>;
  /** The first name that begins with each word (family name first: `Jiang` → `Jiang Zemin`). */
  byFirstWord: ReadonlyMap<string, string>;
}

export function indexPeople(mentions: readonly PersonMention[]): PeopleIndex {
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
export function runsIntoName(run: string, person: string): boolean {
  const runWords = run.split(' ');
  const personWords = person.split(' ');
  if (runWords.length < 3 || personWords.length < 2 || surnameOf(run) !== surnameOf(person)) return false;
  // `House of Seagram` is a name that ends in a surname, not a name run into one.
  if (!startsCapitalized(runWords.at(-2)!)) return false;
  return !personWords.slice(0, -1).some((word) => runWords.includes(word));
}

/** A person the article names, with the role given there, and where. */
export interface PersonMention {
  name: string;
  role: string | null;
  paragraph: number;
  at: number;
}

/** How much text either side of a name tells what it is: the word before it, the words after. */
export const WORD_BEFORE = 60;

/**
 * People named in the article, in order: runs of two or more capitalized words that the text treats
 * as a person — after a role word (`analyst Philip Fricke`), before a role or a reporting verb
 * (`Gene Cartledge, chairman …`, `Ross said`), or whose surname comes back alone later.
 */
export function peopleMentioned(paragraphs: readonly string[]): PersonMention[] {
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
