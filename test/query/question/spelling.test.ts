import { describe, expect, it } from 'vitest';
import { correctSpelling, spellingOf } from '../../../src/query/question/spelling.ts';
import { InMemoryTermStatistics } from '../../../src/ingest/index/term-stats.ts';

const terms = InMemoryTermStatistics.count([
  'Gas flows to Europe through Poland. Europe buys less gas.',
  'Shipping in the Gulf resumed; shipping rates in the Gulf fell, and shipping insurers were glad.',
  'Shining shoes is a trade; shining pays. Dividends rose, and the dividend was paid: a dividend of 10 cts.',
  'A misprint: the goverment said so. The government denied it, and the government was right.',
  'Armenian trade grew. The Armenian side agreed. Contacts resumed; contacts were useful.',
]);

describe('spelling', () => {
  it('reads a word the archive does not hold as the word one edit away it writes most often', () => {
    expect(spellingOf(terms, 'Eruope')).toBe('Europe');
    expect(spellingOf(terms, 'shpiping')).toBe('shipping');
    expect(spellingOf(terms, 'dividned')).toBe('dividend');
    expect(spellingOf(terms, 'Gulff')).toBe('Gulf');
  });

  it('changes a letter only for a key beside it, as a slip of the fingers would', () => {
    expect(spellingOf(terms, 'Europw')).toBe('Europe');
    expect(spellingOf(terms, 'Eurape')).toBeNull();
  });

  it('writes the correction in the case the word was typed', () => {
    expect(spellingOf(terms, 'EUORPE')).toBe('EUROPE');
    expect(spellingOf(terms, 'eruope')).toBe('europe');
  });

  it('leaves alone words the archive holds in any form, short words, words with digits and words nothing is close to', () => {
    expect(spellingOf(terms, 'Europe')).toBeNull();
    expect(spellingOf(terms, 'dividends')).toBeNull();
    expect(spellingOf(terms, 'gsa')).toBeNull();
    expect(spellingOf(terms, 'A320x')).toBeNull();
    expect(spellingOf(terms, 'Zakharova')).toBeNull();
  });

  it('takes the most common of equally close words', () => {
    expect(spellingOf(terms, 'shiping')).toBe('shipping');
    expect(spellingOf(terms, 'govenrment')).toBe('government');
    expect(spellingOf(terms, 'goverbment')).toBe('government');
  });

  it('in a large archive, takes no word it writes only once (it may be a misprint); in one article, any word', () => {
    const fillers = Array.from({ length: 1000 }, (_, i) => `Report number ${i} on markets.`);
    const large = InMemoryTermStatistics.count([...fillers, 'A misprint: the goverment said so. The government denied it.']);
    expect(spellingOf(large, 'misprintt')).toBeNull();
    const oneArticle = InMemoryTermStatistics.count(['President Lukashenko said negotiations with the misprint committee resumed.']);
    expect(spellingOf(oneArticle, 'Lukashneko')).toBe('Lukashenko');
    expect(spellingOf(oneArticle, 'negotiatoins')).toBe('negotiations');
    expect(spellingOf(oneArticle, 'misprintt')).toBe('misprint');
  });

  it('corrects a text word by word, in its order, leaving a word the dictionary knows, or whose lemma it knows, as typed', async () => {
    const corrected = await correctSpelling(terms, 'Did trade with Armenia rise? Eruope, shpiping, contracts and Eruope again.');
    expect(corrected.text).toBe('Did trade with Armenia rise? Europe, shipping, contracts and Europe again.');
    expect(corrected.corrections).toEqual([
      ['Eruope', 'Europe'],
      ['shpiping', 'shipping'],
    ]);
    expect(spellingOf(terms, 'Armenia')).toBe('Armenian');
    expect(spellingOf(terms, 'contracts')).toBe('contacts');
  });
});
