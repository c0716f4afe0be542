import type { Pool } from 'pg';
import { creditTitles } from '../../ingest/index/first-stage.ts';
import { outermostQuotes } from '../../ingest/quotes/nested.ts';
import { isEmptyFilter, matchesFilters } from '../../ingest/index/filter-match.ts';
import type { Filters } from '../../model/filters.ts';
import type { ArticleRef } from '../../model/results.ts';
import type { ArchiveSearch, Candidate, CandidateRequest, CountedArticle, SearchRequest } from '../../model/snapshot.ts';
import { indexTerm } from '../../text/terms.ts';
import { tokenize } from '../../text/tokens.ts';
import { type FieldPostings, type ReadTerm, readTerms, scoreDocuments } from './bm25.ts';
import type { Generation } from './generation.ts';

/** What the search needs of the snapshot it brings articles into. */
export interface SearchTarget {
  readonly pool: Pool;
  readonly generation: Generation;
  /** A table of the snapshot's generation, schema-qualified. */
  table(name: string): string;
  /** Brings in the articles (by id in the generation) that are not in the snapshot yet. */
  hold(ids: Iterable<number>): Promise<void>;
  localArticle(id: number): number | undefined;
  localPassage(id: number): number | undefined;
  localQuote(id: number): number | undefined;
}

/** A term's passage postings, as the `postings` table keeps them. */
interface PostingRow {
  term: string;
  passages: number[];
  articles: number[];
  frequencies: number[];
  lengths: number[];
  quoted: boolean[];
}

interface TitlePostingRow {
  term: string;
  field: number;
  articles: number[];
  frequencies: number[];
  lengths: number[];
  leads: number[];
}

/** A passage's score and what a search needs to know of it before its article is read. */
interface PassageScore {
  id: number;
  score: number;
  article: number;
  quoted: boolean;
}

/** What a timeline reads of an article: its reference, its text when a phrase must be matched, its named speakers. */
interface CountedRow extends Omit<ArticleRef, 'id'> {
  id: number;
  key: string;
  paragraphs: string[] | null;
  /** Its quotations whose speaker the text names: each one's speaker, paragraph, start and end, in four arrays. */
  speakers: string[];
  quoteParagraphs: number[];
  quoteStarts: number[];
  quoteEnds: number[];
}

/** One field of each of an article's quotations whose speaker the text names, as an array in the quotations' order. */
function namedQuotesColumn(field: string, alias: string): string {
  return `coalesce(array_agg(q.${field} ORDER BY q.id) FILTER (WHERE q.speaker IS NOT NULL AND q.speaker_type <> 'unnamed'), '{}') AS "${alias}"`;
}

const NAMED_QUOTES = [
  namedQuotesColumn('speaker', 'speakers'),
  namedQuotesColumn('paragraph', 'quoteParagraphs'),
  namedQuotesColumn('start_at', 'quoteStarts'),
  namedQuotesColumn('end_at', 'quoteEnds'),
].join(', ');

/** Articles a timeline reads at a time. */
const COUNTED_BATCH = 5000;

/** How many close terms (prefixes first, then spellings) a suggestion weighs per word, the most used first. */
const CLOSE_TERMS = 20;

/**
 * The first stage in SQL: the postings of the question's terms (the rarest, within the search budget the
 * query layer already applied), one primary-key read per term; BM25 in this process; then only the
 * articles of the best candidates are read, into the request's snapshot.
 */
export class DatabaseSearch implements ArchiveSearch {
  constructor(private readonly snapshot: SearchTarget) {}

  async candidates({ words, limit, boostTerm, filters, titleBoost }: CandidateRequest): Promise<Candidate[]> {
    const { generation } = this.snapshot;
    const boost = boostTerm ?? (() => 1);
    const known = generation.terms.has;
    const [passages, titles] = await Promise.all([
      this.scorePassages(readTerms(words, known, generation.passageVocabulary), boost),
      this.scoreTitles(readTerms(words, known, generation.titleVocabulary), boost),
    ]);
    const passing = await this.passing(filters, [...passages.map((p) => p.article), ...titles.map((t) => t.article)]);
    const titleScores = new Map(titles.filter((t) => passing(t.article)).map((t) => [t.article, titleBoost * t.score]));
    const leads = new Map(titles.map((t) => [t.article, t.lead]));
    const found = creditTitles(
      passages.filter((p) => passing(p.article)),
      titleScores,
      (article) => leads.get(article),
      limit,
    );
    const articleOf = new Map([...passages.map((p) => [p.id, p.article] as const), ...titles.map((t) => [t.lead, t.article] as const)]);
    await this.snapshot.hold(found.map((c) => articleOf.get(c.id)!));
    return found.map((c) => ({ id: this.snapshot.localPassage(c.id)!, score: c.score }));
  }

