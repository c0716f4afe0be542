import { InputError } from '../../model/errors.ts';
import type { Filters } from '../../model/filters.ts';

/** A bad filter value, naming the option it came from. */
export class FilterError extends InputError {
  constructor(
    readonly option: string,
    message: string,
  ) {
    super(`${option}: ${message}`);
    this.name = 'FilterError';
  }
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;

/** Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as the first (`from`) or last (`to`) day it covers. */
export function parseDateBound(option: string, value: string, edge: 'from' | 'to'): string {
  const match = PARTIAL_DATE.exec(value.trim());
  if (!match) throw new FilterError(option, `"${value}" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
  const year = Number(match[1]);
  const month = match[2] === undefined ? (edge === 'from' ? 1 : 12) : Number(match[2]);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = match[3] === undefined ? (edge === 'from' ? 1 : lastDay) : Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > lastDay) throw new FilterError(option, `"${value}" is not a real date`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface FilterInput {
  source?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** Checks and normalizes filters given as options; throws a FilterError naming the bad one. */
export function parseFilters(input: FilterInput): Filters {
  const filters: Filters = {};
  if (input.source?.trim()) filters.source = input.source.trim();
  if (input.from?.trim()) filters.from = parseDateBound('from', input.from, 'from');
  if (input.to?.trim()) filters.to = parseDateBound('to', input.to, 'to');
  if (filters.from && filters.to && filters.from > filters.to) {
    throw new FilterError('from', `${filters.from} is after to ${filters.to}`);
  }
  return filters;
}

export function describeFilters(filters: Filters): string {
  const parts: string[] = [];
  if (filters.source) parts.push(`source ${filters.source}`);
  if (filters.from && filters.to) parts.push(`dates ${filters.from} to ${filters.to}`);
  else if (filters.from) parts.push(`from ${filters.from}`);
  else if (filters.to) parts.push(`until ${filters.to}`);
  return parts.join(', ');
}
