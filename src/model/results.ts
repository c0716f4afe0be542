import type { Article } from './article.ts';

/** What a reply shows of an article. */
export type ArticleRef = Pick<Article, 'id' | 'title' | 'date' | 'source' | 'url' | 'dateline'>;

/** A span of a quote to show in bold: a word of the question found there. */
export interface Highlight {
  start: number;
  end: number;
}

/** One quoted answer: the passage it comes from, and the excerpt we show, verbatim. */
export interface AnswerResult {
  article: ArticleRef;
  passage: string;
  quote: string;
  highlights: Highlight[];
  score: number;
  /** How many near-identical passages (repeated wire copy) this result stands for besides itself. */
  repeats: number;
  /** Who speaks in the quote when it does not say (`"…," he said`); null when it does or nobody is quoted. */
  speaker: QuotedSpeaker | null;
}

/** Who speaks in what we quote, when the quote itself does not name them. */
export interface QuotedSpeaker {
  speaker: string;
  role: string | null;
}
