import { JOINING_WORDS, isAcronym } from '../../text/acronyms.ts';
import { ORGANISATION_WORDS } from '../../text/lexicon.ts';

/** A run of capitalised words, with the small words a body's name may hold (`Bank of England`, `Distillers and Chemical`). */
const NAME_RUN = /[A-Z][\w&'’.-]*(?:\s+(?:(?:of|and|for|the|&)\s+)*[A-Z][\w&'’.-]*)*/g;

/**
 * The name a text gives in full of a body it also names in short: `GM` → `General Motors Corp` or `S and P` →
 * `Standard and Poor's Corp`, by its initials; `National Distillers` → `National Distillers and Chemical Corp`, by
 * its first words, when the full name ends in a word bodies' names end in. Null when the text gives no fuller name.
 */
export function fullerBodyName(text: string, short: string): string | null {
  const shortWords = short.split(' ');
  const acronym = isAcronym(short) ? short : lettersJoined(short);
  for (const [run] of text.matchAll(NAME_RUN)) {
    const words = run.split(/\s+/);
    const found = startsWithWords(words, shortWords)
      ? throughBodyWord(words, shortWords.length)
      : acronym
        ? spelledBy(words, acronym)
        : null;
    if (found) return withoutFullStop(found);
  }
  return null;
}

/** The letters of initials joined by `and` (`S and P`, `P&O`), as an acronym: `SP`, `PO`; null for other names. */
function lettersJoined(name: string): string | null {
  return /^[A-Z](?:\s*(?:and|&)\s*[A-Z])+$/.test(name) ? name.replace(/[^A-Z]/g, '') : null;
}

/** A name without the full stop of the sentence it ends (`… Insurance Corporation.`); an abbreviation's stays (`U.S.`, `Co.`). */
export function withoutFullStop(name: string): string {
  return name.replace(/(?<=\p{Ll}{2})\.$/u, '');
}

/** Whether a run begins with a short name and goes on with the name (`National Distillers and Chemical`), not `of` another (`John Henry of E.F. Hutton`). */
function startsWithWords(words: readonly string[], start: readonly string[]): boolean {
  const next = words[start.length];
  return next !== undefined && !/^(?:of|for|the)$/.test(next) && start.every((word, i) => words[i] === word);
}

/** The words through the last that names a kind of body (`Corp`, `Bank`), if it lies beyond the first `from`. */
function throughBodyWord(words: readonly string[], from: number): string | null {
  const last = words.findLastIndex((word) => ORGANISATION_WORDS.has(word.toLowerCase().replace(/\.$/, '')));
  return last >= from ? words.slice(0, last + 1).join(' ') : null;
}

/** The words whose initials spell an acronym, from the run's first, with the body words that follow them (`General Motors Corp`). */
function spelledBy(words: readonly string[], acronym: string): string | null {
  let initials = '';
  for (let i = 0; i < words.length && initials.length < acronym.length; i++) {
    if (JOINING_WORDS.has(words[i]!) || words[i] === '&') continue;
    initials += words[i]![0];
    if (initials === acronym) return throughBodyWord(words, i + 1) ?? words.slice(0, i + 1).join(' ');
  }
  return null;
}
