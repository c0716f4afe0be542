import { indexTerm, tokenize } from '../nlp/terms.ts';

export interface TermStatisticsJSON {
  passages: number;
  terms: [term: string, frequency: number, surface: string][];
}

/** How many passages hold each index term: the rarity that weighs a query term's evidence. */
export class TermStatistics {
  private constructor(
    readonly passages: number,
    private readonly frequencies: Map<string, number>,
    /** A word as written for each term (`europe` for `europ`), to show suggestions in words. */
    private readonly surfaces: Map<string, string>,
  ) {}

  static count(texts: Iterable<string>): TermStatistics {
    const frequencies = new Map<string, number>();
    const surfaces = new Map<string, string>();
    let passages = 0;
    for (const text of texts) {
      passages += 1;
      const seen = new Set<string>();
      for (const token of tokenize(text)) {
        const term = indexTerm(token);
        if (!term || seen.has(term)) continue;
        seen.add(term);
        frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
        if (!surfaces.has(term)) surfaces.set(term, token.toLowerCase());
      }
    }
    return new TermStatistics(passages, frequencies, surfaces);
  }

  static fromJSON(json: TermStatisticsJSON): TermStatistics {
    const frequencies = new Map<string, number>();
    const surfaces = new Map<string, string>();
    for (const [term, frequency, surface] of json.terms) {
      frequencies.set(term, frequency);
      surfaces.set(term, surface);
    }
    return new TermStatistics(json.passages, frequencies, surfaces);
  }

  toJSON(): TermStatisticsJSON {
    return { passages: this.passages, terms: [...this.frequencies].map(([term, n]) => [term, n, this.surfaces.get(term) ?? term]) };
  }

  surfaceOf(term: string): string {
    return this.surfaces.get(term) ?? term;
  }

  /** Whether any passage holds the term. */
  readonly has = (term: string): boolean => this.frequencies.has(term);

  documentFrequency(term: string): number {
    return this.frequencies.get(term) ?? 0;
  }

  /** Inverse document frequency, smoothed so that an unseen term weighs like the rarest seen one. */
  idf(term: string): number {
    const frequency = this.frequencies.get(term) ?? 0;
    return Math.log(1 + (this.passages - frequency + 0.5) / (frequency + 0.5));
  }
}
