import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURE_CORPUS } from '../../helpers/files.ts';
import { type BotHarness, startBot } from '../../helpers/bot.ts';
import { type RecordedRequest, snowflake } from '../../helpers/discord-server.ts';

const reader = { id: snowflake(), username: 'reader', permissions: 1024n };
const callbackOf = (token: string) => (r: RecordedRequest) => r.path.includes(`/${token}/callback`) && r.failedWith === undefined;
let harness: BotHarness | null = null;
afterEach(async () => {
  await harness?.stop();
  harness = null;
});

function text(message: any): string {
  return (message.embeds ?? []).map((e: any) => [e.title, e.description].filter(Boolean).join('\n')).join('\n');
}

describe('direct messages and moderators', () => {
  it('answers a direct message in its channel, without a mention', async () => {
    harness = await startBot([FIXTURE_CORPUS]);
    const id = harness.server.directMessage(reader, 'who said "freedom of navigation"');
    const reply = await harness.server.waitFor(
      (r) =>
        r.method === 'POST' &&
        r.path === `/channels/${harness!.server.dmChannelId}/messages` &&
        r.body?.message_reference?.message_id === id,
    );
    expect(text(reply.body)).toContain('Reagan said it.');
  });

  it('lets a member of the moderator role reload without Manage Server, and no one else', async () => {
    const role = snowflake();
    harness = await startBot([FIXTURE_CORPUS], { moderatorRoleId: role });
    const member = { id: snowflake(), username: 'editor', permissions: 1024n, roles: [role] };
    const allowed = await harness.server.waitFor(callbackOf(harness.server.command(member, 'reload')));
    expect(text(allowed.body.data)).toMatch(/^Reload\nReloaded \d+ articles/);
    const refused = await harness.server.waitFor(callbackOf(harness.server.command(reader, 'reload')));
    expect(text(refused.body.data)).toMatch(/Only moderators/);
  });
});

describe('Discord answering with errors', () => {
  it('waits and sends again when Discord says 429 with retry_after', async () => {
    harness = await startBot([FIXTURE_CORPUS]);
    const token = `token-`;
    harness.server.failNext({
      matches: (method, path) => method === 'POST' && path.includes(token) && path.endsWith('/callback'),
      status: 429,
      body: { message: 'You are being rate limited.', retry_after: 0.2, global: false },
      headers: { 'retry-after': '0.2', 'x-ratelimit-scope': 'user' },
    });
    const sent = harness.server.command(reader, 'stats');
    const answered = await harness.server.waitFor(callbackOf(sent));
    expect(text(answered.body.data)).toMatch(/^Archive/);
    expect(harness.server.requests.filter((r) => r.path.includes(`/${sent}/callback`)).map((r) => r.failedWith ?? 200)).toEqual([429, 200]);
  });

  it('logs a 400 with its error body, says sorry, and goes on answering', async () => {
    harness = await startBot([FIXTURE_CORPUS]);
    harness.server.failNext({
      matches: (method, path) => method === 'POST' && path.endsWith('/callback'),
      status: 400,
      body: { code: 50035, message: 'Invalid Form Body', errors: { data: { embeds: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } } } },
    });
    const failed = harness.server.command(reader, 'stats');
    const apology = await harness.server.waitFor(callbackOf(failed));
    expect(text(apology.body.data)).toMatch(/Something went wrong/);
    expect(harness.logs.some((line) => /interaction \d+ failed: DiscordAPIError\[50035\]: Invalid Form Body/.test(line))).toBe(true);
    const next = await harness.server.waitFor(callbackOf(harness.server.command(reader, 'stats')));
    expect(text(next.body.data)).toMatch(/^Archive/);
  });
});
