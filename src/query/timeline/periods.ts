import { InputError } from '../../model/errors.ts';

/** The length of a timeline's periods. */
export type Period = 'day' | 'week' | 'month' | 'year';

export const PERIODS: readonly Period[] = ['day', 'week', 'month', 'year'];

const DAY_MS = 86_400_000;

/** The period a span of days reads best in: some dozens of bars, from a week of news to forty years. */
export function periodFor(firstDay: string, lastDay: string): Period {
  const days = (Date.parse(lastDay) - Date.parse(firstDay)) / DAY_MS;
  if (days <= 45) return 'day';
  if (days <= 26 * 7) return 'week';
  if (days <= 8 * 366) return 'month';
  return 'year';
}

export function checkPeriod(value: string | undefined): Period | null {
  if (value === undefined || !value.trim()) return null;
  const period = value.trim().toLowerCase();
  if (!(PERIODS as readonly string[]).includes(period)) {
    throw new InputError(`by: "${value}" is not a period (expected ${PERIODS.join(', ')})`);
  }
  return period as Period;
}

/** The period a day (`YYYY-MM-DD`) falls in, named by its start: `1987`, `1987-03`, the Monday `1987-03-02`, or the day. */
export function periodOf(day: string, period: Period): string {
  if (period === 'year') return day.slice(0, 4);
  if (period === 'month') return day.slice(0, 7);
  if (period === 'day') return day;
  const date = new Date(`${day}T00:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - sinceMonday * DAY_MS).toISOString().slice(0, 10);
}

/** Every period from the one holding the first day to the one holding the last, in order. */
export function periodsBetween(firstDay: string, lastDay: string, period: Period): string[] {
  const last = periodOf(lastDay, period);
  const periods: string[] = [];
  for (let current = periodOf(firstDay, period); current <= last; current = nextPeriod(current, period)) periods.push(current);
  return periods;
}

/** The start of the period after the one starting at `start`. */
export function nextPeriod(start: string, period: Period): string {
  if (period === 'year') return String(Number(start) + 1).padStart(4, '0');
  const [year, month] = start.split('-').map(Number) as [number, number];
  if (period === 'month') return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
  const step = period === 'week' ? 7 : 1;
  return new Date(Date.parse(`${start}T00:00:00Z`) + step * DAY_MS).toISOString().slice(0, 10);
}
