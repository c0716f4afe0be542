import type { QueryWeights } from './evidence.ts';
import type { Question, QuestionKind } from '../question/parse.ts';
import type { ScoredPassage, ScoredSentence } from './scored.ts';

/** A sentence with the passage it lies in. */
export interface PlacedSentence {
  sentence: ScoredSentence;
  passage: ScoredPassage;
}

/**
 * What tells the sentence that answers from the other sentences of the article that holds the answer. The
 * article is settled: what matters now is which of its sentences holds the detail asked for.
 */
export const CHOICE_FEATURES = [
  /** idf-weighted share of the question's terms the sentence holds. */
  'coverage',
  /** The share of the question's own words it holds, each counted alike: the common words a paraphrase keeps. */
  'words',
  /** Those terms close together. */
  'proximity',
  /** The question's names and numbers. */
  'exact',
  /** What the question kind asks for, each kind weighed on its own: a speaker, a date, an amount, a reason. */
  'who',
  'when',
  'amount',
  'why',
  /** For a `when` question: a day, a month or a year, not only a period; for one asking how long, a span of time. */
  'exactDate',
  /** The story's first sentence: it sums the story up in the question's words, but seldom holds the detail. */
  'lead',
  /** How far down the story the sentence lies, 0 at the top and 1 at the end. */
  'position',
  /** The question's terms in the sentence before: "This was above expectations" answers after the figure's sentence. */
  'before',
  /** Its length: a longer sentence says more. */
  'length',
  /**
   * The question's terms weighted by how few sentences of the story hold them: the story's topic is in
   * most of its sentences, the detail asked for in few.
   */
  'focus',
  /** For "what did X say": X is who the sentence quotes. */
  'speaker',
  /** It quotes someone's own words: a reason, a view or a warning is often given in the speaker's words. */
  'quoted',
  /** For a question about what is still to come ("when will …", "is due"): the sentence speaks of what is to come. */
  'ahead',
] as const;

export type ChoiceFeature = (typeof CHOICE_FEATURES)[number];
/** A sentence's value of each feature. */
export type SentenceFeatures = Record<ChoiceFeature, number>;
/** How much each feature counts. */
export type ChoiceWeights = Record<ChoiceFeature, number>;

/** Sentences count as long up to this many characters. */
const LONG_SENTENCE = 300;

/** What of the question the features read: the kind of answer it asks for, whether it asks about what is to come, or how long. */
export type AskedFor = Pick<Question, 'kind' | 'ahead' | 'lasting'>;

/** Each sentence's features, for sentences given in reading order. */
export function choiceFeatures(sentences: readonly PlacedSentence[], weights: QueryWeights, asked: AskedFor): SentenceFeatures[] {
  const { kind } = asked;
  const rarity = rarityInStory(sentences);
  const focusOf = (terms: Iterable<string>) => {
    let sum = 0;
    for (const term of terms) sum += Math.sqrt(weights.weightOf(term)) * (rarity.get(term) ?? 0);
    return sum;
  };
  const own = weights.terms.filter((t) => t.weight >= 1).map((t) => t.term);
  // Scaled by what the user's own words could give, so that words of a conversation's context, weighed low, stay low.
  const possible = focusOf(own);
  const wordShare = (s: PlacedSentence) => (own.length > 0 ? weights.wordsAnswered(s.sentence.evidence.matched).size / own.length : 0);
  return sentences.map((placed, i) => {
    const { evidence } = placed.sentence;
    const fits = (...kinds: QuestionKind[]) => (evidence.fitsKind && kinds.includes(kind) ? 1 : 0);
    return {
      coverage: evidence.coverage,
      words: wordShare(placed),
      proximity: evidence.proximity * evidence.coverage,
      exact: evidence.exact,
      who: fits('who', 'said'),
      when: fits('when'),
      amount: fits('amount'),
      why: fits('why'),
      exactDate: kind === 'when' && (asked.lasting ? evidence.namesDuration : evidence.datesExactly) ? 1 : 0,
      lead: i === 0 && placed.passage.opensArticle ? 1 : 0,
      position: sentences.length > 1 ? i / (sentences.length - 1) : 0,
      before: sentences[i - 1] ? wordShare(sentences[i - 1]!) : 0,
      length: Math.min(1, (placed.sentence.span.end - placed.sentence.span.start) / LONG_SENTENCE),
      focus: possible > 0 ? Math.min(1, focusOf(evidence.matched) / possible) : 0,
      speaker: kind === 'said' ? evidence.bySpeaker : 0,
      quoted: placed.sentence.quotesDirectly ? 1 : 0,
      ahead: asked.ahead && evidence.speaksAhead ? 1 : 0,
    };
  });
}

/** A term's rarity among the story's sentences: the log of how many sentences there are per sentence holding it. */
function rarityInStory(sentences: readonly PlacedSentence[]): Map<string, number> {
  const holding = new Map<string, number>();
  for (const { sentence } of sentences) for (const term of sentence.evidence.matched) holding.set(term, (holding.get(term) ?? 0) + 1);
  return new Map([...holding].map(([term, count]) => [term, Math.log(1 + sentences.length / count)]));
}

/** A sentence's score as the answer to choose: its features weighed. */
export function choiceScore(features: SentenceFeatures, weights: ChoiceWeights): number {
  let score = 0;
  for (const name of CHOICE_FEATURES) score += features[name] * weights[name];
  return score;
}
