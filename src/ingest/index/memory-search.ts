import type { SearchOptions, SearchResult } from 'minisearch';
import { firstOfArticle, idsOfArticle } from './article-order.ts';
import { articleRef } from './article-ref.ts';
import type { Article } from '../../model/article.ts';
import type { StoredQuote } from '../../model/quote.ts';
import { creditTitles } from './first-stage.ts';
import { outermostQuotes } from '../quotes/nested.ts';
import { isEmptyFilter, matchesFilters } from './filter-match.ts';
import { toleranceFor } from './passage-index.ts';
import type { Filters } from '../../model/filters.ts';
import type { ArchiveSearch, Candidate, CandidateRequest, CountedArticle, MemorySnapshot, SearchRequest } from '../../model/snapshot.ts';

const EXACTLY = { prefix: false, fuzzy: false } as const;

/** The search of a snapshot held in memory: its MiniSearch indexes; everything found is already at hand. */
export class MemorySearch implements ArchiveSearch {
  private byId: Map<string, number> | null = null;

  constructor(private readonly snapshot: Omit<MemorySnapshot, 'search'>) {}

  candidates({ words, limit, boostTerm, filters, titleBoost }: CandidateRequest): Promise<Candidate[]> {
    const { passages, index, titles } = this.snapshot;
    const options: SearchOptions = { ...this.tolerance(), ...(boostTerm ? { boostTerm } : {}) };
    const titleScores = new Map<number, number>();
    for (const hit of titles.search(words, { ...options, filter: this.articleFilter(filters, (hit) => hit.id as number) }))
      titleScores.set(hit.id as number, titleBoost * hit.score);
    const filter = this.articleFilter(filters, (hit) => passages[hit.id as number]!.article);
    const hits = index.search(words, { ...options, filter }).map((hit) => {
      const id = hit.id as number;
      return { id, score: hit.score, article: passages[id]!.article };
    });
    return Promise.resolve(creditTitles(hits, titleScores, (article) => this.leadOf(article), limit));
  }

  quotedPassages({ words, limit }: SearchRequest): Promise<number[]> {
    const marks = this.snapshot.quotedPassages;
    return Promise.resolve(this.passageIds(words, limit, (hit) => marks[hit.id as number] === 1));
  }

  passages({ words, limit }: SearchRequest): Promise<number[]> {
    return Promise.resolve(this.passageIds(words, limit));
  }

  articlesHolding(word: string): Promise<Set<number>> {
    const { index, titles, passages } = this.snapshot;
    const articles = new Set<number>();
    for (const hit of index.search(word, EXACTLY)) articles.add(passages[hit.id as number]!.article);
    for (const hit of titles.search(word, EXACTLY)) articles.add(hit.id as number);
    return Promise.resolve(articles);
  }

  quotedArticles(speakerKey: string): Promise<number[]> {
    const { quotes, quotesBySpeaker } = this.snapshot;
    const placed = (quotesBySpeaker.get(speakerKey) ?? []).map((id) => quotes[id]!);
    return Promise.resolve(outermostQuotes(placed).map((quote) => quote.article));
  }

  countedArticles(numbers: readonly number[], phrase: RegExp | null): Promise<CountedArticle[]> {
    const { articles, quotes } = this.snapshot;
    const holds = (article: Article) => !phrase || phrase.test(article.title) || article.paragraphs.some((p) => phrase.test(p));
    return Promise.resolve(
      numbers
        .filter((number) => holds(articles[number]!))
        .map((number) => ({
          number,
          ref: articleRef(articles[number]!),
          speakers: namedSpeakers(idsOfArticle(quotes, number).map((id) => quotes[id]!)),
        })),
    );
  }

  closeTerms(words: string): Promise<string[]> {
    const suggestions = this.snapshot.index.autoSuggest(words, { fuzzy: 0.4, prefix: true, combineWith: 'OR' });
    return Promise.resolve(suggestions.flatMap((suggestion) => suggestion.terms));
  }

  article(id: string): Promise<number | undefined> {
    this.byId ??= new Map(this.snapshot.articles.map((article, i) => [article.id, i]));
    return Promise.resolve(this.byId.get(id));
  }

  quotesOf(speakerKey: string): Promise<number[]> {
    return Promise.resolve(this.snapshot.quotesBySpeaker.get(speakerKey) ?? []);
  }

  private passageIds(words: string, limit: number, filter?: (hit: SearchResult) => boolean): number[] {
    const hits = this.snapshot.index.search(words, { ...this.tolerance(), ...(filter ? { filter } : {}) });
    return hits.slice(0, limit).map((hit) => hit.id as number);
  }

  private tolerance(): Pick<SearchOptions, 'prefix' | 'fuzzy'> {
    return toleranceFor(this.snapshot.terms.has);
  }

  private articleFilter(filters: Filters, articleOf: (hit: SearchResult) => number): SearchOptions['filter'] {
    if (isEmptyFilter(filters)) return undefined;
    const { articles } = this.snapshot;
    return (hit) => matchesFilters(articles[articleOf(hit)]!, filters);
  }

  private leadOf(article: number): number | undefined {
    const { passages } = this.snapshot;
    const lead = firstOfArticle(passages, article);
    return passages[lead]?.article === article ? lead : undefined;
  }
}

/** The speaker of each quotation whose speaker the text names (not `a spokesman`), the words they said counted once. */
function namedSpeakers(quotes: readonly StoredQuote[]): string[] {
  return outermostQuotes(quotes.filter(({ speaker, speakerType }) => speaker && speakerType !== 'unnamed')).map((quote) => quote.speaker!);
}
