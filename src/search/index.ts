import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import { indexTerm, tokenize } from '../nlp/terms.ts';
import { TermCounter, type TermStatistics } from './term-stats.ts';

/** What MiniSearch indexes for a passage; the text itself lives in the archive, not in the index. */
export interface PassageDocument {
  id: number;
  text: string;
  title: string;
}

/** Prefix expansion only for terms this long: short fragments expand to most of the vocabulary. */
const PREFIX_MIN_LENGTH = 5;
/** Typo tolerance only for terms this long, where one edit rarely turns one word into another. */
const FUZZY_MIN_LENGTH = 6;

/**
 * The one set of options used both to build and to load the passage index. A cache built with other
 * settings is rebuilt: the cache is keyed by the ingest code, this file included.
 */
export const PASSAGE_INDEX_OPTIONS: Options<PassageDocument> = {
  fields: ['text', 'title'],
  idField: 'id',
  tokenize,
  processTerm: indexTerm,
  searchOptions: {
    boost: { title: 1.5 },
    prefix: (term) => term.length >= PREFIX_MIN_LENGTH,
    fuzzy: (term) => (term.length >= FUZZY_MIN_LENGTH ? 0.2 : false),
    maxFuzzy: 2,
    weights: { prefix: 0.3, fuzzy: 0.2 },
  },
};

/**
 * Typo and prefix tolerance for the words the archive does not hold (a typo, a fragment): a word it
 * holds is matched as it is. Expanding known words costs most of a query's time and finds little.
 */
export function toleranceFor(known: (term: string) => boolean): Pick<SearchOptions, 'prefix' | 'fuzzy'> {
  return {
    prefix: (term) => term.length >= PREFIX_MIN_LENGTH && !known(term),
    fuzzy: (term) => (term.length >= FUZZY_MIN_LENGTH && !known(term) ? 0.2 : false),
  };
}

export type PassageIndex = MiniSearch<PassageDocument>;

const BUILD_CHUNK = 5000;

/**
 * Builds the passage index, reporting progress after each chunk and yielding to the event loop between
 * them. The passages' term statistics are counted as MiniSearch reads each text, not in a second pass.
 */
export async function buildPassageIndex(
  documents: readonly PassageDocument[],
  onProgress?: (done: number, total: number) => void,
): Promise<{ index: PassageIndex; terms: TermStatistics }> {
  const counter = new TermCounter();
  const index = new MiniSearch<PassageDocument>({
    ...PASSAGE_INDEX_OPTIONS,
    tokenize: (text, field) => {
      if (field === 'text') counter.startPassage();
      return tokenize(text);
    },
    processTerm: (token, field) => {
      const term = indexTerm(token);
      if (term && field === 'text') counter.see(term, token);
      else if (term && field === 'title') counter.seeInTitle(term);
      return term;
    },
  });
  for (let start = 0; start < documents.length; start += BUILD_CHUNK) {
    index.addAll(documents.slice(start, start + BUILD_CHUNK));
    onProgress?.(Math.min(start + BUILD_CHUNK, documents.length), documents.length);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { index, terms: counter.statistics() };
}

/**
 * Loads a saved index. MiniSearch's chunked loadJSAsync takes twice as long as loadJS here (2.7 s
 * against 1.2 s on the Reuters collection), so the load runs in one piece: a warm start pauses the
 * event loop about a second, which Discord's 3-second window absorbs.
 */
export function loadPassageIndex(json: ReturnType<PassageIndex['toJSON']>): PassageIndex {
  return MiniSearch.loadJS(json, PASSAGE_INDEX_OPTIONS);
}
