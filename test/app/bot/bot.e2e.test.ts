import path from 'node:path';
import { appendFile, cp, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_CORPUS, REFERENCE_CORPUS, folderWith } from '../../helpers/files.ts';
import { type BotHarness, startBot } from '../../helpers/bot.ts';
import { MANAGE_GUILD, type RecordedRequest, snowflake } from '../../helpers/discord-server.ts';
import { deployCommands } from '../../../scripts/deploy-commands.ts';
import { DISCORD_LIMITS } from '../../../src/reply/discord-limits.ts';

const EPHEMERAL = 64;
const reader = { id: snowflake(), username: 'reader', permissions: 1024n };
const moderator = { id: snowflake(), username: 'mod', permissions: 1024n | MANAGE_GUILD };

let harness: BotHarness;
let corpus: string;

beforeAll(async () => {
  const dir = await folderWith({}, 'suite');
  corpus = path.join(dir, 'corpus');
  await cp(FIXTURE_CORPUS, corpus, { recursive: true });
  await cp(REFERENCE_CORPUS, path.join(corpus, 'seed'), { recursive: true });
  await writeFile(
    path.join(corpus, 'alerts.jsonl'),
    `${JSON.stringify({ id: 'alert-1', date: '1987-05-05', title: 'ALERT', text: 'Hey @everyone and <@&123456789012345678>: the grain silo alert was lifted on Tuesday.' })}\n`,
  );
  harness = await startBot([corpus]);
}, 60_000);
afterAll(async () => harness?.stop());

/** The message the bot finally sent for an interaction: the reply itself, or the edit after a deferral. */
async function answerTo(token: string): Promise<{ callback: RecordedRequest; message: any }> {
  const callback = await harness.server.waitFor((r) => r.path.includes(`/${token}/callback`));
  if (callback.body.type !== 5) return { callback, message: callback.body.data };
  const edit = await harness.server.waitFor((r) => r.method === 'PATCH' && r.path.includes(`/${token}/messages/@original`));
  return { callback, message: edit.body };
}

function text(message: any): string {
  return (message.embeds ?? []).map((e: any) => [e.title, e.description, e.footer?.text].filter(Boolean).join('\n')).join('\n');
}

function expectWithinLimits(message: any): void {
  expect(message.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedsPerMessage);
  expect(text(message).length).toBeLessThanOrEqual(DISCORD_LIMITS.charactersPerMessage);
  for (const embed of message.embeds) {
    expect((embed.title ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.title);
    expect((embed.description ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.description);
  }
  expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });
}

describe('registration', () => {
  it('registers every command on the server, and running it twice changes nothing', async () => {
    const env = {
      DISCORD_TOKEN: 'test-token.secret',
      DISCORD_CLIENT_ID: harness.server.applicationId,
      DISCORD_GUILD_ID: harness.server.guildId,
      DISCORD_API_URL: harness.server.apiUrl,
    };
    await deployCommands(env);
    await deployCommands(env);
    const puts = harness.server.requests.filter(
      (r) => r.method === 'PUT' && r.path === `/applications/${harness.server.applicationId}/guilds/${harness.server.guildId}/commands`,
    );
    expect(puts).toHaveLength(2);
    expect(puts[0]!.body.map((c: any) => c.name).sort()).toEqual([
      'ask',
      'help',
      'quotes',
      'reload',
      'speakers',
      'stats',
      'timeline',
      'whosaid',
    ]);
    expect(puts[1]!.body).toEqual(puts[0]!.body);
    expect(puts[0]!.body.find((c: any) => c.name === 'reload').default_member_permissions).toBe(String(MANAGE_GUILD));
  });
});

