/** Restricts answers to one source and a range of days (inclusive, ISO `YYYY-MM-DD`). */
export interface Filters {
  source?: string;
  from?: string;
  to?: string;
}
