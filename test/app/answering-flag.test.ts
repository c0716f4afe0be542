import { describe, expect, it } from 'vitest';
import { ANSWERING_FLAG } from '../../src/app/config.ts';
import { packageScripts, startArguments } from '../helpers/main-process.ts';

describe('the node flag of a process that answers questions', () => {
  it('is given by npm start, before its entry', () => {
    const args = startArguments();
    expect(args.indexOf(ANSWERING_FLAG)).toBeGreaterThanOrEqual(0);
    expect(args.indexOf(ANSWERING_FLAG)).toBeLessThan(args.indexOf('src/app/main.ts'));
  });

  it('is what the benchmark answers with, so that it measures the bot as it runs', () => {
    expect(packageScripts().bench!.split(' ')).toContain(ANSWERING_FLAG);
  });
});
