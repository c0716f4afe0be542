import MiniSearch, { type Options } from 'minisearch';
import { indexTerm, tokenize } from '../nlp/terms.ts';
import { PASSAGE_INDEX_OPTIONS } from './index.ts';

/** What MiniSearch indexes for a quotation. */
export interface QuoteDocument {
  id: number;
  text: string;
  speaker: string;
  role: string;
}

/** The one set of options used to build and to load the quote index (shares the passage index's term handling). */
export const QUOTE_INDEX_OPTIONS: Options<QuoteDocument> = {
  fields: ['text', 'speaker', 'role'],
  idField: 'id',
  tokenize,
  processTerm: indexTerm,
  searchOptions: { ...PASSAGE_INDEX_OPTIONS.searchOptions, boost: { text: 1, speaker: 0.5, role: 0.3 } },
};

export type QuoteIndex = MiniSearch<QuoteDocument>;

export function buildQuoteIndex(documents: readonly QuoteDocument[]): QuoteIndex {
  const index = new MiniSearch(QUOTE_INDEX_OPTIONS);
  index.addAll(documents);
  return index;
}

/** Loads a saved quote index in one piece, as `loadPassageIndex` does and for the same reason. */
export function loadQuoteIndex(json: ReturnType<QuoteIndex['toJSON']>): QuoteIndex {
  return MiniSearch.loadJS(json, QUOTE_INDEX_OPTIONS);
}
