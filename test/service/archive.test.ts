import path from 'node:path';
import { rm, writeFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { BACKENDS, closeArchives, openOn } from '../helpers/backends.ts';
import { Archive } from '../../src/service/archive.ts';
import { folderWith } from '../helpers/files.ts';

async function corpusOf(lines: string[]) {
  const dir = await folderWith({ 'a.jsonl': lines.join('\n') });
  return { dir, file: path.join(dir, 'a.jsonl') };
}

describe('reloading', () => {
  it('joins a reload already running instead of starting another', async () => {
    const { dir } = await corpusOf(['{"id":"a","text":"Alpha."}']);
    let builds = 0;
    const archive = await Archive.open({ corpusPaths: [dir], cacheFile: null, onPhase: (phase) => phase === 'index' && (builds += 1) });
    const first = archive.reload();
    const second = archive.reload();
    expect(second).toBe(first);
    await first;
    expect(builds).toBe(2);
  });
});

describe.each(BACKENDS)('reloading in %s', (backend) => {
  afterAll(closeArchives);

  it('reports articles added and removed, with the errors of the new load', async () => {
    const { dir, file } = await corpusOf(['{"id":"a","text":"Alpha."}', '{"id":"b","text":"Beta."}']);
    const archive = await openOn(backend, { corpusPaths: [dir], cacheFile: null });
    await writeFile(file, ['{"id":"b","text":"Beta."}', '{"id":"c","text":"Gamma."}', '{broken'].join('\n'));
    const report = await archive.reload();
    expect(report).toMatchObject({ ok: true, added: 1, removed: 1, articles: 2 });
    expect(report.issues.map((i) => i.line)).toEqual([3]);
  });

  it('keeps answering from the old archive when the new load finds nothing', async () => {
    const { dir, file } = await corpusOf(['{"id":"a","text":"Alpha centauri."}']);
    const archive = await openOn(backend, { corpusPaths: [dir], cacheFile: null });
    await rm(file);
    const report = await archive.reload();
    expect(report.ok).toBe(false);
    expect(report.error).toMatch(/found no articles; keeping the archive as it was/);
    expect((await archive.ask({ question: 'alpha centauri' })).results[0]!.article.id).toBe('a');
  });

  it('lets "more" expire when a reload has replaced the answer’s archive', async () => {
    const lines = ['{"id":"a","text":"Zinc output rose."}', '{"id":"b","text":"Zinc stocks fell."}'];
    const { dir } = await corpusOf(lines);
    const archive = await openOn(backend, { corpusPaths: [dir], cacheFile: null });
    const first = await archive.ask({ question: 'zinc', limit: 1 });
    expect(await archive.more(first.next!)).not.toBeNull();
    expect((await archive.reload()).ok).toBe(true);
    expect(await archive.more(first.next!)).toBeNull();
  });
});

describe('an archive not loaded yet', () => {
  it('says it is still loading rather than answer from nothing', () => {
    const archive = new Archive({ corpusPaths: [], cacheFile: null });
    expect(archive.ready).toBe(false);
    expect(() => archive.snapshot()).toThrow('the archive is still loading');
  });
});

describe('commands while the archive loads', () => {
  it('answer that it is still loading', async () => {
    const { runCommand } = await import('../../src/app/commands/run.ts');
    const { loadCommands } = await import('../../src/app/commands/loader.ts');
    const ask = (await loadCommands()).get('ask')!;
    const archive = new Archive({ corpusPaths: [], cacheFile: null });
    const reply = await runCommand(ask, { archive, options: { question: 'anything' }, invoker: { id: 'u', moderator: false } }, () => {});
    expect(reply).toMatchObject({ private: true, lines: ['The archive is still loading; please ask again in a few seconds.'] });
  });
});
