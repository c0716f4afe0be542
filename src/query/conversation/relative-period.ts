import { MONTHS } from '../../text/lexicon.ts';

/**
 * A period named from the last one: "a year earlier", "a month ago", "the year before", "the previous month",
 * "in the prior year", and "last year" after a question about February 1987 (February 1986).
 */
const RELATIVE =
  /^(?:in\s+|for\s+)?(?:(?:a|one)\s+(year|month)\s+(?:earlier|before|ago|previously)|the\s+(year|month)\s+before|(?:the\s+)?(?:previous|prior|preceding|last)\s+(year|month))$/i;

interface Period {
  /** 0–11, or null for a year alone. */
  month: number | null;
  year: number | null;
}

/**
 * The period a follow-up names from the last question's ("and a year earlier?" after February 1987 →
 * `february 1986`; "the month before" → `january 1987`), written as a question names one. The year is the
 * last question's, else the year of the story shown. Null when the message names no such period, or when
 * the last question gives nothing to count from.
 */
export function periodBefore(message: string, lastPeriod: string | null, shownYear: number | null): string | null {
  const match = RELATIVE.exec(message);
  if (!match) return null;
  const unit = (match[1] ?? match[2] ?? match[3])!.toLowerCase();
  const last = periodIn(lastPeriod ?? '', shownYear);
  if (unit === 'month') {
    if (last.month === null) return null;
    const month = (last.month + 11) % 12;
    const year = last.year === null ? null : last.month === 0 ? last.year - 1 : last.year;
    return written({ month, year });
  }
  return last.year === null ? null : written({ month: last.month, year: last.year - 1 });
}

/** Whether a message names a period from the last one ("a year earlier"), whether or not it can be placed. */
export function countsBack(message: string): boolean {
  return RELATIVE.test(message);
}

function periodIn(text: string, shownYear: number | null): Period {
  const lower = text.toLowerCase();
  const month = MONTHS.findIndex((name) => new RegExp(`\\b${name}\\b`).test(lower));
  const year = /\b(?:19|20)\d\d\b/.exec(lower);
  return { month: month === -1 ? null : month, year: year ? Number(year[0]) : shownYear };
}

function written({ month, year }: Period): string {
  return [month === null ? null : MONTHS[month], year].filter((part) => part !== null).join(' ');
}
