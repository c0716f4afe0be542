import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexArticles } from '../../src/ingest/build.ts';
import { loadArticles } from '../../src/ingest/read/loader.ts';
import { folderWith } from '../helpers/files.ts';

const MB = 1024 * 1024;
const WORDS = ['the', 'minister', 'said', 'grain', 'prices', 'Moscow', 'would', 'rise', 'and', 'traders', 'told', 'John', 'Smith', 'in'];

/** Words without a full stop, as one paragraph of about the given size, seeded so that each run differs. */
function wall(bytes: number, seed: number): string {
  const words: string[] = [];
  for (let length = 0, i = seed; length < bytes; i = (i * 1103515245 + 12345) % 2 ** 31) {
    const word = WORDS[i % WORDS.length]!;
    words.push(word);
    length += word.length + 1;
  }
  return words.join(' ');
}

async function ingest(text: string) {
  const loaded = await loadArticles([await folderWith({ 'wall.txt': `title A wall of text\n\n${text}` })]);
  return indexArticles(loaded, { cacheFile: null });
}

describe('texts of any shape', () => {
  it('a paragraph of up to 2 MB without a sentence end loads, its quotation found and its speaker named', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 10_000, max: 2 * MB }),
        fc.nat(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        async (size, seed, where) => {
          const text = wall(size, seed);
          const at = text.indexOf(' ', Math.floor(where * text.length)) + 1 || text.length;
          const quote = '"Exports will double next year," Olga Petrova told reporters';
          const snapshot = await ingest(`${text.slice(0, at)}${quote} ${text.slice(at)}`);
          const found = snapshot.quotes.filter((q) => q.kind === 'direct');
          expect(found).toHaveLength(1);
          expect(found[0]).toMatchObject({ speaker: 'Olga Petrova', cue: 'told' });
          expect(snapshot.summary.issues).toEqual([
            expect.objectContaining({
              message: expect.stringMatching(/a sentence of [\d,]+ characters is too long to read for reported speech/),
            }),
          ]);
        },
      ),
      { numRuns: 4 },
    );
  }, 120_000);

  it('says nothing of sentences of ordinary length', async () => {
    const snapshot = await ingest('Grain prices rose. "They will fall," Smith said. Traders said that stocks were ample.');
    expect(snapshot.summary.issues).toEqual([]);
    expect(snapshot.quotes.map((q) => q.kind)).toEqual(['direct', 'indirect']);
  });
});
