import type SearchableMap from 'minisearch/SearchableMap';
import { PASSAGE_INDEX_OPTIONS, toleranceFor } from '../../ingest/index/passage-index.ts';
import { indexTerm } from '../../text/terms.ts';
import { tokenize } from '../../text/tokens.ts';
import type { IndexParams } from './index-params.ts';

/**
 * BM25 as MiniSearch scores it, over postings read from the database: the same terms (the project's own
 * tokenizer and index terms), the same tolerance for unknown words, the same formula and parameters, so
 * that both archives rank alike.
 */

const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const WEIGHTS = { prefix: 0.375, fuzzy: 0.45, ...PASSAGE_INDEX_OPTIONS.searchOptions?.weights };
const MAX_FUZZY = PASSAGE_INDEX_OPTIONS.searchOptions?.maxFuzzy ?? 6;

/** One index term a query reads, for one of the query's own terms. */
export interface ReadTerm {
  /** The query's term it stands for (itself, or the term a prefix or typo came from). */
  source: string;
  term: string;
  weight: number;
}

/** The terms of a query, each with the index terms it reads: itself, and for an unknown word, its prefixes and close spellings. */
export function readTerms(words: string, known: (term: string) => boolean, vocabulary: SearchableMap<unknown>): ReadTerm[][] {
  const tolerance = toleranceFor(known);
  const terms = tokenize(words).flatMap((word) => indexTerm(word) ?? []);
  return terms.map((term, i) => {
    const read: ReadTerm[] = [{ source: term, term, weight: 1 }];
    const prefix = typeof tolerance.prefix === 'function' && tolerance.prefix(term, i, terms);
    const fuzzy = typeof tolerance.fuzzy === 'function' ? tolerance.fuzzy(term, i, terms) : false;
    const prefixed = new Set<string>();
    if (prefix) {
      for (const [derived] of vocabulary.atPrefix(term)) {
        const distance = derived.length - term.length;
        if (distance === 0) continue;
        prefixed.add(derived);
        read.push({ source: term, term: derived, weight: (WEIGHTS.prefix * derived.length) / (derived.length + 0.3 * distance) });
      }
    }
    const maxDistance = typeof fuzzy === 'number' ? (fuzzy < 1 ? Math.min(MAX_FUZZY, Math.round(term.length * fuzzy)) : fuzzy) : 0;
    if (maxDistance > 0) {
      for (const [derived, [, distance]] of vocabulary.fuzzyGet(term, maxDistance)) {
        if (distance === 0 || prefixed.has(derived)) continue;
        read.push({ source: term, term: derived, weight: (WEIGHTS.fuzzy * derived.length) / (derived.length + distance) });
      }
    }
    return read;
  });
}

/** A term's postings in one field: documents in index order, how often each holds the term, and each one's length. */
export interface FieldPostings {
  field: number;
  documents: readonly number[];
  frequencies: readonly number[];
  lengths: readonly number[];
}

/** Scores documents as MiniSearch does: per query term, then summed, times the number of query terms matched. */
export function scoreDocuments(
  query: readonly ReadTerm[][],
  postingsOf: (term: string) => readonly FieldPostings[],
  params: IndexParams,
  boostOf: (term: string) => number,
): Map<number, number> {
  const combined = new Map<number, { score: number; terms: Set<string> }>();
  for (const read of query) {
    const own = new Map<number, number>();
    for (const { source, term, weight } of read) {
      const boost = weight * boostOf(source);
      for (const postings of postingsOf(term)) addScores(own, postings, params, boost);
    }
    for (const [document, score] of own) {
      const found = combined.get(document);
      if (found) {
        found.score += score;
        found.terms.add(read[0]!.source);
      } else combined.set(document, { score, terms: new Set([read[0]!.source]) });
    }
  }
  return new Map([...combined].map(([document, { score, terms }]) => [document, score * terms.size]));
}

function addScores(scores: Map<number, number>, postings: FieldPostings, params: IndexParams, boost: number): void {
  const matching = postings.documents.length;
  const idf = Math.log(1 + (params.documents - matching + 0.5) / (matching + 0.5));
  const average = params.averageLengths[postings.field]!;
  postings.documents.forEach((document, i) => {
    const frequency = postings.frequencies[i]!;
    const norm = BM25.k * (1 - BM25.b + (BM25.b * postings.lengths[i]!) / average);
    const score = boost * idf * (BM25.d + (frequency * (BM25.k + 1)) / (frequency + norm));
    scores.set(document, (scores.get(document) ?? 0) + score);
  });
}
