import { describe, expect, it } from 'vitest';
import { storyWords, withStoryWords } from '../../../src/query/conversation/shift.ts';
import { parseQuestion } from '../../../src/query/question/parse.ts';
import { indexTerm } from '../../../src/text/terms.ts';

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
