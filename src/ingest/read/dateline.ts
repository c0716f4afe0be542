import { MONTH_ABBREVIATIONS, alternation } from '../../text/lexicon.ts';
import { capitalized } from '../../text/tokens.ts';

/** What a wire story's opening dateline says: `MOSCOW, November 17. /TASS/.` or `SALVADOR, Feb 26 -`. */
export interface Dateline {
  place: string;
  /** The agency tag in slashes (`TASS`), when present. */
  agency: string | null;
  /** How many characters of the text the dateline takes, with the space after it. */
  length: number;
}

const MONTH = `(?:${alternation(MONTH_ABBREVIATIONS.map(capitalized))})[a-z]*\\.?`;
// The place is upper case, may carry a region in slashes (`IGORA /Leningrad Region/`); then a month and day.
const OPENING = new RegExp(
  `^\\s*([A-Z][A-Z.'\\- ]*[A-Z.](?:\\s*/[^/\\n]{1,60}/)?)\\s*,\\s*${MONTH}\\s+\\d{1,2}\\b\\.?` +
    `(?:\\s*/([A-Za-z][A-Za-z\\- ]{0,30})/\\.?|\\s*[-\\u2013\\u2014])?\\s*`,
);

/** Scrapers often put the summary before the lead, so the dateline may open any of an article's first paragraphs. */
export const DATELINE_PARAGRAPHS = 3;

/** Reads the dateline at the start of an article's text, or returns null when the text has none. */
export function parseDateline(text: string): Dateline | null {
  const match = OPENING.exec(text);
  if (!match) return null;
  return { place: tidyPlace(match[1]!), agency: match[2]?.trim() ?? null, length: match[0].length };
}

/** Reads a dateline given as its own field (`SALVADOR, Feb 26`): the place is what comes before the comma. */
export function placeFromDatelineField(field: string): string | null {
  const parsed = parseDateline(field);
  if (parsed) return parsed.place;
  const place = field.split(',')[0]?.trim();
  return place ? tidyPlace(place) : null;
}

function tidyPlace(place: string): string {
  return place.replace(/\s+/g, ' ').trim();
}
