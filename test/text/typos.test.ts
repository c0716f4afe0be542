import { describe, expect, it } from 'vitest';
import { oneTypoApart } from '../../src/text/typos.ts';

describe('one slip of typing apart', () => {
  it('takes a letter left out, added, changed, or two letters swapped', () => {
    expect(oneTypoApart('kaczura', 'kaczurba')).toBe(true);
    expect(oneTypoApart('kaczurba', 'kaczura')).toBe(true);
    expect(oneTypoApart('chronin', 'cronin')).toBe(true);
    expect(oneTypoApart('smyth', 'smith')).toBe(true);
    expect(oneTypoApart('yuetter', 'yeutter')).toBe(true);
  });

  it('takes no word for itself, and no two slips for one', () => {
    expect(oneTypoApart('baker', 'baker')).toBe(false);
    expect(oneTypoApart('smith', 'jones')).toBe(false);
    expect(oneTypoApart('yuetetr', 'yeutter')).toBe(false);
    expect(oneTypoApart('kaczu', 'kaczurba')).toBe(false);
  });
});
