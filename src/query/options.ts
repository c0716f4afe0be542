import type { ChoiceWeights } from './rank/choice.ts';

/**
 * How answers are found and ranked: every weight and bound in one place, with documented defaults.
 * The archive uses the defaults; tests inject small bounds (a budget a small archive can exceed) and the
 * evaluation scripts inject the weights they fit.
 */
export interface RankOptions {
  /**
   * How much each kind of evidence counts. BM25 finds candidate passages; an article is then judged by its
   * best sentence (the one we quote first), its best passage, and all its matching passages together.
   */
  weights: RankWeights;
  /** How much each kind of expansion counts beside the user's own word (which counts 1). */
  expansion: ExpansionWeights;
  /**
   * How the sentence quoted first is chosen inside an article: its features (see `choice.ts`) weighed as
   * fitted by `npm run tune:choice` on the developer questions.
   */
  choice: ChoiceWeights;
  /** How much a title's BM25 score counts beside a passage's. */
  titleBoost: number;
  /** How many BM25 candidates are read closely. */
  candidates: number;
  /** How many of the best articles are read whole: the answering sentence often shares few words with the question. */
  articlesReadWhole: number;
  /** Articles whose best passages share this share of their terms are the same wire copy, shown once. */
  nearDuplicate: number;
  /** Among repeats of one story, the earliest is shown when it scores at least this share of the best. */
  originalMargin: number;
  /**
   * A first-stage search costs time in proportion to the index entries it reads, so it reads at most this
   * many: a fixed count, not a share, keeps a question's cost flat as the archive grows. Words left out
   * still count when its results are read closely.
   */
  searchBudget: number;
  /** Words held by more passages than this barely move BM25: searched only when nothing rarer is known. */
  commonPassages: number;
}

export interface RankWeights {
  bm25: number;
  sentence: number;
  proximity: number;
  exact: number;
  /** The sentence holds what the question asks for: a speaker, a date, an amount, a reason. */
  kind: number;
  /** For `what did X say`: X is the speaker of what the sentence quotes. */
  speaker: number;
  passage: number;
  article: number;
  /** The question's names found anywhere in the article: a story that never names them is seldom the answer. */
  articleNames: number;
  /**
   * A sentence of the article's first paragraph. The lead sums up the story in the words a question uses,
   * while the detail asked for (a figure, a reason, a second speaker) mostly lies further down.
   */
  lead: number;
  /**
   * How much each word of a name of several words counts beside its rarest word (`Lumpur` beside `Kuala`): 1
   * counts them as unrelated words, 0 the name as its rarest word alone.
   */
  nameWords: number;
  /**
   * A story dated in the month a question names without its year ("in February"), or the next: news reports a
   * month's figures in that month or the one after. Set by hand: the developer questions name too few such
   * months for a fit to see it.
   */
  month: number;
}

export interface ExpansionWeights {
  /** Lemmas and irregular forms (`bought` → `buy`). */
  lemma: number;
  /** Related forms (`Finland` → `Finnish`, `grow` → `growth`). */
  related: number;
  /** WordNet synonyms of the most common senses, and a broader term for a noun with few synonyms. */
  synonym: number;
  /**
   * A phrase's synonyms, a phrasal verb's (`step down` → `resign`) or a compound noun's (`Big Board` → `NYSE`),
   * say what the user meant better than its words' synonyms do.
   */
  phrase: number;
}

export const DEFAULT_RANK_OPTIONS: Readonly<RankOptions> = Object.freeze({
  weights: Object.freeze({
    bm25: 0.35,
    sentence: 0.7,
    proximity: 0.3,
    exact: 0.3,
    kind: 0.25,
    speaker: 0.75,
    passage: 0.4,
    article: 1.0,
    articleNames: 0.3,
    lead: 0,
    nameWords: 0.5,
    month: 0.2,
  }),
  expansion: Object.freeze({ lemma: 0.8, related: 0.5, synonym: 0.3, phrase: 0.5 }),
  choice: Object.freeze({
    coverage: 0.91,
    words: 2.62,
    proximity: 0.41,
    exact: -1.03,
    who: 0.71,
    when: 0.93,
    amount: 1.64,
    why: 1.8,
    exactDate: 1,
    lead: -0.91,
    position: 0.41,
    before: 1.39,
    length: 0.24,
    focus: 2.91,
    speaker: 0.19,
    quoted: 0.26,
    ahead: 1.56,
  }),
  titleBoost: 1.5,
  candidates: 200,
  articlesReadWhole: 10,
  nearDuplicate: 0.8,
  originalMargin: 0.85,
  searchBudget: 10_000,
  commonPassages: 3000,
});

/** Settings to change: any option, and any single weight. */
export type RankSettings = Partial<Omit<RankOptions, 'weights' | 'expansion' | 'choice'>> & {
  weights?: Partial<RankWeights>;
  expansion?: Partial<ExpansionWeights>;
  choice?: Partial<ChoiceWeights>;
};

/** The defaults with the given settings over them. */
export function rankOptions(settings: RankSettings = {}): RankOptions {
  return {
    ...DEFAULT_RANK_OPTIONS,
    ...settings,
    weights: { ...DEFAULT_RANK_OPTIONS.weights, ...settings.weights },
    expansion: { ...DEFAULT_RANK_OPTIONS.expansion, ...settings.expansion },
    choice: { ...DEFAULT_RANK_OPTIONS.choice, ...settings.choice },
  };
}
