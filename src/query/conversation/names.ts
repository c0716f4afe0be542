import type { Article } from '../../model/article.ts';
import { isCalendarWord } from '../../text/lexicon.ts';
import { isStopWord } from '../../text/terms.ts';

/** A run of capitalised words or initialisms (`New Zealand`, `U.K.`). */
const CAPITALISED_RUN = /(?:\b(?:\p{Lu}\.){2,}|\b\p{Lu}[\p{L}\p{N}&-]*)(?:\s+(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{N}&-]*))*/gu;
const LOWER_CASE_WORD = /\b\p{Ll}[\p{L}\p{N}-]*/gu;

/**
 * The words an article writes as names, in lower case (`singapore`, `new`, `zealand`, `uk` for `U.K.`): in
 * a question typed in lower case, they tell which words name what a follow-up such as "what about norway"
 * replaces. A word counts when the article writes it capitalised and never in lower case (a sentence may
 * open with any word, and wire copy capitalises words after `U.K.`), unless it is a common word elsewhere.
 */
export function namesOfArticle(article: Pick<Article, 'paragraphs'>, isCommonWord: (word: string) => boolean = () => false): Set<string> {
  const lower = new Set(article.paragraphs.flatMap((p) => p.match(LOWER_CASE_WORD) ?? []));
  const names = new Set<string>();
  for (const paragraph of article.paragraphs) {
    for (const run of paragraph.matchAll(CAPITALISED_RUN)) {
      for (const written of run[0].split(/\s+/)) {
        const word = written.replace(/\./g, '').toLowerCase();
        if (!isCalendarWord(word) && !isStopWord(word) && !lower.has(word) && !isCommonWord(word)) names.add(word);
      }
    }
  }
  return names;
}