describe('slash commands', () => {
  it('/ask with options replies with a verbatim quote, its date and source', async () => {
    const token = harness.server.command(reader, 'ask', [
      { name: 'question', value: 'When will the Acme chip plant begin production?' },
      { name: 'source', value: 'Reuters' },
      { name: 'from', value: '1987' },
    ]);
    const { message } = await answerTo(token);
    expectWithinLimits(message);
    const card = message.embeds.find((e: any) => e.title === '<ACME> SETS CHIP PLANT');
    expect(card.description.replace(/\*\*/g, '')).toContain(
      'Acme Micro Corp <ACME> said it will build a chip plant in Texas that will begin production in about 18 months.',
    );
    expect(card.footer.text).toMatch(/^Reuters · 1987-03-05 · SAN JOSE/);
  });

  it('/whosaid on a quote from the reference article names Maria Zakharova', async () => {
    const token = harness.server.command(reader, 'whosaid', [{ name: 'phrase', value: 'both provocative and extremely dangerous' }]);
    const { message } = await answerTo(token);
    expect(text(message)).toContain('Maria Zakharova said it.');
    expect(text(message)).toContain('TASS · 2021-11-17 · MOSCOW');
  });

  it('/quotes autocompletes speakers from the archive', async () => {
    const token = harness.server.command(reader, 'quotes', [{ name: 'speaker', value: 'zak', focused: true }], 4);
    const { callback } = await answerTo(token);
    expect(callback.body.type).toBe(8);
    expect(callback.body.data.choices).toEqual([{ name: 'Maria Zakharova', value: 'Maria Zakharova' }]);
  });

  it('/quotes lists a speaker’s quotes', async () => {
    const { message } = await answerTo(harness.server.command(reader, 'quotes', [{ name: 'speaker', value: 'Maria Zakharova' }]));
    expect(message.embeds[0].title).toBe('Maria Zakharova');
    expect(text(message)).toMatch(/\d+ quotes, newest first/);
  });

  it('"More results" shows the next page; a button whose state is gone asks politely to ask again', async () => {
    const first = await answerTo(harness.server.command(reader, 'ask', [{ name: 'question', value: 'Moscow' }]));
    const more = first.message.components[0].components.find((b: any) => b.label === 'More results');
    expect(more.custom_id).toMatch(/^more:/);
    const botMessage = harness.server.message(snowflake(), '', harness.server.botUser(), {
      embeds: first.message.embeds,
      components: first.message.components,
    });
    const next = await answerTo(harness.server.pressButton(reader, more.custom_id, botMessage));
    expect(text(next.message)).toMatch(/Results 4–/);
    const stale = await answerTo(harness.server.pressButton(reader, 'more:gone:3', botMessage));
    expect(stale.message.flags).toBe(EPHEMERAL);
    expect(text(stale.message)).toMatch(/expired; please ask again/);
  });

  it('"Full article" sends the article privately, in pieces that fit', async () => {
    const botMessage = harness.server.message(snowflake(), '', harness.server.botUser());
    const { message } = await answerTo(harness.server.pressButton(reader, 'article:seed/000_c3cf044d26b0359c', botMessage));
    expect(message.flags).toBe(EPHEMERAL);
    expectWithinLimits(message);
    expect(text(message)).toContain('The migrant crisis escalated dramatically on November 8');
  });

  it('never lets a quoted passage ping @everyone, a role or a user', async () => {
    const { message } = await answerTo(harness.server.command(reader, 'ask', [{ name: 'question', value: 'grain silo alert lifted' }]));
    expect(text(message)).toContain('@everyone');
    expect(message.allowed_mentions.parse).toEqual([]);
  });

  it.each([
    [
      [
        { name: 'question', value: 'coffee' },
        { name: 'from', value: '1987-02-30' },
      ],
      /from: "1987-02-30" is not a real date/,
    ],
    [[{ name: 'question', value: 'x '.repeat(3000) }], /question: too long \(\d+ characters; at most 500\)/],
  ])('answers malformed options with a clear private error (%#)', async (options, error) => {
    const { message } = await answerTo(harness.server.command(reader, 'ask', options));
    expect(message.flags).toBe(EPHEMERAL);
    expect(text(message)).toMatch(error);
  });
});

describe('/timeline', () => {
  it('replies with the chart attached as a PNG within Discord’s limits, shown in the first embed', async () => {
    const token = harness.server.command(reader, 'timeline', [{ name: 'query', value: 'coffee' }]);
    const callback = await harness.server.waitFor((r) => r.path.includes(`/${token}/callback`));
    const sent = callback.body.type === 5 ? await harness.server.waitFor((r) => r.method === 'PATCH' && r.path.includes(token)) : callback;
    const message = sent.body.type === 4 ? sent.body.data : sent.body;
    expectWithinLimits(message);
    expect(message.embeds[0].image).toEqual({ url: 'attachment://timeline.png' });
    expect(text(message)).toMatch(/^Articles naming “coffee”, /);
    const [file] = sent.files ?? [];
    expect(file).toMatchObject({ filename: 'timeline.png', contentType: 'image/png' });
    expect(file!.data.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(file!.data.length).toBeLessThan(DISCORD_LIMITS.attachmentBytes);
  });
});

describe('chat-style mentions', () => {
  it('answers a message that mentions the bot as a reply to it, routing "who said" to whosaid', async () => {
    const id = harness.server.postMessage(reader, `<@${harness.server.botUserId}> who said "the remaining questions are technical"?`, true);
    const reply = await harness.server.waitFor(
      (r) =>
        r.method === 'POST' && r.path === `/channels/${harness.server.channelId}/messages` && r.body?.message_reference?.message_id === id,
    );
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(text(reply.body)).toContain('Elena Morozova said it.');
  });

  it('ignores messages that do not mention it', async () => {
    const before = harness.server.requests.length;
    harness.server.postMessage(reader, 'who said anything?', false);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(harness.server.requests.slice(before).filter((r) => r.path.endsWith('/messages'))).toEqual([]);
  });
});

describe('/reload', () => {
  it('refuses a member without Manage Server, privately', async () => {
    const { message } = await answerTo(harness.server.command(reader, 'reload'));
    expect(message.flags).toBe(EPHEMERAL);
    expect(text(message)).toMatch(/Only moderators/);
  });

  it('reloads for a moderator while questions keep arriving, and the change shows up in the answers', async () => {
    await appendFile(
      path.join(corpus, 'wire.jsonl'),
      `\n${JSON.stringify({ id: 'wire-9', date: '1987-06-01', title: 'ZINC SMELTER OPENS', text: 'A new zinc smelter opened in Peru on Monday, the company said.' })}`,
    );
    const reload = harness.server.command(moderator, 'reload');
    const questions = Array.from({ length: 20 }, (_, i) =>
      harness.server.command(reader, 'ask', [{ name: 'question', value: i % 2 ? 'coffee quotas' : 'chip plant' }]),
    );
    const answers = await Promise.all(questions.map(answerTo));
    for (const { message } of answers) expect(message.embeds.length).toBeGreaterThan(1);
    const report = await answerTo(reload);
    expect(text(report.message)).toMatch(/Reloaded \d+ articles in [\d.]+ s: 1 added, 0 removed\./);
    const after = await answerTo(harness.server.command(reader, 'ask', [{ name: 'question', value: 'zinc smelter Peru' }]));
    expect(text(after.message)).toContain('ZINC SMELTER OPENS');
  });
});
