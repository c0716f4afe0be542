import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURE_CORPUS } from '../../helpers/files.ts';
import { type BotHarness, startBot } from '../../helpers/bot.ts';
import { snowflake } from '../../helpers/discord-server.ts';

const reader = { id: snowflake(), username: 'reader', permissions: 1024n };
let harness: BotHarness | null = null;
afterEach(async () => {
  await harness?.stop();
  harness = null;
});

describe('slow work and busy users', () => {
  it('defers a reply that is not ready in time, then edits it with the answer', async () => {
    harness = await startBot([FIXTURE_CORPUS], { deferAfterMs: 0 });
    const token = harness.server.command(reader, 'ask', [{ name: 'question', value: 'coffee quotas' }]);
    const callback = await harness.server.waitFor((r) => r.path.includes(`/${token}/callback`));
    expect(callback.body.type).toBe(5);
    const edit = await harness.server.waitFor((r) => r.method === 'PATCH' && r.path.endsWith(`/${token}/messages/@original`));
    expect(edit.body.embeds.map((e: { title?: string }) => e.title)).toContain('COFFEE EXPORTERS OPPOSE NEW QUOTAS');
    expect(edit.body.allowed_mentions).toEqual({ parse: [] });
  });

  it('tells a user who asks too often how long to wait, privately', async () => {
    harness = await startBot([FIXTURE_CORPUS], { rateLimit: 2 });
    const tokens = [1, 2, 3].map(() => harness!.server.command(reader, 'stats'));
    const third = await harness.server.waitFor((r) => r.path.includes(`/${tokens[2]}/callback`));
    expect(third.body.data.flags).toBe(64);
    expect(third.body.data.embeds[0].description).toMatch(/^You are asking quickly: please wait \d+ s\.$/);
    const first = await harness.server.waitFor((r) => r.path.includes(`/${tokens[0]}/callback`));
    expect(first.body.data.embeds[0].title).toBe('Archive');
  });
});
