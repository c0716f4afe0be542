import type { Article } from '../../model/article.ts';
import type { ArticleRef } from '../../model/results.ts';

/** What a reply shows of an article: its reference without the text. */
export function articleRef(article: Article): ArticleRef {
  const { id, title, date, source, url, dateline } = article;
  return { id, title, date, source, url, dateline };
}
