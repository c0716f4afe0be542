import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import { indexTerm } from '../../text/terms.ts';
import { tokenize } from '../../text/tokens.ts';
import { type TermCounter, countingHooks } from './term-stats.ts';
import type { PassageDocument, PassageIndex } from '../../model/snapshot.ts';

/** Prefix expansion only for terms this long: short fragments expand to most of the vocabulary. */
const PREFIX_MIN_LENGTH = 5;
/** Typo tolerance only for terms this long, where one edit rarely turns one word into another. */
const FUZZY_MIN_LENGTH = 6;

/**
 * The one set of options used both to build and to load the passage index. A cache built with other
 * settings is rebuilt: the cache is keyed by the ingest code, this file included.
 */
export const PASSAGE_INDEX_OPTIONS: Options<PassageDocument> = {
  fields: ['text'],
  idField: 'id',
  tokenize,
  processTerm: indexTerm,
  searchOptions: {
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

const BUILD_CHUNK = 5000;

/**
 * Builds the passage index, reporting progress after each chunk and yielding to the event loop between
 * them. The passages' term statistics are counted as MiniSearch reads each text, not in a second pass.
 */
export async function buildPassageIndex(
  documents: readonly PassageDocument[],
  counter: TermCounter,
  onProgress?: (done: number, total: number) => void,
): Promise<PassageIndex> {
  const index = new MiniSearch<PassageDocument>({
    ...PASSAGE_INDEX_OPTIONS,
    ...countingHooks(
      () => counter.startPassage(),
      (term, token) => counter.see(term, token),
    ),
  });
  for (let start = 0; start < documents.length; start += BUILD_CHUNK) {
    index.addAll(documents.slice(start, start + BUILD_CHUNK));
    onProgress?.(Math.min(start + BUILD_CHUNK, documents.length), documents.length);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return index;
}

/**
 * Loads a saved index. MiniSearch's chunked loadJSAsync takes twice as long as loadJS here (2.7 s
 * against 1.2 s on the Reuters collection), so the load runs in one piece: a warm start pauses the
 * event loop about a second, which Discord's 3-second window absorbs.
 */
export function loadPassageIndex(json: ReturnType<PassageIndex['toJSON']>): PassageIndex {
  return MiniSearch.loadJS(json, PASSAGE_INDEX_OPTIONS);
}
