import { foldTerm } from '../../text/terms.ts';
import { LEGAL_FORMS, isHonorific } from '../../text/lexicon.ts';
import { initialsOf, isAcronym } from '../../text/acronyms.ts';
import { surnameAsWritten, surnameOf } from './speaker-phrase.ts';
import type { SpeakerMention } from '../../model/quote.ts';

/** A speaker's name as the directory keys it: case and accents folded. */
export function speakerKey(name: string): string {
  return name.split(/\s+/).map(foldTerm).join(' ');
}

/**
 * Each mention's speaker by one name, the one the archive writes most: a person with or without a middle initial
 * (see `personKeys`), and their surname alone by the one person whose name ends with it; a body with or without its
 * legal form, spelt the British or the American way, or by its initials (see `bodyKeys`; `Standard and Poor's`,
 * `Standard and Poor's Inc` → `Standard and Poor's Corp`).
 */
export function canonicalNames(mentions: readonly SpeakerMention[]): (string | null)[] {
  const bodies = bodyKeys(mentions);
  const people = personKeys(mentions);
  const keys = mentions.map((_, i) => (bodies[i] ? `body ${bodies[i]}` : people[i] ? `person ${people[i]}` : null));
  const forms = new Map<string, Map<string, number>>();
  mentions.forEach((m, i) => {
    const key = keys[i];
    if (!key) return;
    const written = forms.get(key) ?? new Map<string, number>();
    forms.set(key, written.set(m.speaker!, (written.get(m.speaker!) ?? 0) + 1));
  });
  const nameOfKey = new Map([...forms].map(([key, written]) => [key, mostWritten(written)]));
  const named = mentions.map((m, i) => (keys[i] ? nameOfKey.get(keys[i]!)! : m.speaker));
  const fullNames = new Map<string, Set<string>>();
  mentions.forEach((m, i) => {
    if (m.speakerType !== 'person' || !people[i]) return;
    const surname = surnameOf(m.speaker!);
    fullNames.set(surname, (fullNames.get(surname) ?? new Set()).add(named[i]!));
  });
  return mentions.map((m, i) => {
    if (!m.speaker || !m.speakerType) return null;
    const candidates = m.speakerType === 'person' && !m.speaker.includes(' ') ? fullNames.get(surnameOf(m.speaker)) : undefined;
    return candidates?.size === 1 ? [...candidates][0]! : named[i]!;
  });
}

/**
 * The person each mention of a full name names, as a key (null for no such mention): the first name and surname
 * where the archive writes them with one middle initial or name at most (`John Dingell`, `John D. Dingell`); the
 * whole name where it writes two (`James A. Baker`, `James B. Baker`) or the name opens with a title (`Sheikh`).
 */
function personKeys(mentions: readonly SpeakerMention[]): (string | null)[] {
  const parts = mentions.map((m) => {
    if (!m.speaker || m.speakerType !== 'person' || !m.speaker.includes(' ')) return null;
    const first = m.speaker.split(' ')[0]!;
    const surname = surnameAsWritten(m.speaker);
    const middle = m.speaker.slice(first.length, m.speaker.lastIndexOf(surname)).trim();
    return isHonorific(first) || surname === first ? { whole: m.speaker } : { whole: m.speaker, outer: `${first} ${surname}`, middle };
  });
  const middles = new Map<string, Set<string>>();
  for (const part of parts) if (part?.outer) middles.set(part.outer, (middles.get(part.outer) ?? new Set()).add(part.middle));
  return parts.map((part) => {
    if (!part) return null;
    const written = part.outer ? [...middles.get(part.outer)!].filter((middle) => middle !== '') : [];
    return speakerKey(part.outer && written.length <= 1 ? part.outer : part.whole);
  });
}

/**
 * The body each mention names, as a key (null for no body): its name without its legal form, `-isation` spelt
 * `-ization`. Initials (`SEC`) name the body they spell where a story quotes both (`Securities and Exchange
 * Commission`), and so everywhere once a story has, unless another body of the archive has the same initials
 * (`EPA`: the Environmental Protection Agency, Japan's Economic Planning Agency).
 */
function bodyKeys(mentions: readonly SpeakerMention[]): (string | null)[] {
  const keys = mentions.map((m) => (m.speaker && m.speakerType === 'organisation' ? bodyKey(m.speaker) : null));
  const bodiesByInitials = new Map<string, Set<string>>();
  const bodiesInArticle = new Map<number, Map<string, string>>();
  mentions.forEach((m, i) => {
    const initials = keys[i] === null ? null : bodyInitials(m.speaker!);
    if (initials === null) return;
    bodiesByInitials.set(initials, (bodiesByInitials.get(initials) ?? new Set()).add(keys[i]!));
    bodiesInArticle.set(m.article, (bodiesInArticle.get(m.article) ?? new Map()).set(initials, keys[i]!));
  });
  const spelt = new Map<string, Set<string>>();
  const inArticle = mentions.map((m, i) => {
    const body = keys[i] !== null && isAcronym(m.speaker!) ? bodiesInArticle.get(m.article)?.get(m.speaker!) : undefined;
    if (body) spelt.set(m.speaker!, (spelt.get(m.speaker!) ?? new Set()).add(body));
    return body;
  });
  return keys.map((key, i) => {
    if (key === null || !isAcronym(mentions[i]!.speaker!)) return key;
    const initials = mentions[i]!.speaker!;
    const everywhere = spelt.get(initials)?.size === 1 && bodiesByInitials.get(initials)?.size === 1;
    return inArticle[i] ?? (everywhere ? [...spelt.get(initials)!][0]! : key);
  });
}

/** The initials a body's name spells, its legal form aside: `Securities and Exchange Commission` → `SEC`. */
export function bodyInitials(name: string): string | null {
  return initialsOf(withoutLegalForm(name) ?? name);
}

function bodyKey(name: string): string {
  return speakerKey(withoutLegalForm(name) ?? name).replace(/isation\b/g, 'ization');
}

/**
 * The form written most often, one with its legal form before one without, and a name spelt out before its
 * initials, which another body may share; the first of those written as often.
 */
function mostWritten(forms: ReadonlyMap<string, number>): string {
  const rank = ([name, count]: [string, number]) => [withoutLegalForm(name) === null ? 0 : 1, isAcronym(name) ? 0 : 1, count];
  let best: [string, number] | null = null;
  for (const entry of forms) if (!best || greater(rank(entry), rank(best))) best = entry;
  return best![0];
}

/** Whether a list of numbers comes after another, compared number by number. */
function greater(a: readonly number[], b: readonly number[]): boolean {
  const first = a.findIndex((value, i) => value !== b[i]);
  return first !== -1 && a[first]! > b[first]!;
}

/** A body's name without the legal form that ends it (`Texaco Inc` → `Texaco`); null for a name without one. */
function withoutLegalForm(name: string): string | null {
  const words = name.split(' ');
  return words.length > 1 && LEGAL_FORMS.has(words.at(-1)!.toLowerCase().replace(/\.$/, '')) ? words.slice(0, -1).join(' ') : null;
}
