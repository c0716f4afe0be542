import type { Article } from '../../model/article.ts';
import { acronymsDefined } from '../../text/acronyms.ts';
import { type Token, termsWithin, tokensOf } from '../../text/tokens.ts';

/** Each article's acronyms with the terms of the names they stand for, read once per article. */
const definedByArticle = new WeakMap<Article, Map<string, Set<string>>>();

function definitionsOf(article: Article): Map<string, Set<string>> {
  let defined = definedByArticle.get(article);
  if (!defined) {
    const found = acronymsDefined(article.paragraphs.join('\n\n'));
    defined = new Map([...found].map(([acronym, name]) => [acronym, termsWithin(tokensOf(name))]));
    definedByArticle.set(article, defined);
  }
  return defined;
}

/**
 * The terms of the names that acronyms among some tokens stand for in their article: where the story
 * defines `International Commodity Clearing House (ICCH)`, a later `ICCH` speaks of a clearing house.
 */
export function namedByAcronyms(article: Article, tokens: readonly Token[]): Set<string> {
  const defined = definitionsOf(article);
  const terms = new Set<string>();
  if (defined.size === 0) return terms;
  for (const token of tokens) for (const term of defined.get(token.text) ?? []) terms.add(term);
  return terms;
}
