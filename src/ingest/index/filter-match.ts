import type { Article } from '../../model/article.ts';
import type { Filters } from '../../model/filters.ts';
import { dayOf } from '../read/dates.ts';

export function isEmptyFilter(filters: Filters): boolean {
  return !filters.source && !filters.from && !filters.to;
}

/** Whether an article passes the filters; an undated article fails any date bound. */
export function matchesFilters(article: Pick<Article, 'source' | 'date'>, filters: Filters): boolean {
  if (filters.source && article.source.toLowerCase() !== filters.source.toLowerCase()) return false;
  if (!filters.from && !filters.to) return true;
  if (!article.date) return false;
  const day = dayOf(article.date);
  return (!filters.from || day >= filters.from) && (!filters.to || day <= filters.to);
}
