import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type WinkNLP = ReturnType<typeof winkNLP>;

// wink-nlp is costly to instantiate: one instance of each pipeline serves the whole process.
let sentenceSplitter: WinkNLP | null = null;
let analyzer: WinkNLP | null = null;

/** Sentence boundaries only: the cheap pipeline run over every paragraph at ingest. */
export function sentenceNlp(): WinkNLP {
  sentenceSplitter ??= winkNLP(model, ['sbd']);
  return sentenceSplitter;
}

/** Sentences, parts of speech and entities (dates, numbers, money): for questions and the few passages we quote. */
function analysisNlp(): WinkNLP {
  analyzer ??= winkNLP(model, ['sbd', 'pos', 'ner']);
  return analyzer;
}

/** Builds the question tagger (some 60 ms) so that the first question does not wait for it. */
export function prepareTagger(): void {
  analysisNlp();
}

export interface TaggedWord {
  text: string;
  lemma: string;
  /** Universal POS tag: NOUN, VERB, ADJ, PROPN, … */
  pos: string;
}

/** The tags of words that name or describe a thing: nouns, proper nouns, adjectives. */
export const NOMINAL_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);

/** The words of a short text with their lemmas and parts of speech. */
export function tagWords(text: string): TaggedWord[] {
  const { its } = analysisNlp();
  const tokens = analysisNlp().readDoc(text).tokens();
  // wink-nlp's type declarations give `its.lemma` a signature `out` does not accept; it works at run time.
  const lemmas = tokens.out(its.lemma as never) as string[];
  const tags = tokens.out(its.pos) as string[];
  return (tokens.out() as string[]).map((word, i) => ({ text: word, lemma: lemmas[i] ?? word, pos: tags[i] ?? 'X' }));
}

/** Tagged words with where each starts in the text they were read from; -1 for one the text does not hold as tagged. */
export function placeWords(text: string, words: readonly TaggedWord[]): (TaggedWord & { start: number })[] {
  let cursor = 0;
  return words.map((word) => {
    const start = text.indexOf(word.text, cursor);
    if (start >= 0) cursor = start + word.text.length;
    return { ...word, start };
  });
}
