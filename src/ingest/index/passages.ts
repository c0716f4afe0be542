import type { Article } from '../../model/article.ts';
import { spansOf } from '../../text/sentences.ts';
import type { Passage } from '../../model/passage.ts';

/** Paragraphs longer than this are cut at sentence boundaries into passages of about PASSAGE_TARGET characters. */
export const LONG_PARAGRAPH = 900;
const PASSAGE_TARGET = 500;

export function passageText(articles: readonly Article[], passage: Passage): string {
  return articles[passage.article]!.paragraphs[passage.paragraph]!.slice(passage.start, passage.end);
}

/** Cuts an article into passages, given the sentence bounds of each of its paragraphs. */
export function splitIntoPassages(article: Article, articleIndex: number, sentenceBounds: readonly (readonly number[])[]): Passage[] {
  return article.paragraphs.flatMap((paragraph, index) =>
    paragraphSpans(paragraph, sentenceBounds[index] ?? [0, paragraph.length]).map(({ start, end }) => ({
      article: articleIndex,
      paragraph: index,
      start,
      end,
    })),
  );
}

function paragraphSpans(paragraph: string, bounds: readonly number[]): { start: number; end: number }[] {
  if (paragraph.length <= LONG_PARAGRAPH) return [{ start: 0, end: paragraph.length }];
  const groups: { start: number; end: number }[] = [];
  for (const sentence of spansOf(bounds)) {
    const last = groups.at(-1);
    if (last && sentence.end - last.start <= PASSAGE_TARGET) last.end = sentence.end;
    else groups.push({ ...sentence });
  }
  return groups;
}
