import type { Pool } from 'pg';
import { idsOfArticle } from '../../ingest/index/article-order.ts';
import { liesIn } from '../../ingest/quotes/quoted-passages.ts';
import type { Article } from '../../model/article.ts';
import type { Passage } from '../../model/passage.ts';
import type { SpeakerType, StoredQuote } from '../../model/quote.ts';
import type { ArchiveSearch, LoadSummary, Snapshot, SpeakerDirectory, TermStatistics } from '../../model/snapshot.ts';
import { DatabaseSearch } from './database-search.ts';
import type { Generation } from './generation.ts';

/** An article as its table holds it: numbered in the generation, its own id as `key`, with its sentences. */
interface ArticleRow extends Omit<Article, 'id'> {
  id: number;
  key: string;
  sentences: number[][];
}

interface SpanRow {
  id: number;
  article: number;
  paragraph: number;
  start_at: number;
  end_at: number;
}

interface QuoteRow extends SpanRow {
  speaker: string | null;
  /** Absent from the quotes of a generation written before the column was. */
  named?: string | null;
  role: string | null;
  speaker_type: SpeakerType | null;
  mention: string | null;
  cue: string | null;
  kind: 'direct' | 'indirect';
}

/**
 * The part of a generation one request reads: it starts empty, and its search brings in the articles it
 * finds (with their passages and quotations), numbered in the order they arrive. Every read names the
 * generation's schema, so a request never mixes two generations.
 */
export class DatabaseSnapshot implements Snapshot {
  readonly articles: Article[] = [];
  readonly sentences: number[][][] = [];
  readonly passages: Passage[] = [];
  readonly quotes: StoredQuote[] = [];
  readonly quotedPassages: number[] = [];
  readonly fromCache = false;
  readonly terms: TermStatistics;
  readonly speakers: SpeakerDirectory;
  readonly summary: LoadSummary;
  readonly search: ArchiveSearch;
  /** Places in this snapshot, by id in the generation. */
  private readonly articleAt = new Map<number, number>();
  private readonly passageAt = new Map<number, number>();
  private readonly quoteAt = new Map<number, number>();
  private holding: Promise<void> = Promise.resolve();

  constructor(
    readonly pool: Pool,
    readonly generation: Generation,
  ) {
    this.terms = generation.terms;
    this.speakers = generation.speakers;
    this.summary = generation.summary;
    this.search = new DatabaseSearch(this);
  }

  /** A table of this snapshot's generation, schema-qualified. */
  table(name: string): string {
    return `${this.generation.schema}.${name}`;
  }

  /** Brings in the articles (by id in the generation) that are not here yet. */
  hold(ids: Iterable<number>): Promise<void> {
    const wanted = [...new Set(ids)];
    this.holding = this.holding.then(() => this.read(wanted.filter((id) => !this.articleAt.has(id)).sort((a, b) => a - b)));
    return this.holding;
  }

  localArticle(id: number): number | undefined {
    return this.articleAt.get(id);
  }

  localPassage(id: number): number | undefined {
    return this.passageAt.get(id);
  }

  localQuote(id: number): number | undefined {
    return this.quoteAt.get(id);
  }

  private async read(ids: number[]): Promise<void> {
    if (ids.length === 0) return;
    const [articles, passages, quotes] = await Promise.all([
      this.pool.query<ArticleRow>(`SELECT * FROM ${this.table('articles')} WHERE id = ANY($1) ORDER BY id`, [ids]),
      this.pool.query<SpanRow>(`SELECT * FROM ${this.table('passages')} WHERE article = ANY($1) ORDER BY id`, [ids]),
      this.pool.query<QuoteRow>(`SELECT * FROM ${this.table('quotes')} WHERE article = ANY($1) ORDER BY id`, [ids]),
    ]);
    for (const row of articles.rows) this.addArticle(row);
    for (const row of passages.rows) {
      this.passageAt.set(row.id, this.passages.length);
      this.passages.push(this.span(row));
      this.quotedPassages.push(0);
    }
    for (const row of quotes.rows) this.addQuote(row);
    this.markQuoted(quotes.rows.length);
  }

  private addArticle(row: ArticleRow): void {
    this.articleAt.set(row.id, this.articles.length);
    const { key, title, date, source, url, dateline, description, paragraphs, origin } = row;
    this.articles.push({ id: key, title, date, source, url, dateline, description, paragraphs, origin });
    this.sentences.push(row.sentences);
  }

  private addQuote(row: QuoteRow): void {
    this.quoteAt.set(row.id, this.quotes.length);
    const { speaker, named, role, mention, cue, kind } = row;
    const quote = { ...this.span(row), speaker, role, speakerType: row.speaker_type, mention, cue, kind };
    this.quotes.push(named ? { ...quote, named } : quote);
  }

  private span(row: SpanRow): { article: number; paragraph: number; start: number; end: number } {
    return { article: this.articleAt.get(row.article)!, paragraph: row.paragraph, start: row.start_at, end: row.end_at };
  }

  /** Marks the passages that hold one of the quotations just read. */
  private markQuoted(newQuotes: number): void {
    for (const quote of this.quotes.slice(this.quotes.length - newQuotes)) {
      for (const id of idsOfArticle(this.passages, quote.article)) if (liesIn(quote, this.passages[id]!)) this.quotedPassages[id] = 1;
    }
  }
}
