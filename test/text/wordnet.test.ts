import { describe, expect, it } from 'vitest';
import { countriesOfCity, kinship } from '../../src/text/wordnet.ts';

describe('the country of a city', () => {
  it('reads the country from a capital WordNet names as such', async () => {
    expect(await countriesOfCity('tokyo')).toEqual(expect.arrayContaining(['japan']));
    expect(await countriesOfCity('ottawa')).toEqual(expect.arrayContaining(['canada']));
  });

  it('reads the country a city’s definition names, and keeps only names of countries', async () => {
    expect(await countriesOfCity('budapest')).toContain('hungary');
    expect(await countriesOfCity('bonn')).toEqual(['germany']);
  });

  it('takes the last word of a country of several words only when it is a name', async () => {
    expect(await countriesOfCity('seoul')).toEqual(['korea']);
    expect(await countriesOfCity('london')).not.toContain('kingdom');
  });

  it('finds none for a city that is no capital and for a word that is no place', async () => {
    expect(await countriesOfCity('chicago')).toEqual([]);
    expect(await countriesOfCity('deficit')).toEqual([]);
  });
});

describe('the kinship of two nouns', () => {
  it('counts the steps both climb to the closest broader kind they share', async () => {
    expect(await kinship('gold', 'silver')).toBe(1);
    expect(await kinship('corn', 'wheat')).toBe(1);
  });

  it('reads rarer senses too: a currency is not the first sense of mark', async () => {
    expect(await kinship('yen', 'mark')).toBe(2);
  });

  it('finds none between nouns of unrelated kinds', async () => {
    expect(await kinship('corn', 'union')).toBeNull();
    expect(await kinship('surplus', 'deficit')).toBeNull();
  });
});
