import { describe, expect, it } from 'vitest';
import { mustName, shiftedFirst, storyWords, withStoryWords } from '../../../src/query/conversation/shift.ts';
import { parseQuestion } from '../../../src/query/question/parse.ts';
import { expandQuestion } from '../../../src/query/question/expand.ts';
import { indexTerm } from '../../../src/text/terms.ts';
import { archiveOf, jsonLines } from '../../helpers/archive.ts';

const names = new Set(['zealand', 'canada']);
const commonWord = (word: string) => !names.has(word);
const isName = (words: string) => words === 'new zealand';

describe('the kind of story a shift asks for again', () => {
  it("is told by the last answer's title, without its names, dates and numbers", () => {
    expect(storyWords('NEW ZEALAND UNEMPLOYMENT FALLS IN FEBRUARY', commonWord, isName)).toEqual(['unemployment', 'falls']);
    expect(storyWords('CANADA FEBRUARY UNEMPLOYMENT 9.6 PCT', commonWord, isName)).toEqual(['unemployment', 'pct']);
  });

  it("is searched for below the question's own words, which keep their weight", () => {
    const question = parseQuestion("what was canada's jobless rate in february?", []);
    const searched = withStoryWords(question, ['unemployment', 'rate']);
    const weightOf = (word: string) => searched.terms.find((t) => t.term === indexTerm(word))?.weight;
    expect(weightOf('unemployment')).toBeGreaterThan(0);
    expect(weightOf('unemployment')).toBeLessThan(1);
    expect(weightOf('rate')).toBe(1);
    expect(weightOf('jobless')).toBe(1);
    expect(searched.terms.filter((t) => t.term === indexTerm('rate'))).toHaveLength(1);
    expect(searched.expansions).toEqual(['unemployment']);
  });
});

describe('the answers to a shift', () => {
  const term = (word: string) => indexTerm(word)!;
  const surfaceOf = (t: string) => (t === term('march') ? 'march' : t);

  it('name the period a new period brings and every name the question keeps; a new name alone otherwise', async () => {
    const question = await expandQuestion(parseQuestion("What was Japan's money supply growth in March?", []));
    const forPeriod = mustName(question, new Set([term('march')]), true, surfaceOf);
    expect(forPeriod).toHaveLength(2);
    expect(forPeriod[0]).toEqual(new Set([term('march')]));
    expect(forPeriod[1]).toContain(term('japan'));
    expect(forPeriod[1]).toContain(term('japanese'));
    expect(mustName(question, new Set([term('japan')]), false, surfaceOf)).toHaveLength(1);
  });

  it('come first when they name all they must, however the search scored the others', async () => {
    const archive = await archiveOf({
      'wire.jsonl': jsonLines([
        { id: 'es-mar', title: 'SPANISH MONEY SUPPLY GROWING IN MARCH', text: 'Spain’s money supply grew 17 pct in March.' },
        { id: 'jp-feb', title: 'JAPAN FEBRUARY MONEY SUPPLY RISES', text: 'Japan’s money supply rose 8.8 pct in February.' },
        { id: 'jp-mar', title: 'JAPAN MARCH MONEY SUPPLY RISES', text: 'Japan’s money supply rose 9.0 pct in March.' },
      ]),
    });
    const snapshot = archive.snapshot();
    const number = (id: string) => snapshot.articles.findIndex((a) => a.id === id);
    const ranked = ['es-mar', 'jp-feb', 'jp-mar'].map((id, i) => ({ article: number(id), score: 3 - i, passages: [], repeats: 0 }));
    const named = [new Set([term('march')]), new Set([term('japan')])];
    const order = shiftedFirst(snapshot, ranked, named, number('jp-feb')).map((r) => snapshot.articles[r.article]!.id);
    expect(order[0]).toBe('jp-mar');
  });
});
