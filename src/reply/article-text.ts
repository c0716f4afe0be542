import type { Article } from '../model/article.ts';
import { dayOf } from '../ingest/read/dates.ts';

/** A whole article as lines: title, where and when it is from, then its paragraphs. */
export function articleText(article: Article): string[] {
  const meta = [article.source, article.date ? dayOf(article.date) : 'undated', article.dateline, article.url].filter(Boolean).join(' · ');
  return [article.title, meta, '', ...article.paragraphs.flatMap((p) => [p, ''])].slice(0, -1);
}
