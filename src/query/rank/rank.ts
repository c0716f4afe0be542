import { passageText } from '../../ingest/index/passages.ts';
import { DATELINE_PARAGRAPHS, parseDateline } from '../../ingest/read/dateline.ts';
import { withinBudget } from '../budget.ts';
import { idsOfArticle } from '../../ingest/index/article-order.ts';
import { headingOf } from '../../ingest/index/titles.ts';
import { indexTerm } from '../../text/terms.ts';
import { wordsByTerm, overlapsAtLeast, termsWithin, tokensOf } from '../../text/tokens.ts';
import { type SentenceSpan, spansOf } from '../../text/sentences.ts';
import { QueryWeights, type SpanEvidence, spanEvidence } from './evidence.ts';
import type { Question } from '../question/parse.ts';
import { buildSnippet } from './snippet.ts';
import { withYearsNamed } from './relative-years.ts';
import { namedByAcronyms } from './acronym-names.ts';
import { datelineCountries } from './dateline-countries.ts';
import { attributionsIn, quotesDirectly, speakerNamedElsewhere, speakerTermsWithin, unnamedInQuote } from './attribution.ts';
import type { Article } from '../../model/article.ts';
import type { AnswerResult } from '../../model/results.ts';
import { articleRef } from '../../ingest/index/article-ref.ts';
import type { RankedArticle, ScoredPassage, ScoredSentence } from './scored.ts';
import type { Candidate, Snapshot } from '../../model/snapshot.ts';
import type { Filters } from '../../model/filters.ts';
import type { RankOptions, RankWeights } from '../options.ts';

/**
 * The words a first-stage search reads: the user's own before expansions, the rarest first, within the
 * budget; a common word only when nothing rarer is known. Only the user's own words may be unknown to the
 * archive (and matched with typo tolerance).
 */
export function searchWords(snapshot: Snapshot, question: Question, options: RankOptions): string {
  const weights = new Map(question.terms.map((t) => [t.term, t.weight]));
  const ownWord = (word: string) => (weights.get(indexTerm(word) ?? '') ?? 0) >= 1;
  const cost = (word: string) => snapshot.terms.postings(indexTerm(word) ?? '');
  // An expansion the archive does not hold finds nothing; typo tolerance would turn `pricey` into `price`.
  const words = wordPerTerm(question, weights).filter((word) => ownWord(word) || cost(word) > 0);
  words.sort((a, b) => Number(ownWord(b)) - Number(ownWord(a)) || cost(a) - cost(b));
  return withinBudget(words, cost, options).join(' ');
}

/** One word as written for each of the question's terms, own words and expansions alike. */
function wordPerTerm(question: Question, weights: ReadonlyMap<string, number>): string[] {
  const words = wordsByTerm([question.text, ...question.expansions].join(' '));
  return [...words].flatMap(([term, word]) => (weights.has(term) ? [word] : []));
}

/**
 * The first stage: BM25 over passages, each passage also credited with its article's title score. An
 * article found by its title alone is represented by its first passage (the leading articles are read whole).
 */
export function searchCandidates(snapshot: Snapshot, question: Question, filters: Filters, options: RankOptions): Promise<Candidate[]> {
  const weights = new Map(question.terms.map((t) => [t.term, t.weight]));
  return snapshot.search.candidates({
    words: searchWords(snapshot, question, options),
    limit: options.candidates,
    boostTerm: (term) => weights.get(term) ?? 1,
    filters,
    titleBoost: options.titleBoost,
  });
}

/** Ranks the articles that answer a question, best first, with repeated wire copy collapsed. */
export async function rankArticles(
  snapshot: Snapshot,
  question: Question,
  filters: Filters,
  options: RankOptions,
): Promise<RankedArticle[]> {
  const hits = await searchCandidates(snapshot, question, filters, options);
  if (hits.length === 0) return [];
  const weights = questionWeights(question, snapshot, options);
  const topScore = hits[0]!.score;
  const byArticle = new Map<number, ScoredPassage[]>();
  for (const hit of hits) {
    const scored = scorePassage(snapshot, hit.id, hit.score / topScore, question, weights, options.weights);
    const article = snapshot.passages[scored.passage]!.article;
    byArticle.set(article, [...(byArticle.get(article) ?? []), scored]);
  }
  const countries = await datelineCountries(snapshot, byArticle.keys());
  const ranked = [...byArticle].map(([article, passages]) =>
    rankArticle(snapshot, article, passages, weights, options.weights, question.month, countries.get(article)),
  );
  ranked.sort((a, b) => b.score - a.score);
  const reread = ranked.map((candidate, i) =>
    i < options.articlesReadWhole
      ? readWhole(snapshot, candidate, question, weights, options.weights, countries.get(candidate.article))
      : candidate,
  );
  reread.sort((a, b) => b.score - a.score);
  return collapseRepeats(snapshot, reread, options);
}

