import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../../helpers/backends.ts';
import { folderWith } from '../../helpers/files.ts';
import { type BotHarness, startBot } from '../../helpers/bot.ts';
import { MANAGE_GUILD, snowflake } from '../../helpers/discord-server.ts';
import type { Snapshot } from '../../../src/model/snapshot.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const reader = { id: snowflake(), username: 'reader', permissions: 1024n };
const moderator = { id: snowflake(), username: 'mod', permissions: 1024n | MANAGE_GUILD };
const QUESTIONS = 200;

/** Enough articles that a reload takes a while; one story whose id tells which load it came from. */
function corpusVersion(version: string): string {
  const filler = Array.from({ length: 3000 }, (_, i) =>
    JSON.stringify({
      id: `filler-${i}`,
      date: '1987-04-01',
      title: `Market report ${i}`,
      text: `Traders said grain prices moved in session ${i}. "We expect calm," dealer Ann Lee said.`,
    }),
  );
  const story = JSON.stringify({
    id: `smelter-${version}`,
    date: '1987-06-01',
    title: 'ZINC SMELTER OPENS',
    text: 'A new zinc smelter opened in Peru on Monday, the company said.',
  });
  return [story, ...filler].join('\n');
}

describe.each(BACKENDS)('questions during a reload, in %s', (backend) => {
  let harness: BotHarness;
  let corpus: string;

  beforeAll(async () => {
    corpus = path.join(await folderWith({}, 'suite'), 'wire.jsonl');
    await writeFile(corpus, corpusVersion('old'));
    harness = await startBot([corpus], { backend });
  }, 120_000);
  afterAll(async () => harness?.stop());

  async function finalMessage(token: string): Promise<any> {
    const callback = await harness.server.waitFor((r) => r.path.includes(`/${token}/callback`), 120_000);
    if (callback.body.type !== 5) return callback.body.data;
    return (await harness.server.waitFor((r) => r.method === 'PATCH' && r.path.includes(`/${token}/messages/@original`), 120_000)).body;
  }

  it('answers every question, each from one consistent index, and releases the old index', async () => {
    const old = backend === 'memory' ? new WeakRef<Snapshot>(harness.archive.snapshot()) : null;
    await writeFile(corpus, corpusVersion('new'));
    const reload = harness.server.command(moderator, 'reload');
    const tokens: string[] = [];
    for (let i = 0; i < QUESTIONS; i++) {
      tokens.push(harness.server.command(reader, 'ask', [{ name: 'question', value: 'zinc smelter Peru' }]));
      if (i % 20 === 0) await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const answers = await Promise.all(tokens.map(finalMessage));
    const versions = answers.map((message) => {
      const footers = message.embeds.map((e: any) => e.footer?.text ?? '').join(' ');
      const titles = message.embeds.map((e: any) => e.title ?? '').join(' ');
      expect(titles).toContain('ZINC SMELTER OPENS');
      return footers;
    });
    expect(versions).toHaveLength(QUESTIONS);
    const report = await finalMessage(reload);
    expect(report.embeds[0].description).toMatch(/1 added, 1 removed/);
    // Answers after the swap come from the new load only.
    const after = await finalMessage(harness.server.command(reader, 'ask', [{ name: 'question', value: 'zinc smelter Peru' }]));
    expect(after.components[0].components.map((b: any) => b.custom_id)).toContain('article:smelter-new');
    for (const message of answers) {
      const ids = message.components[0].components.map((b: any) => b.custom_id).filter((id: string) => id.startsWith('article:smelter-'));
      expect(ids).toHaveLength(1);
    }
    if (old) await expectCollected(old);
    else await expectOneGeneration(harness.databaseUrl!);
  }, 180_000);
});

async function expectCollected(old: WeakRef<Snapshot>): Promise<void> {
  // deref() keeps its target alive until the current job ends: collect in jobs of their own, then look.
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    gc();
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(old.deref()).toBeUndefined();
}

/** In a database, the old index is the generation replaced: its tables are dropped once the reload is done. */
async function expectOneGeneration(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const generations = async () => (await client.query('SELECT schema_name FROM dateline_generations')).rows.length;
    const schemas = async () => (await client.query("SELECT 1 FROM pg_namespace WHERE nspname LIKE 'dateline_g%'")).rows.length;
    for (let i = 0; i < 100 && (await generations()) > 1; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect([await generations(), await schemas()]).toEqual([1, 1]);
  } finally {
    await client.end();
  }
}
