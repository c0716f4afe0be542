import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { Archive } from '../../src/service/archive.ts';
import { InputError } from '../../src/model/errors.ts';
import { answerReply } from '../../src/reply/reply.ts';
import { FIXTURE_CORPUS } from '../helpers/files.ts';

let archive: Archive;
beforeAll(async () => {
  archive = await Archive.open({ corpusPaths: [FIXTURE_CORPUS], cacheFile: null });
});

/** Either an answer or an InputError with a message; anything else fails. */
async function clearOutcome(run: () => unknown): Promise<'answer' | 'error'> {
  try {
    await run();
    return 'answer';
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message.length).toBeGreaterThan(5);
    return 'error';
  }
}

const hostile = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.constantFrom('.*+?^${}()|[]\\', '((((((((((a', '\u0000\u0001\u0002', '<@everyone> @here', 'the of and to a in', '   ', ''),
  fc.constant('x'.repeat(10_000)),
  fc.constant('in 99999'),
  fc.constant('in March 0000'),
);

const dateOption = fc.oneof(
  fc.constant(undefined),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('0000', '9999-12-31', '1987-02-29', '2024-02-29', '-1', '1987-1-1'),
);

describe('any question or option gets a clear answer or a clear error', () => {
  it('ask', async () => {
    await fc.assert(
      fc.asyncProperty(
        hostile,
        dateOption,
        dateOption,
        fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
        async (question, from, to, source) => {
          await clearOutcome(() => archive.ask({ question, from, to, source }));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('whosaid and quotes', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, hostile, dateOption, async (phrase, about, from) => {
        await clearOutcome(() => archive.whoSaid(phrase));
        await clearOutcome(() => archive.quotes({ speaker: 'Elena Morozova', about, from }));
        await clearOutcome(() => archive.quotes({ speaker: phrase }));
        expect((await archive.speakers(phrase)).length).toBeLessThanOrEqual(25);
      }),
      { numRuns: 150 },
    );
  });

  it('says what is wrong for the worst cases', async () => {
    await expect(archive.ask({ question: '' })).rejects.toThrow(/question: empty/);
    await expect(archive.ask({ question: 'x'.repeat(10_000) })).rejects.toThrow(/too long \(10000 characters/);
    const stopWords = await archive.ask({ question: 'the of and to a in' });
    expect(stopWords.results).toEqual([]);
    expect(answerReply(stopWords).lines).toEqual([
      'No passage found for “the of and to a in”.',
      'Try other words, fewer words, or a name that appears in the archive.',
    ]);
  });
});