/**
 * Ranks one article alone, every passage read, leaving out the sentences `skip` names (a follow-up
 * asks for more than was shown): how a question about the story just shown is answered from it.
 */
export function rankWithin(
  snapshot: Snapshot,
  question: Question,
  article: number,
  options: RankOptions,
  skip: (sentence: string) => boolean,
): RankedArticle | null {
  const weights = questionWeights(question, snapshot, options);
  // The story is settled already: a sentence holding what the kind asks for counts without the question's words.
  const settled = (s: ScoredSentence) =>
    s.evidence.fitsKind && s.evidence.coverage === 0 ? { ...s, score: s.score + options.weights.kind } : s;
  const passages = idsOfArticle(snapshot.passages, article).map((id) => {
    const scored = scorePassage(snapshot, id, 0, question, weights, options.weights);
    const sentences = scored.sentences.filter((s) => !skip(scored.text.slice(s.span.start, s.span.end))).map(settled);
    return { ...scored, sentences };
  });
  const kept = passages.filter((p) => p.sentences.length > 0);
  return kept.length === 0 ? null : rankArticle(snapshot, article, kept, weights, options.weights, question.month);
}

/**
 * Reads every passage of a leading article, not only those the search found: the sentence that
 * answers often shares few words with the question, while its neighbours carry the topic.
 */
function readWhole(
  snapshot: Snapshot,
  candidate: RankedArticle,
  question: Question,
  weights: QueryWeights,
  rankWeights: RankWeights,
  countries: readonly string[] | undefined,
): RankedArticle {
  const found = new Set(candidate.passages.map((p) => p.passage));
  const rest = idsOfArticle(snapshot.passages, candidate.article).filter((id) => !found.has(id));
  if (rest.length === 0) return candidate;
  const passages = [...candidate.passages, ...rest.map((id) => scorePassage(snapshot, id, 0, question, weights, rankWeights))];
  return rankArticle(snapshot, candidate.article, passages, weights, rankWeights, question.month, countries);
}

function scorePassage(
  snapshot: Snapshot,
  id: number,
  bm25: number,
  question: Question,
  weights: QueryWeights,
  rankWeights: RankWeights,
): ScoredPassage {
  const passage = snapshot.passages[id]!;
  const article = snapshot.articles[passage.article]!;
  const text = passageText(snapshot.articles, passage);
  const tokens = withYearsNamed(tokensOf(text), text, article.date);
  const spans = sentencesWithin(snapshot.sentences[passage.article]?.[passage.paragraph] ?? [], passage.start, passage.end);
  const attributions = attributionsIn(snapshot, passage);
  // The dateline (`MOSCOW, December 26. /TASS/.`) says when the story was filed, never what a question asks.
  const opensParagraph = passage.start === 0 && passage.paragraph < DATELINE_PARAGRAPHS;
  const dateline = opensParagraph ? (parseDateline(text)?.length ?? 0) : 0;
  const sentences = spans.map((span) => {
    const inside = tokens.filter((t) => t.start >= span.start && t.end <= span.end);
    const speaker = speakerTermsWithin(attributions, span.start, span.end);
    const named = namedByAcronyms(article, inside);
    const evidence = spanEvidence(text.slice(Math.max(span.start, dateline), span.end), inside, weights, question.kind, speaker, named);
    const score = sentenceScore(evidence, question.kind, rankWeights, passage.paragraph === 0);
    return {
      passage: id,
      span,
      score,
      evidence,
      quotesDirectly: quotesDirectly(attributions, span.start, span.end),
      speakerNamedElsewhere: speakerNamedElsewhere(attributions, inside, span.start, span.end),
    };
  });
  const whole = spanEvidence(
    text,
    tokens,
    weights,
    question.kind,
    speakerTermsWithin(attributions, 0, text.length),
    namedByAcronyms(article, tokens),
  );
  const opensArticle = passage.paragraph === 0 && passage.start === 0;
  return { passage: id, text, tokens, sentences, bm25, coverage: whole.coverage, matched: whole.matched, opensArticle };
}

function sentenceScore(evidence: SpanEvidence, kind: Question['kind'], rankWeights: RankWeights, inLead: boolean): number {
  return (
    (inLead ? rankWeights.lead : 0) +
    evidence.coverage +
    (kind === 'said' ? rankWeights.speaker * evidence.bySpeaker : 0) +
    rankWeights.proximity * evidence.proximity * evidence.coverage +
    rankWeights.exact * evidence.exact +
    (evidence.fitsKind && evidence.coverage > 0 ? rankWeights.kind : 0)
  );
}

