import { symlink } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../../src/ingest/read/loader.ts';
import { folderWith } from '../../helpers/files.ts';

/** A good article with a recognisable id, and its JSON Lines / CSV forms. */
const goodArticle = fc
  .record({
    id: fc.stringMatching(/^[a-z]{3,8}-\d{1,4}$/),
    title: fc.string({ minLength: 1, maxLength: 40 }).filter((t) => t.trim().length > 0),
    text: fc.lorem({ maxCount: 3 }),
  })
  // Each story its own text: the same text under two ids is one article loaded twice.
  .map((article) => ({ ...article, text: `${article.text} ${article.id}.` }));

/** Damage that makes a record bad: a line of noise in place of a record. */
const noise = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom(
    '{"id": 1, "text": ',
    '{',
    '[1,2',
    '{"text": 42}',
    '{"text": null, "id": "x"}',
    'null',
    '"just a string"',
    '{"title": "no text"}',
  ),
  fc.uint8Array({ maxLength: 100 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
  fc.constant(`${'['.repeat(5000)}${']'.repeat(5000)}`),
  fc.constant(`{"id": "big", "text": "${'x'.repeat(300_000)}`),
);

const RUNS = 60;

function uniqueById<T extends { id: string }>(items: T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}

describe('loaders under random damage', () => {
  it('JSON Lines: every good line loads, every bad line is reported with its line, nothing throws', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            goodArticle.map((a) => ({ good: a })),
            noise.map((n) => ({ bad: n })),
          ),
          { maxLength: 25 },
        ),
        fc.boolean(),
        async (lines, crlf) => {
          const good = uniqueById(lines.flatMap((l) => ('good' in l ? [l.good] : [])));
          const text = lines.map((l) => ('good' in l ? JSON.stringify(l.good) : l.bad.replace(/[\r\n]/g, ' '))).join(crlf ? '\r\n' : '\n');
          const dir = await folderWith({ 'feed.jsonl': `\uFEFF${text}` });
          const result = await loadArticles([dir]);
          expect(result.articles.map((a) => a.id)).toEqual(expect.arrayContaining(good.map((g) => g.id)));
          for (const issue of result.issues) {
            expect(issue.file).toBe(path.join(dir, 'feed.jsonl'));
            if (issue.message !== 'empty file') expect(issue.line).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('JSON arrays: truncated or corrupted anywhere, the complete good records before the damage still load', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(goodArticle, { minLength: 1, maxLength: 15 }),
        fc.nat(),
        fc.string({ maxLength: 5 }),
        async (articles, cutAt, garbage) => {
          const unique = uniqueById(articles);
          const elements = unique.map((a) => JSON.stringify(a));
          const text = `[\n${elements.join(',\n')}\n]`;
          const ends = elements.map((_, i) => 2 + elements.slice(0, i + 1).reduce((sum, e) => sum + e.length + 2, 0) - 2);
          const cut = cutAt % text.length;
          const damaged = text.slice(0, cut) + garbage + text.slice(cut);
          const dir = await folderWith({ 'export.json': damaged });
          const result = await loadArticles([dir]);
          const intactBefore = unique.filter((_, i) => ends[i]! <= cut);
          expect(result.articles.map((a) => a.id)).toEqual(expect.arrayContaining(intactBefore.map((a) => a.id)));
          for (const issue of result.issues) expect(issue.file).toBe(path.join(dir, 'export.json'));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('CSV: rows with the wrong number of fields, quotes, BOMs and NULs are reported by line; good rows load', async () => {
    const cell = fc.string({ maxLength: 20 }).map((s) => `"${s.replace(/"/g, '""')}"`);
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            goodArticle.map((a) => ({ good: a })),
            fc.array(cell, { maxLength: 6 }).map((cells) => ({ bad: cells.join(',') })),
            fc.constant({ bad: 'x,"y\u0000",z' }),
          ),
          { maxLength: 20 },
        ),
        async (rows) => {
          const lines = rows.map((row) =>
            'good' in row ? [row.good.id, row.good.title, row.good.text].map((v) => `"${v.replace(/"/g, '""')}"`).join(',') : row.bad,
          );
          const dir = await folderWith({ 'rows.csv': `\uFEFFid,title,text\r\n${lines.join('\r\n')}\r\n` });
          const result = await loadArticles([dir]);
          for (const issue of result.issues) expect(issue.line ?? 1).toBeGreaterThan(0);
          const ids = new Set(result.articles.map((a) => a.id));
          const good = rows.flatMap((row) => ('good' in row ? [row.good.id] : []));
          // A row after an unbalanced quote is swallowed by it; every good row before the first damage loads.
          const firstBad = rows.findIndex((row) => 'bad' in row);
          for (const id of good.slice(0, firstBad === -1 ? undefined : rows.slice(0, firstBad).length)) expect(ids.has(id)).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('CSV: a stray quote mark inside any field is reported at its row, and every row still loads', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(goodArticle, { selector: (a) => a.id, minLength: 1, maxLength: 30 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(1, 2), fc.nat())),
        async (articles, strays) => {
          const cells = articles.map((a) => [a.id, a.title.replace(/"/g, ''), a.text]);
          const damaged = new Set<number>();
          for (const [row, field, at] of strays) {
            const cell = cells[row % cells.length]![field]!;
            const place = 1 + (at % Math.max(1, cell.length - 1));
            if (/\w/.test(cell[place - 1] ?? '') && /\w/.test(cell[place] ?? '')) {
              cells[row % cells.length]![field] = `${cell.slice(0, place)}"${cell.slice(place)}`;
              damaged.add(row % cells.length);
            }
          }
          const lines = cells.map((row) => row.map((value) => `"${value}"`).join(','));
          const dir = await folderWith({ 'rows.csv': `id,title,text\n${lines.join('\n')}\n` });
          const result = await loadArticles([dir]);
          expect(result.articles.map((a) => a.id)).toEqual(articles.map((a) => a.id));
          expect(result.issues.map((issue) => issue.line)).toEqual([...damaged].sort((a, b) => a - b).map((row) => row + 2));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('folders linked to one another anywhere: every file is read once, and only loops are reported', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }),
        async (parents, links) => {
          // Folder i > 0 lies in an earlier folder; each holds one story.
          const folders = ['.'];
          for (const [i, parent] of parents.entries()) folders.push(path.join(folders[parent % folders.length]!, `f${i}`));
          const dir = await folderWith(Object.fromEntries(folders.map((folder, i) => [path.join(folder, `story${i}.txt`), `Story ${i}.`])));
          for (const [i, [from, to]] of links.entries()) {
            await symlink(path.join(dir, folders[to % folders.length]!), path.join(dir, folders[from % folders.length]!, `link${i}`));
          }
          const result = await loadArticles([dir]);
          expect(result.articles.map((a) => a.paragraphs[0]).sort()).toEqual(folders.map((_, i) => `Story ${i}.`).sort());
          expect(result.dropped).toEqual([]);
          expect(result.issues.length).toBeLessThanOrEqual(links.length);
          for (const issue of result.issues) expect(issue.message).toMatch(/\(a loop\); not followed$/);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('random bytes in any format never throw, and are reported against their file', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 2000 }),
        fc.constantFrom('.txt', '.json', '.jsonl', '.csv', '.md'),
        async (bytes, extension) => {
          const dir = await folderWith({ [`blob${extension}`]: bytes, 'good.txt': 'date 2020-01-01\nA good article.' });
          const result = await loadArticles([dir]);
          expect(result.articles.map((a) => a.id)).toContain('good');
          for (const issue of result.issues) expect(issue.file).toBe(path.join(dir, `blob${extension}`));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('wrong field types: a number for text is no text, a date that is not one is undated', async () => {
    const dir = await folderWith({
      'a.jsonl': [
        JSON.stringify({ id: 'n', text: 12345 }),
        JSON.stringify({ id: 'o', text: { nested: true } }),
        JSON.stringify({ id: 'd', text: 'Fine.', date: 'next Tuesday' }),
        JSON.stringify({ id: 't', text: ['One.', 2, null, 'Three.'], title: 99 }),
      ].join('\n'),
    });
    const result = await loadArticles([dir]);
    expect(result.articles.map((a) => [a.id, a.date, a.title, a.paragraphs])).toEqual([
      ['n', null, '12345', ['12345']],
      ['d', null, 'Fine.', ['Fine.']],
      ['t', null, '99', ['One.', '2', 'Three.']],
    ]);
    expect(result.issues.map((i) => [i.line, i.message])).toEqual([
      [2, 'record has no text (expected one of: content, text, body, description)'],
    ]);
  });
});
