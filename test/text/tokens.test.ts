import { describe, expect, it } from 'vitest';
import { containedAtLeast, overlap, overlapsAtLeast, termsWithin, tokensOf } from '../../src/text/tokens.ts';

const terms = (text: string) => termsWithin(tokensOf(text));

describe('term overlap', () => {
  it('finds the smaller set within the larger, whatever the larger adds', () => {
    const lead = new Set('moscow december tass russia could use oreshnik again putin told reporters'.split(' '));
    const repeat = new Set('russia could use oreshnik again russian president'.split(' '));
    expect(containedAtLeast(repeat, lead, 0.7)).toBe(true);
    expect(containedAtLeast(lead, repeat, 0.7)).toBe(true);
    expect(containedAtLeast(repeat, lead, 0.8)).toBe(false);
    expect(containedAtLeast(new Set(), lead, 0.1)).toBe(false);
  });

  it('is the share of the union two sets have in common', () => {
    expect(overlap(terms('cocoa prices rose'), terms('cocoa prices fell'))).toBeCloseTo(2 / 4);
    expect(overlap(new Set(), new Set())).toBe(1);
  });

  it('rules out sets of very different sizes, and agrees with the share otherwise', () => {
    const long = terms('cocoa prices rose sharply in London on heavy buying by speculators');
    expect(overlapsAtLeast(terms('cocoa prices'), long, 0.8)).toBe(false);
    expect(overlapsAtLeast(long, terms('cocoa prices rose sharply in London on heavy buying by traders'), 0.8)).toBe(false);
    expect(overlapsAtLeast(long, terms('Cocoa prices rose sharply in London on heavy buying by speculators.'), 0.8)).toBe(true);
    const pairs = [
      ['a b c d e', 'a b c d f'],
      ['a b c d e', 'a b c d e f'],
      ['x y', 'x y z w v'],
    ];
    for (const [a, b] of pairs) {
      const [setA, setB] = [new Set(a!.split(' ')), new Set(b!.split(' '))];
      expect(overlapsAtLeast(setA, setB, 0.6)).toBe(overlap(setA, setB) >= 0.6);
    }
  });

  it('decides a pair that lies on the share itself as the share does, whatever the rounding of the early stop', () => {
    // 18 shared of 20 in all: exactly 0.9, where 0.9 × 38 / 1.9 comes out a little above 18.
    const words = Array.from({ length: 18 }, (_, i) => `w${i}`);
    const [a, b] = [new Set([...words, 'x']), new Set([...words, 'y'])];
    expect(overlap(a, b)).toBe(0.9);
    expect(overlapsAtLeast(a, b, 0.9)).toBe(true);
  });
});

describe('index terms', () => {
  it('leaves out the words that say nothing of a story: its, and what a negated auxiliary leaves', () => {
    const written = (text: string) => tokensOf(text).flatMap((t) => (t.term ? [t.text] : []));
    expect(written("Lenders wouldn't tie its repayments via oil")).toEqual(['Lenders', 'tie', 'repayments', 'oil']);
    expect(written('the price per barrel')).toEqual(['price', 'per', 'barrel']);
  });

  it("indexes a country's initials as the country, the pronoun `us` as itself, and other initials as letters", () => {
    const termOf = (text: string) => tokensOf(text).map((t) => t.term);
    expect(termOf('U.S. USA US U.S.A.')).toEqual(termOf('America America America America'));
    expect(termOf('U.K. UK uk')).toEqual(termOf('Britain Britain Britain'));
    expect(termOf('they told us')[2]).not.toEqual(termOf('America')[0]);
    expect(tokensOf('J.C. Penney and the U.S.-based unit').map((t) => t.text)).toEqual([
      'J',
      'C',
      'Penney',
      'and',
      'the',
      'U.S.',
      'based',
      'unit',
    ]);
  });
});
