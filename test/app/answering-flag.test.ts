import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANSWERING_FLAG } from '../../src/app/config.ts';
import { startArguments } from '../helpers/main-process.ts';

const scripts = (
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts;

describe('the node flag of a process that answers questions', () => {
  it('is given by npm start, before its entry', () => {
    const args = startArguments();
    expect(args.indexOf(ANSWERING_FLAG)).toBeGreaterThanOrEqual(0);
    expect(args.indexOf(ANSWERING_FLAG)).toBeLessThan(args.indexOf('src/app/main.ts'));
  });

  it('is what the benchmark answers with, so that it measures the bot as it runs', () => {
    expect(scripts.bench!.split(' ')).toContain(ANSWERING_FLAG);
  });
});
