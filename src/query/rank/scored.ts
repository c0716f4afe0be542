import type { SentenceSpan } from '../../text/sentences.ts';
import type { Token } from '../../text/tokens.ts';
import type { SpanEvidence } from './evidence.ts';

/** A sentence of a candidate passage with its evidence; spans are relative to the passage. */
export interface ScoredSentence {
  passage: number;
  span: SentenceSpan;
  score: number;
  evidence: SpanEvidence;
  /** Whether it shows someone's own words in quote marks. */
  quotesDirectly: boolean;
  /** The name of whoever it quotes in their own words, as terms, when it does not write it itself. */
  speakerNamedElsewhere: ReadonlySet<string>;
}

/** A candidate passage read closely. */
export interface ScoredPassage {
  passage: number;
  text: string;
  tokens: Token[];
  sentences: ScoredSentence[];
  bm25: number;
  coverage: number;
  matched: Set<string>;
  /** Whether the passage begins the article, so that its first sentence is the story's lead. */
  opensArticle: boolean;
}

/** An article that answers the question, with its candidate passages best first. */
export interface RankedArticle {
  article: number;
  score: number;
  passages: ScoredPassage[];
  /** How many near-identical articles (repeated wire copy) this result stands for besides itself. */
  repeats: number;
}
