import { MONTH_ABBREVIATIONS, alternation } from '../../text/lexicon.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isRealTime(hours: number, minutes: number, seconds: number): boolean {
  return hours < 24 && minutes < 60 && seconds < 60;
}

/**
 * Normalizes a date as archives write it to ISO 8601: `YYYY-MM-DD` for a day, `YYYY-MM-DDTHH:MM:SS`
 * (with the zone when given) when the archive gave a time. Returns null for anything that is not a real date.
 */
export function normalizeDate(raw: unknown): string | null {
  if (typeof raw === 'number' && Number.isFinite(raw)) return fromTimestamp(raw);
  if (typeof raw !== 'string') return null;
  const text = raw.trim();
  if (!text) return null;
  const day = ISO_DATE.exec(text);
  if (day) return isRealDay(+day[1]!, +day[2]!, +day[3]!) ? text : null;
  const dateTime = ISO_DATE_TIME.exec(text);
  if (dateTime) {
    const [, y, mo, d, h, mi, s = '00', zone = ''] = dateTime;
    if (!isRealDay(+y!, +mo!, +d!) || !isRealTime(+h!, +mi!, +s)) return null;
    return `${y}-${mo}-${d}T${h}:${mi}:${s}${zone}`;
  }
  return fromFreeText(text);
}

function fromTimestamp(value: number): string | null {
  // Unix timestamps come in seconds or milliseconds; anything before 1973 in ms is taken as seconds.
  const millis = value < 1e11 ? value * 1000 : value;
  const date = new Date(millis);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().replace('.000Z', 'Z');
}

const MONTH_NAME = new RegExp(`\\b(?:${alternation(MONTH_ABBREVIATIONS)})[a-z]*\\b`, 'i');

function fromFreeText(text: string): string | null {
  // RFC 2822 and "February 26, 1987" shapes; Date.parse accepts both, and much nonsense we reject below.
  if (!/\d{4}/.test(text) || !MONTH_NAME.test(text)) return null;
  const millis = Date.parse(text);
  if (Number.isNaN(millis)) return null;
  const date = new Date(millis);
  const hasTime = /\d{1,2}:\d{2}/.test(text);
  if (hasTime) return date.toISOString().replace('.000Z', 'Z');
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The day part (`YYYY-MM-DD`) of a normalized date, for comparisons and display. */
export function dayOf(date: string): string {
  return date.slice(0, 10);
}
