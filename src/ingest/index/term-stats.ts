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
}

/** Term statistics held in memory, counted at ingest and kept in the index cache. */
export class InMemoryTermStatistics implements TermStatistics {
  private readonly frequencies: Map<string, number>;
  private readonly surfaces: Map<string, string>;
  private readonly titleFrequencies: Map<string, number>;
  private readonly words: Map<string, number>;
  private readonly capitalized: Map<string, number>;

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
    } = tables);
  }

  static count(texts: Iterable<string>): InMemoryTermStatistics {
    const counter = new TermCounter();
    for (const text of texts) {
      counter.startPassage();
      for (const token of tokenize(text)) {
        const term = indexTerm(token);
        if (term) counter.see(term, token);
      }
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
    });
  }

  toJSON(): TermStatisticsJSON {
    return {
      passages: this.passages,
      terms: [...this.frequencies].map(([term, n]) => [term, n, this.surfaces.get(term) ?? term]),
      titles: [...this.titleFrequencies],
      words: [...this.words],
      capitalized: [...this.capitalized],
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

  /** Inverse document frequency, smoothed so that an unseen term weighs like the rarest seen one. */
  idf(term: string): number {
    const frequency = this.frequencies.get(term) ?? 0;
    return Math.log(1 + (this.passages - frequency + 0.5) / (frequency + 0.5));
  }
}

/** Gathers term statistics passage by passage, from terms the caller has already found (as an index build does). */
export class TermCounter {
  private passages = 0;
  private readonly frequencies = new Map<string, number>();
  private readonly surfaces = new Map<string, string>();
  private readonly titleFrequencies = new Map<string, number>();
  private readonly words = new Map<string, number>();
  private readonly capitalized = new Map<string, number>();
  private readonly seen = new Set<string>();
  private readonly seenInTitle = new Set<string>();

  startPassage(): void {
    this.passages += 1;
    this.seen.clear();
  }

  startTitle(): void {
    this.seenInTitle.clear();
  }

  seeInTitle(term: string): void {
    if (this.seenInTitle.has(term)) return;
    this.seenInTitle.add(term);
    this.titleFrequencies.set(term, (this.titleFrequencies.get(term) ?? 0) + 1);
  }

  see(term: string, token: string): void {
    const word = token.toLowerCase();
    this.words.set(word, (this.words.get(word) ?? 0) + 1);
    if (isCapitalized(token)) this.capitalized.set(word, (this.capitalized.get(word) ?? 0) + 1);
    if (this.seen.has(term)) return;
    this.seen.add(term);
    this.frequencies.set(term, (this.frequencies.get(term) ?? 0) + 1);
    if (!this.surfaces.has(term)) this.surfaces.set(term, word);
  }

  statistics(): InMemoryTermStatistics {
    const { frequencies, surfaces, titleFrequencies, words, capitalized } = this;
    return InMemoryTermStatistics.of(this.passages, { frequencies, surfaces, titleFrequencies, words, capitalized });
  }
}

/**
 * MiniSearch `tokenize` / `processTerm` hooks that report each document and term as an index build reads
 * them. Searches call the same hooks without a field; those are not counted.
 */
export function countingHooks(startDocument: () => void, seeTerm: (term: string, token: string) => void) {
  return {
    tokenize: (text: string, field?: string) => {
      if (field) startDocument();
      return tokenize(text);
    },
    processTerm: (token: string, field?: string) => {
      const term = indexTerm(token);
      if (term && field) seeTerm(term, token);
      return term;
    },
  };
}
