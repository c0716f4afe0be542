import { describe, expect, it } from 'vitest';
import { rankArticles, searchCandidates, searchWords } from '../../../src/query/rank/rank.ts';
import { type Question, parseQuestion } from '../../../src/query/question/parse.ts';
import { type ArticleFields, archiveOf, article, jsonLines } from '../../helpers/archive.ts';
import { indexTerm } from '../../../src/text/terms.ts';
import { DEFAULT_RANK_OPTIONS, rankOptions } from '../../../src/query/options.ts';
import { QueryWeights, spanEvidence } from '../../../src/query/rank/evidence.ts';
import { tokensOf } from '../../../src/text/tokens.ts';
import type { Snapshot } from '../../../src/model/snapshot.ts';
import { InMemoryTermStatistics } from '../../../src/ingest/index/term-stats.ts';

function question(own: string[], expansions: string[]): Question {
  const terms = [
    ...own.map((word) => ({ term: indexTerm(word)!, weight: 1, exact: false })),
    ...expansions.map((word) => ({ term: indexTerm(word)!, weight: 0.3, exact: false, expands: indexTerm(own[0]!)! })),
  ];
  return { text: own.join(' '), words: [], kind: 'general', terms, filters: {}, expansions, month: null, ahead: false, lasting: false };
}

describe('first-stage search words', () => {
  it('leaves out words too common to be worth their cost, and expansions the archive does not hold', async () => {
    const fillers = Array.from({ length: 31 }, (_, i) => article({ id: `f${i}`, text: `Oil prices were steady in session ${i}.` }));
    const archive = await archiveOf({
      'wire.jsonl': jsonLines([...fillers, article({ id: 't', text: 'Reichhold raised waferboard resin prices.' })]),
    });
    const options = rankOptions({ commonPassages: 30 });
    const words = searchWords(archive.snapshot(), question(['waferboard', 'prices', 'zzyzx'], ['cost', 'pricey', 'raised']), options);
    expect(words.split(' ')).toEqual(['zzyzx', 'waferboard', 'raised']);
  });

  it('searches the rarest common word when the question has nothing rarer', async () => {
    const fillers = Array.from({ length: 31 }, (_, i) =>
      article({ id: `f${i}`, text: i < 25 ? `Oil prices were steady in session ${i}.` : `Oil was steady in session ${i}.` }),
    );
    const archive = await archiveOf({ 'wire.jsonl': jsonLines(fillers) });
    const words = searchWords(archive.snapshot(), question(['oil', 'prices'], []), rankOptions({ commonPassages: 20 }));
    expect(words.split(' ')).toEqual(['prices']);
  });
});

describe('first-stage candidates', () => {
  const articles: ArticleFields[] = [
    article({ id: 'a', date: '1987-03-01', title: 'COCOA PRICES RISE', text: 'Traders bought heavily.\n\nGhana sold its crop early.' }),
    article({ id: 'b', date: '1987-03-02', title: 'GHANA CROP REPORT', text: 'Cocoa prices rose in London on Monday.' }),
    article({ id: 'c', date: '1987-03-03', title: 'OIL OUTPUT', text: 'Oil output was steady.' }),
  ];

  it('credits a passage with its title and finds an article by its title alone, through its first passage', async () => {
    const archive = await archiveOf({ 'wire.jsonl': jsonLines(articles) });
    const snapshot = archive.snapshot();
    const candidates = await searchCandidates(snapshot, question(['cocoa', 'prices'], []), {}, DEFAULT_RANK_OPTIONS);
    const articleOf = (id: number) => snapshot.articles[snapshot.passages[id]!.article]!.id;
    expect(candidates.map((c) => articleOf(c.id)).sort()).toEqual(['a', 'b']);
    const titleOnly = candidates.find((c) => articleOf(c.id) === 'a')!;
    expect(snapshot.passages[titleOnly.id]).toMatchObject({ paragraph: 0, start: 0 });
  });

  it('applies filters to articles found by their titles', async () => {
    const archive = await archiveOf({ 'wire.jsonl': jsonLines(articles) });
    const snapshot = archive.snapshot();
    const candidates = await searchCandidates(snapshot, question(['cocoa', 'prices'], []), { from: '1987-03-02' }, DEFAULT_RANK_OPTIONS);
    expect(candidates.map((c) => snapshot.articles[snapshot.passages[c.id]!.article]!.id)).toEqual(['b']);
  });

  it('finds an article by the place of its dateline, which wire services give apart from the text', async () => {
    const records = [
      {
        id: 'y',
        date: '1987-10-19',
        title: 'DEBT PAYMENTS TO BE ADJUSTED',
        dateline: 'BELGRADE, Oct 19 -',
        text: 'The government will cut repayments.',
      },
      {
        id: 'z',
        date: '1987-10-19',
        title: 'DEBT PAYMENTS RESCHEDULED',
        dateline: 'LIMA, Oct 19 -',
        text: 'The government will cut its repayments.',
      },
    ];
    const archive = await archiveOf({ 'wire.jsonl': records.map((r) => JSON.stringify({ ...r, source: 'Reuters' })).join('\n') });
    const snapshot = archive.snapshot();
    expect(snapshot.articles.map((a) => a.dateline)).toEqual(['BELGRADE', 'LIMA']);
    const candidates = await searchCandidates(snapshot, question(['Belgrade', 'payments'], []), {}, DEFAULT_RANK_OPTIONS);
    expect(snapshot.articles[snapshot.passages[candidates[0]!.id]!.article]!.id).toBe('y');
  });
});

