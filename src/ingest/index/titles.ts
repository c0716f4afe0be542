import MiniSearch, { type Options } from 'minisearch';
import type { Article } from '../../model/article.ts';
import { indexTerm } from '../../text/terms.ts';
import { tokenize } from '../../text/tokens.ts';
import { PASSAGE_INDEX_OPTIONS } from './passage-index.ts';
import { type TermCounter, countingHooks } from './term-stats.ts';
import type { TitleDocument, TitleIndex } from '../../model/snapshot.ts';

/** An article's heading as the title index holds it: its title and its dateline's place. */
export function headingOf({ title, dateline }: Pick<Article, 'title' | 'dateline'>): Omit<TitleDocument, 'id'> {
  return { title, place: dateline ?? '' };
}

/**
 * The one set of options used to build and to load the title index. Titles are indexed once per
 * article: indexed with each passage, they made up 29% of the passage index's entries.
 */
export const TITLE_INDEX_OPTIONS: Options<TitleDocument> = {
  fields: ['title', 'place'],
  idField: 'id',
  tokenize,
  processTerm: indexTerm,
  searchOptions: { ...PASSAGE_INDEX_OPTIONS.searchOptions },
};

/** Indexes the articles' titles and dateline places, counting in how many each term appears. */
export function buildTitleIndex(headings: readonly Omit<TitleDocument, 'id'>[], counter: TermCounter): TitleIndex {
  const index = new MiniSearch<TitleDocument>({
    ...TITLE_INDEX_OPTIONS,
    ...countingHooks(
      () => counter.startTitle(),
      (term) => term && counter.seeInTitle(term),
    ),
  });
  index.addAll(headings.map((heading, id) => ({ id, ...heading })));
  return index;
}

/** Loads a saved title index in one piece, as `loadPassageIndex` does. */
export function loadTitleIndex(json: ReturnType<TitleIndex['toJSON']>): TitleIndex {
  return MiniSearch.loadJS(json, TITLE_INDEX_OPTIONS);
}
