import { tokensOf } from '../../text/tokens.ts';
import type { Article } from '../../model/article.ts';

/** The index terms of a text: the words a follow-up or a name stands for in a question. */
export function termsOf(text: string): Set<string> {
  return new Set(tokensOf(text).flatMap((token) => (token.term ? [token.term] : [])));
}

/** The index terms an article writes, in its title or its text. */
export function termsWrittenIn({ title, paragraphs }: Pick<Article, 'title' | 'paragraphs'>): Set<string> {
  return termsOf([title, ...paragraphs].join('\n'));
}
