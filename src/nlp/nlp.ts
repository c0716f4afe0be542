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
export function analysisNlp(): WinkNLP {
  analyzer ??= winkNLP(model, ['sbd', 'pos', 'ner']);
  return analyzer;
}
