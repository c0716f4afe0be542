import type { TermStatistics, TermStatisticsJSON } from '../../model/snapshot.ts';
import { indexTerm } from '../../text/terms.ts';
import { tokenize } from '../../text/tokens.ts';

const CAPITALIZED = /^\p{Lu}/u;

/**
 * A word written as a name or an acronym (`Japan`, `UK`): the text of passages has no headlines in capitals.
 * Read for every word indexed, so an ASCII letter is told by its code before any expression runs.
 */
function isCapitalized(token: string): boolean {
  const code = token.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return CAPITALIZED.test(token);
}

/** What a TermCounter gathers besides the passage count. */
interface TermTables {
  /** How many passages hold each term. */
  frequencies: Map<string, number>;
  /** A word as written for each term (`europe` for `europ`), to show suggestions in words. */
  surfaces: Map<string, string>;
  /** How many entries each term has in the title index: one per article title, and per dateline place, holding it. */
  titleFrequencies: Map<string, number>;
  /** How often the passages write each word, in lower case: the words a misspelling may be meant as. */
  words: Map<string, number>;
  /** How often they write it capitalised (`Japan`, `UK`), for the words they ever do. */
  capitalized: Map<string, number>;
  /** Two words they write side by side as a name more often than not (`caesars world`, `big board`). */
  namePhrases: Set<string>;
}

/** How often a phrase of two words is written with both capitalised, and how often in all once it has been. */
type PhraseCount = [named: number, all: number];

/** A phrase written capitalised fewer times than this says too little about how the archive writes it. */
const MIN_NAME_PHRASE = 3;
/**
 * Two words written side by side, both capitalised, more often than not are a name. A sentence's first
 * word is capitalised whatever it is, the second word of a pair is not: the share asked of a word is higher.
 */
const NAME_PHRASE_SHARE = 0.5;

/** Term statistics held in memory, counted at ingest and kept in the index cache. */
export class InMemoryTermStatistics implements TermStatistics {
  private readonly frequencies: Map<string, number>;
  private readonly surfaces: Map<string, string>;
  private readonly titleFrequencies: Map<string, number>;
  private readonly words: Map<string, number>;
  private readonly capitalized: Map<string, number>;
  private readonly namePhrases: Set<string>;

  private constructor(
    readonly passages: number,
    tables: TermTables,
  ) {
    ({
      frequencies: this.frequencies,
      surfaces: this.surfaces,
      titleFrequencies: this.titleFrequencies,
      words: this.words,
      capitalized: this.capitalized,
      namePhrases: this.namePhrases,
    } = tables);
  }

  static count(texts: Iterable<string>): InMemoryTermStatistics {
    const counter = new TermCounter();
    for (const text of texts) {
      counter.startPassage();
      for (const token of tokenize(text)) counter.see(indexTerm(token), token);
    }
    return counter.statistics();
  }

  /** @internal the statistics a TermCounter has gathered. */
  static of(passages: number, tables: TermTables): InMemoryTermStatistics {
    return new InMemoryTermStatistics(passages, tables);
  }

  static fromJSON(json: TermStatisticsJSON): InMemoryTermStatistics {
    const frequencies = new Map<string, number>();
    const surfaces = new Map<string, string>();
    for (const [term, frequency, surface] of json.terms) {
      frequencies.set(term, frequency);
      surfaces.set(term, surface);
    }
    return new InMemoryTermStatistics(json.passages, {
      frequencies,
      surfaces,
      titleFrequencies: new Map(json.titles),
      words: new Map(json.words),
      capitalized: new Map(json.capitalized),
      namePhrases: new Set(json.namePhrases),
    });
  }

  toJSON(): TermStatisticsJSON {
    return {
      passages: this.passages,
      terms: [...this.frequencies].map(([term, n]) => [term, n, this.surfaces.get(term) ?? term]),
      titles: [...this.titleFrequencies],
      words: [...this.words],
      capitalized: [...this.capitalized],
      namePhrases: [...this.namePhrases],
    };
  }

  surfaceOf(term: string): string {
    return this.surfaces.get(term) ?? term;
  }

  /** Whether any passage holds the term. */
  readonly has = (term: string): boolean => this.frequencies.has(term);

  documentFrequency(term: string): number {
    return this.frequencies.get(term) ?? 0;
  }

  /** How many index entries a search for the term reads: the passages holding it, and the titles. */
  postings(term: string): number {
    return this.documentFrequency(term) + (this.titleFrequencies.get(term) ?? 0);
  }

  /** How often the passages write a word, in lower case. */
  wordCount(word: string): number {
    return this.words.get(word) ?? 0;
  }

  /** The share of a word's occurrences written capitalised: near 1 for a name (`japan`), low for a word that only opens sentences. */
  nameShare(word: string): number {
    const count = this.words.get(word) ?? 0;
    return count === 0 ? 0 : (this.capitalized.get(word) ?? 0) / count;
  }

