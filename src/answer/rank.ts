import { passageText } from '../search/passages.ts';
import { spansOf } from '../nlp/sentences.ts';
import { type Token, tokensOf } from '../nlp/tokens.ts';
import type { Snapshot } from '../service/snapshot.ts';
import { QueryWeights, type SpanEvidence, spanEvidence } from './evidence.ts';
import { type Filters, matchesFilters } from './filters.ts';
import type { Question } from './question.ts';
import { type SentenceSpan, buildQuote, chooseSentences } from './quote.ts';
import { type AnswerResult, articleRef } from './types.ts';

/**
 * How much each kind of evidence counts. BM25 finds candidates; the answer is then judged by the
 * best sentence (the one we quote), the passage around it, and the article as a whole.
 */
const WEIGHTS = {
  bm25: 0.35,
  sentence: 1.0,
  proximity: 0.3,
  exact: 0.3,
  kind: 0.25,
  passage: 0.4,
  article: 0.3,
};
/** How many BM25 candidates are read closely. */
const CANDIDATES = 150;
/** Passages sharing this share of their terms are the same wire copy, shown once. */
const NEAR_DUPLICATE = 0.8;

/** A scored passage, with what we need to quote it later. */
export interface RankedPassage {
  passage: number;
  score: number;
  sentences: SentenceSpan[];
  sentenceScores: number[];
  tokens: Token[];
  matched: Set<string>;
  repeats: number;
}

export function searchCandidates(snapshot: Snapshot, question: Question, filters: Filters) {
  const { passages, articles } = snapshot;
  return snapshot.index
    .search(question.text, {
      filter: (hit) => matchesFilters(articles[passages[hit.id as number]!.article]!, filters),
    })
    .slice(0, CANDIDATES);
}

/** Ranks the passages that answer a question, best first, with near-duplicates collapsed. */
export function rankPassages(snapshot: Snapshot, question: Question, filters: Filters): RankedPassage[] {
  const hits = searchCandidates(snapshot, question, filters);
  if (hits.length === 0) return [];
  const weights = new QueryWeights(question.terms, snapshot.terms);
  const topScore = hits[0]!.score;
  const scored = hits.map((hit) => scorePassage(snapshot, hit.id as number, hit.score / topScore, question, weights));
  addArticleEvidence(snapshot, scored, weights);
  scored.sort((a, b) => b.score - a.score);
  return distinctArticlesFirst(snapshot, collapseRepeats(scored));
}

function scorePassage(snapshot: Snapshot, id: number, bm25: number, question: Question, weights: QueryWeights): RankedPassage {
  const passage = snapshot.passages[id]!;
  const text = passageText(snapshot.articles, passage);
  const tokens = tokensOf(text);
  const sentences = sentencesWithin(snapshot.sentences[passage.article]?.[passage.paragraph] ?? [], passage.start, passage.end);
  const sentenceScores = sentences.map((sentence) => {
    const inside = tokens.filter((t) => t.start >= sentence.start && t.end <= sentence.end);
    return sentenceScore(spanEvidence(text.slice(sentence.start, sentence.end), inside, weights, question.kind));
  });
  const whole = spanEvidence(text, tokens, weights, question.kind);
  const score = WEIGHTS.bm25 * bm25 + WEIGHTS.sentence * Math.max(0, ...sentenceScores) + WEIGHTS.passage * whole.coverage;
  return { passage: id, score, sentences, sentenceScores, tokens, matched: whole.matched, repeats: 0 };
}

function sentenceScore(evidence: SpanEvidence): number {
  return (
    evidence.coverage +
    WEIGHTS.proximity * evidence.proximity * evidence.coverage +
    WEIGHTS.exact * evidence.exact +
    (evidence.fitsKind && evidence.coverage > 0 ? WEIGHTS.kind : 0)
  );
}

/** Sentence spans of a paragraph that fall in a passage, relative to the passage. */
function sentencesWithin(bounds: readonly number[], start: number, end: number): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (const span of spansOf(bounds)) {
    if (span.start >= start && span.end <= end) spans.push({ start: span.start - start, end: span.end - start });
  }
  return spans.length > 0 ? spans : [{ start: 0, end: end - start }];
}

/** Rewards passages whose article, taken with its title, covers more of the question. */
function addArticleEvidence(snapshot: Snapshot, scored: RankedPassage[], weights: QueryWeights): void {
  const termsByArticle = new Map<number, Set<string>>();
  for (const candidate of scored) {
    const article = snapshot.passages[candidate.passage]!.article;
    let terms = termsByArticle.get(article);
    if (!terms) {
      terms = new Set(tokensOf(snapshot.articles[article]!.title).flatMap((t) => (t.term ? [t.term] : [])));
      termsByArticle.set(article, terms);
    }
    for (const term of candidate.matched) terms.add(term);
  }
  for (const candidate of scored) {
    const terms = termsByArticle.get(snapshot.passages[candidate.passage]!.article)!;
    let covered = 0;
    for (const term of terms) covered += weights.weightOf(term);
    candidate.score += WEIGHTS.article * (weights.total > 0 ? Math.min(1, covered / weights.total) : 0);
  }
}

function collapseRepeats(scored: RankedPassage[]): RankedPassage[] {
  const kept: { ranked: RankedPassage; terms: Set<string> }[] = [];
  for (const ranked of scored) {
    const terms = new Set(ranked.tokens.flatMap((t) => (t.term ? [t.term] : [])));
    const original = kept.find((k) => jaccard(k.terms, terms) >= NEAR_DUPLICATE);
    if (original) original.ranked.repeats += 1;
    else kept.push({ ranked, terms });
  }
  return kept.map((k) => k.ranked);
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** The best passage of each article first, then the other passages, each group in score order. */
function distinctArticlesFirst(snapshot: Snapshot, ranked: RankedPassage[]): RankedPassage[] {
  const seen = new Set<number>();
  const firsts: RankedPassage[] = [];
  const rest: RankedPassage[] = [];
  for (const candidate of ranked) {
    const article = snapshot.passages[candidate.passage]!.article;
    (seen.has(article) ? rest : firsts).push(candidate);
    seen.add(article);
  }
  return [...firsts, ...rest];
}

/** Turns a ranked passage into the answer we show: the article, the passage, and the quote. */
export function toAnswer(snapshot: Snapshot, ranked: RankedPassage, question: Question): AnswerResult {
  const passage = snapshot.passages[ranked.passage]!;
  const text = passageText(snapshot.articles, passage);
  const queryTerms = new Set(question.terms.map((t) => t.term));
  const termsIn = (i: number) => new Set(ranked.tokens.filter((t) => t.start >= ranked.sentences[i]!.start && t.end <= ranked.sentences[i]!.end && t.term && queryTerms.has(t.term)).map((t) => t.term));
  const adds = (best: number, neighbour: number) => [...termsIn(neighbour)].some((term) => !termsIn(best).has(term));
  const chosen = chooseSentences(ranked.sentences, ranked.sentenceScores, adds);
  const quote = buildQuote(text, ranked.sentences, chosen, ranked.tokens, (term) => queryTerms.has(term));
  return {
    article: articleRef(snapshot.articles[passage.article]!),
    passage: text,
    quote: quote.text,
    highlights: quote.highlights,
    score: Math.round(ranked.score * 1000) / 1000,
    repeats: ranked.repeats,
  };
}
