import path from 'node:path';
import { rm, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/app/cli/cli.ts';
import { captureIo } from '../../helpers/io.ts';
import { folderWith } from '../../helpers/files.ts';
import { freshDatabase } from '../../helpers/backends.ts';

async function cli(args: string[], env: Record<string, string>) {
  const io = captureIo({ INDEX_CACHE: 'off', DATABASE_RETIRE_AFTER: '0', ...env });
  const code = await runCli(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('dateline ingest', () => {
  it('loads the corpus into PostgreSQL, reporting bad records by file and line, and every command then answers from it', async () => {
    const corpus = await folderWith({
      'wire.jsonl': [
        JSON.stringify({
          id: 'tin',
          date: '1987-03-02',
          title: 'TIN',
          text: 'Bolivia exported 9,000 tonnes of tin in 1986, the mining minister said.',
        }),
        '{broken',
      ].join('\n'),
    });
    const env = { DATABASE_URL: await freshDatabase(), CORPUS_DIR: corpus };
    const ingested = await cli(['ingest', '--quiet'], env);
    expect(ingested.code).toBe(0);
    expect(ingested.out).toMatch(/^Ingested 1 articles in .* s \(1 added, 0 removed\); they answer now\./);
    expect(ingested.err).toContain(`${path.join(corpus, 'wire.jsonl')}:2`);
    const asked = await cli(['ask', '--json', '--quiet', 'How much tin did Bolivia export?'], env);
    expect(JSON.parse(asked.out).results[0].article.id).toBe('tin');
  });

  it('keeps the current generation answering when a new ingest finds nothing', async () => {
    const corpus = await folderWith({ 'a.jsonl': JSON.stringify({ id: 'a', text: 'Alpha centauri is near.' }) });
    const env = { DATABASE_URL: await freshDatabase(), CORPUS_DIR: corpus };
    expect((await cli(['ingest', '--quiet'], env)).code).toBe(0);
    await rm(path.join(corpus, 'a.jsonl'));
    await writeFile(path.join(corpus, 'empty.jsonl'), '');
    const failed = await cli(['ingest', '--quiet'], env);
    expect(failed.code).toBe(1);
    expect(failed.err).toMatch(/ingest failed, the archive answers as before: the new load found no articles/);
    expect(JSON.parse((await cli(['ask', '--json', '--quiet', 'alpha centauri'], env)).out).results[0].article.id).toBe('a');
  });

  it('says what it needs when DATABASE_URL is not set, and refuses a URL that is not PostgreSQL’s', async () => {
    const missing = await cli(['ingest'], {});
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/ingest writes to PostgreSQL: set DATABASE_URL/);
    const wrong = await cli(['ingest'], { DATABASE_URL: 'http://user:secret@host/db' });
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain(
      'configuration error: DATABASE_URL must be a PostgreSQL URL (postgresql://user:password@host:5432/database), found "http://user:***@host/db"',
    );
  });
});