  /** Whether the passages write two words side by side as a name more often than not (`caesars`, `world`). */
  isNamePhrase(first: string, second: string): boolean {
    return this.namePhrases.has(`${first} ${second}`);
  }

  /** Inverse document frequency, smoothed so that an unseen term weighs like the rarest seen one. */
  idf(term: string): number {
    const frequency = this.frequencies.get(term) ?? 0;
    return Math.log(1 + (this.passages - frequency + 0.5) / (frequency + 0.5));
  }
}

/** Gathers term statistics passage by passage, from terms the caller has already found (as an index build does). */
export class TermCounter {
  private passages = 0;
  /** Each term's passage count, the passage it was last seen in, and the word it was first seen as. */
  private readonly terms = new Map<string, { passages: number; lastPassage: number; surface: string }>();
  private readonly titleFrequencies = new Map<string, number>();
  /** Each word in lower case: how often it is written, and how often capitalised. */
  private readonly words = new Map<string, { all: number; capitalized: number }>();
  /** Phrases of two words written as a name, by their first word. */
  private readonly phrases = new Map<string, Map<string, PhraseCount>>();
  /** The content word before the one seen, if no stop word came between. */
  private previousWord: string | null = null;
  private previousCapitalized = false;
  private readonly seenInTitle = new Set<string>();

  startPassage(): void {
    this.passages += 1;
    this.previousWord = null;
  }

  startTitle(): void {
    this.seenInTitle.clear();
  }

  seeInTitle(term: string): void {
    if (this.seenInTitle.has(term)) return;
    this.seenInTitle.add(term);
    this.titleFrequencies.set(term, (this.titleFrequencies.get(term) ?? 0) + 1);
  }

  /** A token of a passage, in the order of its text, with its term (null for a stop word). */
  see(term: string | null, token: string): void {
    if (term === null) {
      this.previousWord = null;
      return;
    }
    const word = token.toLowerCase();
    const capitalized = isCapitalized(token);
    const written = this.words.get(word);
    if (written) {
      written.all += 1;
      if (capitalized) written.capitalized += 1;
    } else this.words.set(word, { all: 1, capitalized: capitalized ? 1 : 0 });
    if (this.previousWord !== null) this.seePhrase(this.previousWord, word, this.previousCapitalized && capitalized);
    this.previousWord = word;
    this.previousCapitalized = capitalized;
    const counted = this.terms.get(term);
    if (!counted) this.terms.set(term, { passages: 1, lastPassage: this.passages, surface: word });
    else if (counted.lastPassage !== this.passages) {
      counted.passages += 1;
      counted.lastPassage = this.passages;
    }
  }

  /**
   * Counts a phrase written as a name, and each time it is written otherwise once it has been so written:
   * counting every pair of words would hold far more than the passages' names.
   */
  private seePhrase(first: string, second: string, named: boolean): void {
    let seconds = this.phrases.get(first);
    if (!seconds) {
      if (!named) return;
      seconds = new Map();
      this.phrases.set(first, seconds);
    }
    const count = seconds.get(second);
    if (count) {
      count[1] += 1;
      if (named) count[0] += 1;
    } else if (named) seconds.set(second, [1, 1]);
  }

  /** The statistics gathered, read once a build is done: the counts are handed over, not kept. */
  statistics(): InMemoryTermStatistics {
    const frequencies = new Map<string, number>();
    const surfaces = new Map<string, string>();
    for (const [term, { passages, surface }] of this.terms) {
      frequencies.set(term, passages);
      surfaces.set(term, surface);
    }
    const words = new Map<string, number>();
    const capitalized = new Map<string, number>();
    for (const [word, counts] of this.words) {
      words.set(word, counts.all);
      if (counts.capitalized > 0) capitalized.set(word, counts.capitalized);
    }
    const { titleFrequencies } = this;
    const namePhrases = new Set<string>();
    for (const [first, seconds] of this.phrases) {
      for (const [second, [named, all]] of seconds) {
        if (named >= MIN_NAME_PHRASE && named / all >= NAME_PHRASE_SHARE) namePhrases.add(`${first} ${second}`);
      }
    }
    // An index keeps its counting hooks, and this counter with them: its counts go once read.
    this.phrases.clear();
    this.terms.clear();
    this.words.clear();
    return InMemoryTermStatistics.of(this.passages, { frequencies, surfaces, titleFrequencies, words, capitalized, namePhrases });
  }
}

/**
 * MiniSearch `tokenize` / `processTerm` hooks that report each document and term as an index build reads
 * them. Searches call the same hooks without a field; those are not counted.
 */
export function countingHooks(startDocument: () => void, seeTerm: (term: string | null, token: string) => void) {
  return {
    tokenize: (text: string, field?: string) => {
      if (field) startDocument();
      return tokenize(text);
    },
    processTerm: (token: string, field?: string) => {
      const term = indexTerm(token);
      if (field) seeTerm(term, token);
      return term;
    },
  };
}
