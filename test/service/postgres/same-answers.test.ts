import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Archive } from '../../../src/service/archive.ts';
import { FIXTURE_CORPUS } from '../../helpers/files.ts';
import { closeArchives, openOn } from '../../helpers/backends.ts';

/** Questions of every kind the fixture corpus answers, a misspelt word and a filter among them. */
const QUESTIONS = [
  'Why do Thai coffee exporters oppose quotas?',
  'How much will the Acme chip plant cost?',
  'What did Reagan say about navigation?',
  'When was the 2025 budget approved?',
  'Who attended the security forum in Moscow?',
  'coffe exports',
  'chip plant in Texas',
  'budget from TASS',
  'What did Morozova say?',
  'zzyzx quux',
];

let memory: Archive;
let postgres: Archive;

beforeAll(async () => {
  [memory, postgres] = await Promise.all([
    openOn('memory', { corpusPaths: [FIXTURE_CORPUS], cacheFile: null }),
    openOn('postgres', { corpusPaths: [FIXTURE_CORPUS], cacheFile: null }),
  ]);
});

afterAll(closeArchives);

describe('an archive in PostgreSQL', () => {
  it('answers every question as the archive in memory does: the same articles, quotes and scores, in order', async () => {
    for (const question of QUESTIONS) {
      const [inMemory, inDatabase] = await Promise.all([memory.ask({ question, limit: 10 }), postgres.ask({ question, limit: 10 })]);
      expect({ ...inDatabase, next: null }, question).toEqual({ ...inMemory, next: null });
    }
  });

  it('answers a source and date filter, and a follow-up in its conversation, alike', async () => {
    const filtered = { question: 'budget', source: 'TASS', from: '2024-12-01', to: '2024-12-31' };
    expect((await postgres.ask(filtered)).results).toEqual((await memory.ask(filtered)).results);
    for (const archive of [memory, postgres]) await archive.ask({ question: 'What did Reagan say about navigation?', conversation: 'c' });
    const [inMemory, inDatabase] = await Promise.all([
      memory.ask({ question: 'who said that?', conversation: 'c' }),
      postgres.ask({ question: 'who said that?', conversation: 'c' }),
    ]);
    expect(inDatabase.results).toEqual(inMemory.results);
    expect(inDatabase.understood).toBe(inMemory.understood);
  });

  it('finds who said a phrase, a speaker’s quotes and the speakers alike', async () => {
    for (const phrase of ['the remaining questions are technical', 'quotas only protect', 'regional security forum opened in Moscow']) {
      expect(await postgres.whoSaid(phrase)).toEqual(await memory.whoSaid(phrase));
    }
    expect(await postgres.speakers()).toEqual(await memory.speakers());
    const wong = { speaker: 'Somchai Wong', about: 'quotas' };
    expect({ ...(await postgres.quotes(wong)), next: null }).toEqual({ ...(await memory.quotes(wong)), next: null });
    expect(await postgres.allQuotes()).toEqual(await memory.allQuotes());
  });

  it('counts a timeline, opens an article and describes the load alike', async () => {
    const requests = [
      { query: 'budget', by: 'month' },
      { query: '"the third and final reading"' },
      { speaker: 'Somchai Wong' },
      // Her words in quote marks inside her reported speech count once, with the speech, as does she among those most quoted.
      { speaker: 'Elena Morozova' },
      { query: 'grain corridor' },
      { query: 'quotas' },
    ];
    for (const request of requests) {
      const counted = await postgres.timeline(request);
      expect(counted).toEqual(await memory.timeline(request));
      expect(counted.total).toBeGreaterThan(0);
    }
    expect(await postgres.article('wire-2')).toEqual(await memory.article('wire-2'));
    expect(await postgres.article('no-such-article')).toBeNull();
    const { loadedAt: _a, loadMs: _b, fromCache: _c, ...stats } = postgres.stats();
    const { loadedAt: _d, loadMs: _e, fromCache: _f, ...expected } = memory.stats();
    expect(stats).toEqual(expected);
  });

  it('refuses bad input with the same errors, naming the option', async () => {
    const requests: ((archive: Archive) => Promise<unknown>)[] = [
      (archive) => archive.ask({ question: '   ' }),
      (archive) => archive.ask({ question: 'budget', from: '2024-13' }),
      (archive) => archive.whoSaid('x'.repeat(600)),
      (archive) => archive.quotes({ speaker: 'Nobody Atall' }),
      (archive) => archive.timeline({ query: 'budget', by: 'fortnight' }),
    ];
    for (const request of requests) {
      const expected = await request(memory).catch((error: Error) => error.message);
      expect(typeof expected).toBe('string');
      await expect(request(postgres)).rejects.toThrow(expected as string);
    }
  });

  it('pages through an answer with “more”', async () => {
    const first = await postgres.ask({ question: 'coffee quotas budget chip plant', limit: 1 });
    expect(first.next).not.toBeNull();
    const second = await postgres.more(first.next!, 1);
    expect(second && 'question' in second ? second.results[0]!.article.id : null).not.toBe(first.results[0]!.article.id);
  });
});
