/** Where a record came from: the file, and the line (1-based) when the file holds many records. */
export interface Origin {
  file: string;
  line?: number;
}

/** One news article, normalized from whatever shape its archive came in. */
export interface Article {
  /** Stable across reloads: the record's id, else its link, else file name, else file and line. */
  id: string;
  title: string;
  /** ISO 8601: `YYYY-MM-DD`, or with the time when the archive gave one; null when undated. */
  date: string | null;
  /** TASS, Reuters, … */
  source: string;
  url: string | null;
  /** The dateline's place (`MOSCOW`, `SALVADOR`), when the article has one. */
  dateline: string | null;
  description: string | null;
  /** The text, verbatim, one entry per paragraph. */
  paragraphs: string[];
  origin: Origin;
}

/** A problem met while loading: reported with its location, never fatal to the load. */
export interface LoadIssue {
  file: string;
  line?: number;
  column?: number;
  message: string;
}
