import { describe, expect, it } from 'vitest';
import { INDIRECT_SPEECH_VERBS, MONTH_ABBREVIATIONS, SPEECH_VERBS, alternation } from '../../src/text/lexicon.ts';

describe('the lexicon', () => {
  it('keeps multi-word speech verbs whole, matching them across any white space', () => {
    const verb = new RegExp(`\\b(?:${alternation(SPEECH_VERBS)})\\b`);
    expect(verb.exec('He pointed  out that rates fell')?.[0]).toBe('pointed  out');
    expect(verb.exec('prices went\non rising')?.[0]).toBe('went\non');
    expect(verb.test('he pointedout')).toBe(false);
  });

  it('prefers the longest entry where one begins another', () => {
    expect(new RegExp(`^(?:${alternation(['say', 'saying'])})`).exec('saying so')?.[0]).toBe('saying');
  });

  it('escapes what a regular expression would read as syntax', () => {
    expect(new RegExp(`^(?:${alternation(['u.s.'])})$`).test('uxsx')).toBe(false);
  });

  it('lists each indirect speech verb among the speech verbs, and shortens every month', () => {
    for (const verb of INDIRECT_SPEECH_VERBS) expect(SPEECH_VERBS).toContain(verb);
    expect(MONTH_ABBREVIATIONS).toEqual(expect.arrayContaining(['jan', 'may', 'sep', 'sept', 'dec']));
  });
});
