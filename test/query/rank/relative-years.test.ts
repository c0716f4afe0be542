import { describe, expect, it } from 'vitest';
import { withYearsNamed } from '../../../src/query/rank/relative-years.ts';
import { tokensOf } from '../../../src/text/tokens.ts';

describe('the years a story names by its date', () => {
  const text = 'Sales fell last year and will rise this year and Next Year, the past year aside.';

  it('reads this, last and next year from the year the story was filed, each where its words stand', () => {
    const years = withYearsNamed(tokensOf(text), text, '1987-03-11T08:35:28Z').filter((t) => /^\d+$/.test(t.term ?? ''));
    expect(years.map((t) => [t.term, text.slice(t.start, t.end)])).toEqual([
      ['1986', 'last year'],
      ['1987', 'this year'],
      ['1988', 'Next Year'],
    ]);
  });

  it('keeps the tokens in the order of the text', () => {
    const starts = withYearsNamed(tokensOf(text), text, '1987-03-11').map((t) => t.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('names no year in an undated story', () => {
    expect(withYearsNamed(tokensOf(text), text, null)).toEqual(tokensOf(text));
  });
});
