import { describe, expect, it } from 'vitest';
import { LONG_PARAGRAPH, passageText, splitIntoPassages } from '../../../src/ingest/index/passages.ts';
import { joinLead, sentenceBounds, spansOf } from '../../../src/text/sentences.ts';
import type { Article } from '../../../src/model/article.ts';
import { indexTerms, tokenize, wordsByTerm } from '../../../src/text/tokens.ts';

function articleOf(paragraphs: string[]): Article {
  return {
    id: 'a',
    title: 'T',
    date: null,
    source: 'S',
    url: null,
    dateline: null,
    description: null,
    paragraphs,
    origin: { file: 'a.txt' },
  };
}

describe('sentences', () => {
  it('finds sentences as exact spans of the text, keeping abbreviations inside them', () => {
    const text = 'The U.S. Treasury said on Jan. 5 that Mr. Smith left.  "We are done," he said. Prices rose 5.5 pct.';
    const sentences = [...spansOf(sentenceBounds(text))].map(({ start, end }) => text.slice(start, end));
    expect(sentences).toEqual(['The U.S. Treasury said on Jan. 5 that Mr. Smith left.', '"We are done," he said.', 'Prices rose 5.5 pct.']);
  });

  it('keeps a sentence whole where wire copy capitalizes the word after U.S., and ends one where the next opens a statement', () => {
    const text = 'Talks between the U.S. And Japan resumed, and the U.S. Would act. Exports went to the U.S. The company said sales rose.';
    const sentences = [...spansOf(sentenceBounds(text))].map(({ start, end }) => text.slice(start, end));
    expect(sentences).toEqual([
      'Talks between the U.S. And Japan resumed, and the U.S. Would act.',
      'Exports went to the U.S.',
      'The company said sales rose.',
    ]);
  });

  it('keeps an initialism joined to a word whole: Franco-U.S., (R-N.C.)', () => {
    const text = 'GPA placed an order with Franco-U.S. Group CFM. Sen. Jesse Helms (R-N.C.), a critic, said no.';
    const sentences = [...spansOf(sentenceBounds(text))].map(({ start, end }) => text.slice(start, end));
    expect(sentences).toEqual(['GPA placed an order with Franco-U.S. Group CFM.', 'Sen. Jesse Helms (R-N.C.), a critic, said no.']);
  });
});

describe('passages', () => {
  it('makes one passage of each paragraph of ordinary length', () => {
    const article = articleOf(['First paragraph.', 'Second paragraph.']);
    const passages = splitIntoPassages(article, 4, article.paragraphs.map(sentenceBounds));
    expect(passages).toEqual([
      { article: 4, paragraph: 0, start: 0, end: 16 },
      { article: 4, paragraph: 1, start: 0, end: 17 },
    ]);
  });

  it('cuts a long paragraph at sentence boundaries into passages of a few sentences, losing no text', () => {
    const sentence = (i: number) => `Sentence number ${i} talks about grain exports and the prices that farmers were paid this season.`;
    const paragraph = Array.from({ length: 24 }, (_, i) => sentence(i)).join(' ');
    expect(paragraph.length).toBeGreaterThan(LONG_PARAGRAPH);
    const article = articleOf([paragraph]);
    const passages = splitIntoPassages(article, 0, [sentenceBounds(paragraph)]);
    expect(passages.length).toBeGreaterThan(3);
    const texts = passages.map((p) => passageText([article], p));
    for (const text of texts) {
      expect(text).toMatch(/^Sentence number \d+ .*season\.$/);
      expect(text.length).toBeLessThanOrEqual(500);
    }
    expect(texts.join(' ')).toBe(paragraph);
  });
});

describe('index terms', () => {
  it('splits on every character that is not a letter or digit, so tickers in angle brackets are found', () => {
    expect(tokenize('Acme Micro Corp <ACME> said')).toEqual(['Acme', 'Micro', 'Corp', 'ACME', 'said']);
  });

  it('stems so that attacks, attacked and attack meet, and drops stop words and stray letters', () => {
    expect(indexTerms('attacks attacked attack')).toEqual(['attack']);
    expect(indexTerms("the Casey's of it")).toEqual(['casey']);
  });

  it('folds case and accents', () => {
    expect(indexTerms('ZAKHAROVÁ Zakharova')).toEqual(['zakharova']);
  });

  it('keeps the first word as written for each term', () => {
    expect([...wordsByTerm('Attacks on the attacked Zakharová')]).toEqual([
      ['attack', 'Attacks'],
      ['zakharova', 'Zakharová'],
    ]);
  });
});

describe('datelines and sentences', () => {
  it('joins a dateline that the splitter takes for sentences to the sentence after it', () => {
    const text = 'MOSCOW, November 17. /TASS/. Talks were productive, she said. Next round in May.';
    const bounds = joinLead(sentenceBounds(text), 'MOSCOW, November 17. /TASS/. '.length);
    expect([...spansOf(bounds)].map(({ start, end }) => text.slice(start, end))).toEqual([
      'MOSCOW, November 17. /TASS/. Talks were productive, she said.',
      'Next round in May.',
    ]);
  });
});
