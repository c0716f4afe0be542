import { indexTerm } from '../../text/terms.ts';
import { isDictionaryWord } from '../../text/wordnet.ts';
import { WORD, capitalized, startsCapitalized } from '../../text/tokens.ts';
import type { TermStatistics } from '../../model/snapshot.ts';

/** Shorter words are left as typed: one edit turns them into too many other words. */
const MIN_LENGTH = 5;
/**
 * In an archive this large, a word written only once may itself be a misprint, so it is no correction; in
 * a small one (a single article) every word is written about once, and each is a correction.
 */
const LARGE_ARCHIVE = 1000;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
/** The keys beside each letter on a QWERTY keyboard, whose rows are staggered half a key to the right. */
const KEYS_BESIDE: ReadonlyMap<string, string> = new Map(
  KEYBOARD_ROWS.flatMap((row, r) =>
    [...row].map((key, c) => {
      const above = KEYBOARD_ROWS[r - 1]?.slice(c, c + 2) ?? '';
      const below = KEYBOARD_ROWS[r + 1]?.slice(Math.max(0, c - 1), c + 1) ?? '';
      return [key, `${row[c - 1] ?? ''}${row[c + 1] ?? ''}${above}${below}`] as const;
    }),
  ),
);

/**
 * The archive's word for one it does not hold: of the words one slip of the fingers away (a letter left
 * out, added or changed for a key beside it, or two letters swapped), the one it writes most often
 * (`Eruope` → `Europe`, `shpiping` → `shipping`). Null for a word the archive holds in any form, a short
 * word, a word with digits, or one no word of the archive is one slip from.
 */
export function spellingOf(terms: TermStatistics, word: string): string | null {
  const term = indexTerm(word);
  if (!term || terms.has(term) || word.length < MIN_LENGTH || !/^\p{L}+$/u.test(word)) return null;
  const minCount = terms.passages >= LARGE_ARCHIVE ? 2 : 1;
  let best: { word: string; count: number } | null = null;
  for (const candidate of oneEditFrom(word.toLowerCase())) {
    const count = terms.wordCount(candidate);
    if (count >= minCount && (!best || count > best.count)) best = { word: candidate, count };
  }
  return best ? inCaseOf(word, best.word) : null;
}

/** A text's misspellings, each as typed and as read. */
export interface Corrected {
  text: string;
  corrections: [typed: string, read: string][];
}

/**
 * A text with each word the archive does not hold read as its closest word ({@link spellingOf}),
 * unless the dictionary knows the word or its lemma: a place or a term the archive lacks
 * (`Armenia`, `contracts`) is no misspelling.
 */
export async function correctSpelling(terms: TermStatistics, text: string): Promise<Corrected> {
  const words = new Set(text.match(WORD) ?? []);
  const corrections = new Map<string, string>();
  await Promise.all(
    [...words].map(async (word) => {
      const spelling = spellingOf(terms, word);
      if (spelling && !(await isDictionaryWord(word))) corrections.set(word, spelling);
    }),
  );
  return {
    text: text.replace(WORD, (word) => corrections.get(word) ?? word),
    // In the order of the text, not of the look-ups.
    corrections: [...words].filter((word) => corrections.has(word)).map((word) => [word, corrections.get(word)!]),
  };
}

/**
 * Every string one slip of the fingers from a word: a letter left out, two neighbours swapped, a letter
 * added, or a letter changed for a key beside it (`Merkel` is no slip for `Markel`).
 */
function oneEditFrom(word: string): Set<string> {
  const edits = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const [before, after] = [word.slice(0, i), word.slice(i)];
    if (after) edits.add(before + after.slice(1));
    if (after.length > 1) edits.add(before + after[1] + after[0] + after.slice(2));
    for (const letter of LETTERS) edits.add(before + letter + after);
    if (after) for (const key of KEYS_BESIDE.get(after[0]!) ?? []) edits.add(before + key + after.slice(1));
  }
  edits.delete(word);
  return edits;
}

/** A correction written the way the user wrote the word: `EUROPE`, `Europe` or `europe`. */
function inCaseOf(typed: string, word: string): string {
  if (typed === typed.toUpperCase()) return word.toUpperCase();
  return startsCapitalized(typed) ? capitalized(word) : word;
}

/** How a reply says a word or a question was read as another: `Reading “Eruope” as “Europe”.` */
export function readingNote(typed: string, read: string): string {
  return `Reading “${typed}” as “${read}”.`;
}
