import { tokensOf } from '../../text/tokens.ts';

/** The index terms of a text: the words a follow-up or a name stands for in a question. */
export function termsOf(text: string): Set<string> {
  return new Set(tokensOf(text).flatMap((token) => (token.term ? [token.term] : [])));
}
