import type { QuoteResult } from '../query/quotes/quotations.ts';
import type { AnswerPage, QuotesPage, WhoSaidPage } from '../service/archive.ts';

/** The machine-readable shape of one answer: `{question, understood?, results: [{article, passage, quote, highlights, score, speaker?, role?}]}` (the speaker when the quote does not name them). */
export function answerJson(page: AnswerPage) {
  return {
    question: page.question,
    ...(page.understood && { understood: page.understood }),
    ...(page.notes.length > 0 && { notes: page.notes }),
    ...(page.suggestions.length > 0 && { suggestions: page.suggestions }),
    results: page.results.map((result) => ({
      article: result.article,
      passage: result.passage,
      quote: result.quote,
      highlights: result.highlights.map(({ start, end }) => [start, end]),
      score: result.score,
      ...(result.speaker && { speaker: result.speaker.speaker, role: result.speaker.role }),
    })),
  };
}

/** A shown quotation for `whosaid --json` and `quotes --json --speaker`: its article, words and speaker. */
export function quoteResultJson(result: QuoteResult) {
  const { article, quote, speaker, role, cue, kind } = result;
  return { article, quote, speaker, role, cue, kind };
}

/** `whosaid --json`: the phrase, the quotations holding it, and where it appears when nobody is quoted. */
export function whoSaidJson(page: WhoSaidPage) {
  return { phrase: page.phrase, verbatim: page.verbatim, results: page.results.map(quoteResultJson), narrative: page.narrative };
}

/** `quotes --json` for a speaker: who, on what, how many, and the page of quotations. */
export function quotesJson(page: QuotesPage) {
  return {
    speaker: page.speaker,
    namesakes: page.namesakes,
    about: page.about,
    total: page.total,
    results: page.results.map(quoteResultJson),
  };
}