  async quotedPassages({ words, limit }: SearchRequest): Promise<number[]> {
    return this.bestPassages(words, limit, (p) => p.quoted);
  }

  async passages({ words, limit }: SearchRequest): Promise<number[]> {
    return this.bestPassages(words, limit, () => true);
  }

  async articlesHolding(word: string): Promise<Set<number>> {
    const terms = tokenize(word).flatMap((w) => indexTerm(w) ?? []);
    const [passages, titles] = await Promise.all([
      this.snapshot.pool.query<{ articles: number[] }>(`SELECT articles FROM ${this.snapshot.table('postings')} WHERE term = ANY($1)`, [
        terms,
      ]),
      this.snapshot.pool.query<{ articles: number[] }>(
        `SELECT articles FROM ${this.snapshot.table('title_postings')} WHERE term = ANY($1)`,
        [terms],
      ),
    ]);
    return new Set([...passages.rows, ...titles.rows].flatMap((row) => row.articles));
  }

  async quotedArticles(speakerKey: string): Promise<number[]> {
    const { rows } = await this.snapshot.pool.query<{ article: number; paragraph: number; start: number; end: number; speaker: string }>(
      `SELECT article, paragraph, start_at AS start, end_at AS "end", speaker FROM ${this.snapshot.table('quotes')}
       WHERE speaker_key = $1 ORDER BY id`,
      [speakerKey],
    );
    return outermostQuotes(rows).map((row) => row.article);
  }

  /** Reads only what a timeline counts; with a phrase, reads the texts in batches to match it, keeping none of them. */
  async countedArticles(numbers: readonly number[], phrase: RegExp | null): Promise<CountedArticle[]> {
    const counted: CountedArticle[] = [];
    for (let start = 0; start < numbers.length; start += COUNTED_BATCH) {
      const { rows } = await this.snapshot.pool.query<CountedRow>(
        `SELECT a.id, a.key, a.title, a.date, a.source, a.url, a.dateline, ${phrase ? 'a.paragraphs' : 'NULL AS paragraphs'},
           ${NAMED_QUOTES}
         FROM ${this.snapshot.table('articles')} a LEFT JOIN ${this.snapshot.table('quotes')} q ON q.article = a.id
         WHERE a.id = ANY($1) GROUP BY a.id`,
        [numbers.slice(start, start + COUNTED_BATCH)],
      );
      for (const row of rows) {
        const { id, key, title, date, source, url, dateline, paragraphs } = row;
        if (phrase && !phrase.test(title) && !paragraphs!.some((p) => phrase.test(p))) continue;
        counted.push({ number: id, ref: { id: key, title, date, source, url, dateline }, speakers: speakersSaidOnce(row) });
      }
    }
    return counted;
  }

  closeTerms(words: string): Promise<string[]> {
    const { terms, passageVocabulary } = this.snapshot.generation;
    const close = new Map<string, number>();
    for (const word of tokenize(words).flatMap((w) => indexTerm(w) ?? [])) {
      const maxDistance = Math.min(2, Math.round(word.length * 0.4));
      const found = [...passageVocabulary.atPrefix(word).keys(), ...passageVocabulary.fuzzyGet(word, maxDistance).keys()];
      for (const term of found.slice(0, CLOSE_TERMS)) close.set(term, terms.documentFrequency(term));
    }
    return Promise.resolve([...close].sort((a, b) => b[1] - a[1]).map(([term]) => term));
  }

  async article(id: string): Promise<number | undefined> {
    const { rows } = await this.snapshot.pool.query<{ id: number }>(`SELECT id FROM ${this.snapshot.table('articles')} WHERE key = $1`, [
      id,
    ]);
    if (!rows[0]) return undefined;
    await this.snapshot.hold([rows[0].id]);
    return this.snapshot.localArticle(rows[0].id);
  }

