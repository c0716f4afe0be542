/** Where a record came from: the file, and the line (1-based) when the file holds many records. */
export interface Origin {
  file: string;
  line?: number;
}

/** One news article, normalized from whatever shape its archive came in. */
export interface Article {
  /**
   * Stable across reloads: the record's id, else its link, else its file's path within the corpus folder
   * without the extension (`business/001`), with the line for a file of many records (`wire:12`).
   */
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

/** An article as a load report names it: its id and where it was read. */
export interface ArticlePlace extends Origin {
  id: string;
}

/** A record dropped because it is an article already loaded. */
export interface DroppedDuplicate extends ArticlePlace {
  /** The id of the article kept in its place. */
  keptAs: string;
  /** What made it the same article: the same id (given by the record), link, or text. */
  sameBy: 'id' | 'link' | 'text';
}
