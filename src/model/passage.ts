/** Passages and quotations are stored in the order of their articles. */
export interface InArticle {
  article: number;
}

/** A piece of an article small enough to quote: a paragraph, or a few sentences of a long one. */
export interface Passage {
  /** Index of the article in the archive's article list. */
  article: number;
  paragraph: number;
  /** Character span within the paragraph. */
  start: number;
  end: number;
}

/** Where a quotation lies: its article, paragraph and span in that paragraph. */
export interface QuoteSpan {
  article: number;
  paragraph: number;
  start: number;
  end: number;
}