  async quotesOf(speakerKey: string): Promise<number[]> {
    const { rows } = await this.snapshot.pool.query<{ id: number; article: number }>(
      `SELECT id, article FROM ${this.snapshot.table('quotes')} WHERE speaker_key = $1 ORDER BY id`,
      [speakerKey],
    );
    await this.snapshot.hold(rows.map((row) => row.article));
    return rows.map((row) => this.snapshot.localQuote(row.id)!);
  }

  private async bestPassages(words: string, limit: number, keep: (passage: PassageScore) => boolean): Promise<number[]> {
    const { generation } = this.snapshot;
    const scored = await this.scorePassages(readTerms(words, generation.terms.has, generation.passageVocabulary), () => 1);
    const best = scored.filter(keep).slice(0, limit);
    await this.snapshot.hold(best.map((p) => p.article));
    return best.map((p) => this.snapshot.localPassage(p.id)!);
  }

  /** BM25 over passages, best first (ties in index order, as MiniSearch leaves them). */
  private async scorePassages(query: ReadTerm[][], boost: (term: string) => number): Promise<PassageScore[]> {
    const rows = await this.rowsOf<PostingRow>('postings', query);
    const byTerm = new Map<string, FieldPostings[]>();
    const known = new Map<number, { article: number; quoted: boolean }>();
    for (const row of rows) {
      byTerm.set(row.term, [{ field: 0, documents: row.passages, frequencies: row.frequencies, lengths: row.lengths }]);
      row.passages.forEach((id, i) => known.set(id, { article: row.articles[i]!, quoted: row.quoted[i]! }));
    }
    const scores = scoreDocuments(query, (term) => byTerm.get(term) ?? [], this.snapshot.generation.search.passages, boost);
    return [...scores].map(([id, score]) => ({ id, score, ...known.get(id)! })).sort((a, b) => b.score - a.score);
  }

  /** BM25 over titles and dateline places, best first; each article with its first passage. */
  private async scoreTitles(query: ReadTerm[][], boost: (term: string) => number) {
    const rows = await this.rowsOf<TitlePostingRow>('title_postings', query);
    const byTerm = new Map<string, FieldPostings[]>();
    const leads = new Map<number, number>();
    for (const row of rows.sort((a, b) => a.field - b.field)) {
      const postings = { field: row.field, documents: row.articles, frequencies: row.frequencies, lengths: row.lengths };
      byTerm.set(row.term, [...(byTerm.get(row.term) ?? []), postings]);
      row.articles.forEach((article, i) => leads.set(article, row.leads[i]!));
    }
    const scores = scoreDocuments(query, (term) => byTerm.get(term) ?? [], this.snapshot.generation.search.titles, boost);
    return [...scores]
      .map(([article, score]) => ({ article, score, lead: leads.get(article)! }))
      .filter((t) => t.lead >= 0)
      .sort((a, b) => b.score - a.score);
  }

  private async rowsOf<Row>(table: string, query: ReadTerm[][]): Promise<Row[]> {
    const terms = [...new Set(query.flat().map((read) => read.term))];
    if (terms.length === 0) return [];
    return (await this.snapshot.pool.query(`SELECT * FROM ${this.snapshot.table(table)} WHERE term = ANY($1)`, [terms])).rows as Row[];
  }

  /** Whether an article (by id in the generation) passes the filters: its date and source read only when filters are given. */
  private async passing(filters: Filters, articles: number[]): Promise<(article: number) => boolean> {
    if (isEmptyFilter(filters)) return () => true;
    const { rows } = await this.snapshot.pool.query<{ id: number; date: string | null; source: string }>(
      `SELECT id, date, source FROM ${this.snapshot.table('articles')} WHERE id = ANY($1)`,
      [[...new Set(articles)]],
    );
    const passes = new Set(rows.filter((row) => matchesFilters(row, filters)).map((row) => row.id));
    return (article) => passes.has(article);
  }
}

/** The speakers of a counted article's named quotations, a quotation within a longer one of the same speaker left out. */
function speakersSaidOnce({ id, speakers, quoteParagraphs, quoteStarts, quoteEnds }: CountedRow): string[] {
  const quotes = speakers.map((speaker, i) => ({
    article: id,
    speaker,
    paragraph: quoteParagraphs[i]!,
    start: quoteStarts[i]!,
    end: quoteEnds[i]!,
  }));
  return outermostQuotes(quotes).map((quote) => quote.speaker);
}