/** The id of the article ranked first for a question. */
async function firstArticleFor(snapshot: Snapshot, text: string): Promise<string> {
  const [best] = await rankArticles(snapshot, parseQuestion(text, []), {}, DEFAULT_RANK_OPTIONS);
  return snapshot.articles[best!.article]!.id;
}

describe('a month named without its year', () => {
  it('ranks a story dated in that month or the next above a like story dated otherwise', async () => {
    const archive = await archiveOf({
      'wire.jsonl': jsonLines([
        article({
          id: 'june',
          date: '1987-06-10',
          title: 'JOBLESS RATE',
          text: 'The jobless rate was 9.6 pct, the bureau said on Tuesday.',
        }),
        article({
          id: 'april',
          date: '1987-04-08',
          title: 'JOBLESS RATE',
          text: 'The jobless rate was 9.8 pct, the office reported in a statement.',
        }),
      ]),
    });
    const snapshot = archive.snapshot();
    const firstFor = (text: string) => firstArticleFor(snapshot, text);
    expect(await firstFor('What was the jobless rate in March?')).toBe('april');
    expect(await firstFor('What was the jobless rate in may?')).toBe('june');
    expect(parseQuestion('What was the jobless rate in March 1987?', []).month).toBeNull();
  });
});

describe('the names a question names', () => {
  it('are its names and their other forms, not its numbers and dates', () => {
    const { terms } = parseQuestion("How fast was Japan's money supply growing in February 1987?", []);
    const weights = new QueryWeights(
      terms,
      InMemoryTermStatistics.count(['Japan money supply February 1987']),
      DEFAULT_RANK_OPTIONS.weights.nameWords,
    );
    const share = (...words: string[]) => weights.nameShare(new Set(words.map((word) => indexTerm(word)!)));
    expect(share('February', '1987', 'money')).toBe(0);
    expect(share('Japan')).toBe(1);
    // Numbers and dates still count as written words.
    expect(weights.exactShare(new Set([indexTerm('February')!, indexTerm('1987')!]))).toBeCloseTo(2 / 3);
  });
});

describe('how much of a question a sentence covers', () => {
  const terms = [
    { term: indexTerm('Bonn')!, weight: 1, exact: true },
    { term: indexTerm('borrow')!, weight: 1, exact: false },
    { term: indexTerm('German')!, weight: 0.5, exact: false, expands: indexTerm('Bonn')! },
  ];
  const stats = InMemoryTermStatistics.count(['Bonn borrow German', 'markets', 'prices']);
  const weights = new QueryWeights(terms, stats, DEFAULT_RANK_OPTIONS.weights.nameWords);
  const coverage = (text: string) => spanEvidence(text, tokensOf(text), weights, 'general').coverage;

  it('counts a word of the question once, by the best of its forms the sentence writes', () => {
    expect(coverage('Bonn said the West German budget holds')).toBeCloseTo(coverage('Bonn said the budget holds'));
    expect(coverage('Bonn said the West German budget holds')).toBeLessThan(coverage('Bonn plans to borrow more'));
  });
});

describe('a story filed from a capital', () => {
  it('tells of its country, which a question may name where the story does not', async () => {
    const archive = await archiveOf({
      'wire.jsonl': jsonLines([
        article({
          id: 'chicago',
          dateline: 'CHICAGO',
          date: '1987-04-12',
          text: 'The ruling party lost ground in local elections on Sunday, and party leaders said the new tax was to blame.',
        }),
        article({
          id: 'tokyo',
          dateline: 'TOKYO',
          date: '1987-04-13',
          text: 'The ruling party of Prime Minister Nakasone lost ground in local elections, its officials said on Monday.',
        }),
      ]),
    });
    expect(await firstArticleFor(archive.snapshot(), 'Which Japanese party lost ground in local elections?')).toBe('tokyo');
  });
});

describe('a year a story names by its own date', () => {
  it('answers a question naming the year a story calls last year', async () => {
    const archive = await archiveOf({
      'wire.jsonl': jsonLines([
        article({ id: 'filed-1986', date: '1986-02-10', text: 'Exports rose 9 pct last year, the ministry said.' }),
        article({ id: 'filed-1987', date: '1987-02-10', text: 'Exports rose 12 pct last year, the ministry said.' }),
      ]),
    });
    expect(await firstArticleFor(archive.snapshot(), 'How much did exports rise in 1986?')).toBe('filed-1987');
    expect(await firstArticleFor(archive.snapshot(), 'How much did exports rise in 1985?')).toBe('filed-1986');
  });
});
