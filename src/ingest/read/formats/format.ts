import type { LoadIssue } from '../../../model/article.ts';

/** Receives what a format reader finds in a file: raw records with their line, and problems. */
export interface RecordSink {
  record(value: unknown, line?: number): void;
  issue(issue: LoadIssue): void;
  /** Bytes of the file consumed so far, for progress on long files. */
  progress?(bytes: number): void;
}

/** Reads one file format. A reader never throws for bad content: it reports an issue and goes on. */
export interface FormatReader {
  /** Lower-case extensions with the dot: `.json`. */
  extensions: readonly string[];
  /** Whether each file holds a single article (its file name is then the article's id). */
  singleArticle: boolean;
  read(file: string, sink: RecordSink): Promise<void>;
}
