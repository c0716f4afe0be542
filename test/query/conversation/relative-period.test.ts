import { describe, expect, it } from 'vitest';
import { countsBack, periodBefore } from '../../../src/query/conversation/relative-period.ts';

describe('a period counted back from the last one', () => {
  it('places "a year earlier" and "the month before" from the last question’s month and year', () => {
    expect(periodBefore('a year earlier', 'february 1987', null)).toBe('february 1986');
    expect(periodBefore('the month before', 'march 1987', null)).toBe('february 1987');
    expect(periodBefore('in the previous month', 'mid-march', 1987)).toBe('february 1987');
    expect(periodBefore('a month ago', 'january 1987', null)).toBe('december 1986');
    expect(periodBefore('last year', 'february 1987', null)).toBe('february 1986');
  });

  it('takes the year of the story shown when the last question gave none', () => {
    expect(periodBefore('a year ago', 'february', 1987)).toBe('february 1986');
    expect(periodBefore('the year before', null, 1987)).toBe('1986');
    expect(periodBefore('the month before', 'february', null)).toBe('january');
  });

  it('places nothing when there is nothing to count from, or the message names no such period', () => {
    expect(periodBefore('the previous month', '1986', null)).toBeNull();
    expect(periodBefore('a year earlier', null, null)).toBeNull();
    expect(countsBack('the previous month')).toBe(true);
    expect(periodBefore('the previous quarter', 'march 1987', null)).toBeNull();
    expect(countsBack('the year of the rabbit')).toBe(false);
  });
});