/**
 * An article's score: its best passage, and what of the question its title, its dateline (`countries`: those its
 * city stands for, when known) and all its passages read hold together.
 */
function rankArticle(
  snapshot: Snapshot,
  article: number,
  passages: ScoredPassage[],
  weights: QueryWeights,
  rankWeights: RankWeights,
  month: number | null,
  countries: readonly string[] = [],
): RankedArticle {
  const bestSentence = (p: ScoredPassage) => Math.max(0, ...p.sentences.map((s) => s.score));
  const passageScore = (p: ScoredPassage) =>
    rankWeights.bm25 * p.bm25 + rankWeights.sentence * bestSentence(p) + rankWeights.passage * p.coverage;
  passages.sort((a, b) => passageScore(b) - passageScore(a));
  const { title, place } = headingOf(snapshot.articles[article]!);
  const covered = termsWithin(tokensOf(`${title} ${place}`));
  for (const country of countries) covered.add(country);
  for (const passage of passages) for (const term of passage.matched) covered.add(term);
  let coverage = 0;
  for (const term of covered) coverage += weights.weightOf(term);
  const articleCoverage = weights.total > 0 ? Math.min(1, coverage / weights.total) : 0;
  const score =
    passageScore(passages[0]!) +
    rankWeights.article * articleCoverage +
    rankWeights.articleNames * weights.nameShare(covered) +
    (month !== null && reportsOn(snapshot.articles[article]!, month) ? rankWeights.month : 0);
  return { article, score, passages, repeats: 0 };
}

/** Whether a story is dated in a month or the next, when what happened in a month is mostly reported. */
function reportsOn(article: Article, month: number): boolean {
  const dated = article.date ? Number(article.date.slice(5, 7)) : 0;
  return dated === month || dated === (month % 12) + 1;
}

/** Sentence spans of a paragraph that fall in a passage, relative to the passage. */
function sentencesWithin(bounds: readonly number[], start: number, end: number): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (const span of spansOf(bounds)) {
    if (span.start >= start && span.end <= end) spans.push({ start: span.start - start, end: span.end - start });
  }
  return spans.length > 0 ? spans : [{ start: 0, end: end - start }];
}

/**
 * Wire services repeat stories: articles whose best passages are nearly the same collapse into one
 * result, shown as the earliest of them unless a later one answers clearly better.
 */
function collapseRepeats(snapshot: Snapshot, ranked: RankedArticle[], options: RankOptions): RankedArticle[] {
  const groups: { members: RankedArticle[]; terms: Set<string> }[] = [];
  for (const candidate of ranked) {
    const terms = termsWithin(candidate.passages[0]!.tokens);
    const group = groups.find((g) => overlapsAtLeast(g.terms, terms, options.nearDuplicate));
    if (group) group.members.push(candidate);
    else groups.push({ members: [candidate], terms });
  }
  return groups.map(({ members }) => {
    const best = members[0]!;
    const eligible = members.filter((m) => m.score >= options.originalMargin * best.score);
    const original = eligible.reduce((earliest, m) => (dateOf(snapshot, m) < dateOf(snapshot, earliest) ? m : earliest));
    return { ...original, score: best.score, repeats: members.length - 1 };
  });
}

/** An article's date for choosing the earliest of repeats: to the second when the archive gives times. */
function dateOf(snapshot: Snapshot, ranked: RankedArticle): string {
  return snapshot.articles[ranked.article]!.date ?? '9999';
}

/** How much each of a question's terms weighs, with the words of a name weighed as the options say. */
export function questionWeights(question: Question, snapshot: Snapshot, options: RankOptions): QueryWeights {
  return new QueryWeights(question.terms, snapshot.terms, options.weights.nameWords);
}

/** Turns a ranked article into the answer we show: the article, the passage, and the quote. */
export function toAnswer(snapshot: Snapshot, ranked: RankedArticle, question: Question, options: RankOptions): AnswerResult {
  const weights = questionWeights(question, snapshot, options);
  const snippet = buildSnippet(ranked, weights, question, options.choice);
  const speaker = unnamedInQuote(snapshot, ranked.article, snippet.text);
  return {
    article: articleRef(snapshot.articles[ranked.article]!),
    passage: snippet.passage.text,
    quote: snippet.text,
    highlights: snippet.highlights,
    score: Math.round(ranked.score * 1000) / 1000,
    repeats: ranked.repeats,
    speaker,
  };
}
