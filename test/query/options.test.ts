import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_RANK_OPTIONS, rankOptions } from '../../src/query/options.ts';
import { CHOICE_FEATURES } from '../../src/query/rank/choice.ts';

describe('ranking options', () => {
  it('are the defaults when nothing is set', () => {
    expect(rankOptions()).toEqual(DEFAULT_RANK_OPTIONS);
  });

  it('change one weight and keep every other one', () => {
    const options = rankOptions({ weights: { article: 0.5 }, expansion: { synonym: 0.1 }, candidates: 50 });
    expect(options.weights).toEqual({ ...DEFAULT_RANK_OPTIONS.weights, article: 0.5 });
    expect(options.expansion).toEqual({ ...DEFAULT_RANK_OPTIONS.expansion, synonym: 0.1 });
    expect(options.candidates).toBe(50);
    expect(options.searchBudget).toBe(DEFAULT_RANK_OPTIONS.searchBudget);
  });

  it('never change the defaults themselves', () => {
    const options = rankOptions({ weights: { article: 0.5 } });
    options.weights.bm25 = 9;
    expect(DEFAULT_RANK_OPTIONS.weights.article).toBe(1);
    expect(DEFAULT_RANK_OPTIONS.weights.bm25).toBe(0.35);
    expect(Object.isFrozen(DEFAULT_RANK_OPTIONS.weights)).toBe(true);
  });

  it('choose the sentence to quote with the weights the last `npm run tune:choice` fitted, one for each feature', async () => {
    const fitted = JSON.parse(await readFile(path.resolve(import.meta.dirname, '../../tuning/sentence-choice.json'), 'utf8'));
    expect(DEFAULT_RANK_OPTIONS.choice).toEqual(fitted.weights);
    expect(Object.keys(DEFAULT_RANK_OPTIONS.choice).sort()).toEqual([...CHOICE_FEATURES].sort());
  });

  it('change one choice weight and keep the others', () => {
    expect(rankOptions({ choice: { lead: 0 } }).choice).toEqual({ ...DEFAULT_RANK_OPTIONS.choice, lead: 0 });
  });
});
