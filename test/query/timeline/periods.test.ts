import { describe, expect, it } from 'vitest';
import { nextPeriod, periodFor, periodOf, periodsBetween } from '../../../src/query/timeline/periods.ts';

describe('periods', () => {
  it('names a period by its start: the year, the month, the Monday of the week, the day', () => {
    expect(periodOf('1987-03-04', 'year')).toBe('1987');
    expect(periodOf('1987-03-04', 'month')).toBe('1987-03');
    expect(periodOf('1987-03-04', 'week')).toBe('1987-03-02');
    expect(periodOf('1987-03-08', 'week')).toBe('1987-03-02');
    expect(periodOf('1987-01-01', 'week')).toBe('1986-12-29');
  });

  it('lists every period between two days, across the turn of a year', () => {
    expect(periodsBetween('1986-11-15', '1987-02-01', 'month')).toEqual(['1986-11', '1986-12', '1987-01', '1987-02']);
    expect(periodsBetween('1986-12-30', '1987-01-12', 'week')).toEqual(['1986-12-29', '1987-01-05', '1987-01-12']);
    expect(nextPeriod('1999', 'year')).toBe('2000');
  });

  it('chooses days for a few weeks, weeks for a few months, months for a few years, and years beyond', () => {
    expect(periodFor('1987-03-01', '1987-03-07')).toBe('day');
    expect(periodFor('1987-03-01', '1987-06-30')).toBe('week');
    expect(periodFor('1987-03-01', '1990-06-30')).toBe('month');
    expect(periodFor('1960-01-01', '2000-12-31')).toBe('year');
  });
});
