/** How an answer to a question of the evaluation sets is scored (see ../shared/eval/README.md). */
import { foldForMatch } from './eval-text.ts';
import type { AnswerPage, Archive } from '../src/service/archive.ts';

export interface QaItem {
  id: string;
  question: string;
  relevant: string[];
  answer: string;
  kind: string;
}

/** What a system returns for a question: ranked article ids and the quote shown for each. */
export type Ranked = { articleId: string; quote: string }[];

export interface Scores {
  answer1: number;
  answer3: number;
  hit1: number;
  hit5: number;
  mrr10: number;
  /** Given that the answer's article is among the results: 1 when the quote shown for it holds the answer. */
  sentence: number | null;
}

export const METRICS = ['answer1', 'answer3', 'hit1', 'hit5', 'mrr10'] as const;

/** A quote answers when it holds the gold answer, or its first 60 characters (the answer as the set quotes it). */
export function answers(quote: string, gold: string): boolean {
  return foldForMatch(quote).includes(foldForMatch(gold).slice(0, 60));
}

export function score(item: QaItem, ranked: Ranked): Scores {
  const relevant = (i: number) => ranked[i] !== undefined && item.relevant.includes(ranked[i]!.articleId);
  const answered = (i: number) => ranked[i] !== undefined && answers(ranked[i]!.quote, item.answer);
  const firstHit = ranked.findIndex((_, i) => relevant(i));
  const source = ranked.find((r) => r.articleId === item.relevant[0]);
  return {
    answer1: answered(0) ? 1 : 0,
    answer3: [0, 1, 2].some(answered) ? 1 : 0,
    hit1: relevant(0) ? 1 : 0,
    hit5: [0, 1, 2, 3, 4].some(relevant) ? 1 : 0,
    mrr10: firstHit === -1 ? 0 : 1 / (firstHit + 1),
    sentence: source ? (answers(source.quote, item.answer) ? 1 : 0) : null,
  };
}

/** The mean of each metric over scored items; the sentence-choice figure over the items whose article was found. */
export function mean(scores: readonly Scores[]): Record<(typeof METRICS)[number] | 'sentence', number> & { sentenceN: number } {
  const average = (values: number[]) => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);
  const sentences = scores.flatMap((s) => (s.sentence === null ? [] : [s.sentence]));
  return {
    ...(Object.fromEntries(METRICS.map((m) => [m, average(scores.map((s) => s[m]))])) as Record<(typeof METRICS)[number], number>),
    sentence: average(sentences),
    sentenceN: sentences.length,
  };
}

/** What an answer page ranks: each article's id and the quote shown for it. */
export function rankedOf(page: Pick<AnswerPage, 'results'>): Ranked {
  return page.results.map((r) => ({ articleId: r.article.id, quote: r.quote }));
}

/** Every question asked of an archive, one at a time, its first ten answers scored. */
export async function scoreQuestions(archive: Pick<Archive, 'ask'>, items: readonly QaItem[]): Promise<Scores[]> {
  const scores: Scores[] = [];
  for (const item of items) scores.push(score(item, rankedOf(await archive.ask({ question: item.question, limit: 10 }))));
  return scores;
}

/** A question's fold of k by a hash of its id: the same split on every run. */
export function foldOf(item: Pick<QaItem, 'id'>, folds: number): number {
  return [...item.id].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % folds;
}
