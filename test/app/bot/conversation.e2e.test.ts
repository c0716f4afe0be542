import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folderWith } from '../../helpers/files.ts';
import { type BotHarness, startBot } from '../../helpers/bot.ts';
import { type RecordedRequest, snowflake } from '../../helpers/discord-server.ts';
import { jsonLines } from '../../helpers/archive.ts';

const reader = { id: snowflake(), username: 'reader', permissions: 1024n };
const neighbour = { id: snowflake(), username: 'neighbour', permissions: 1024n };

let harness: BotHarness;

beforeAll(async () => {
  const corpus = await folderWith(
    {
      'wire.jsonl': jsonLines([
        {
          id: 'be-feb',
          date: '1987-03-03',
          title: 'BELGIAN UNEMPLOYMENT FALLS IN FEBRUARY',
          text: 'Belgian unemployment fell to 12.1 pct of the working population at the end of February from 12.6 pct at the end of January, the statistics office said.',
        },
        {
          id: 'be-mar',
          date: '1987-04-02',
          title: 'BELGIAN UNEMPLOYMENT FALLS IN MARCH',
          text: 'Belgian unemployment fell to 11.8 pct of the working population at the end of March from 12.1 pct, the statistics office said.',
        },
        {
          id: 'cocoa',
          date: '1987-04-05',
          title: 'COCOA TALKS RESUME',
          text: 'Cocoa producers and consumers resumed talks in London on buffer stock rules, delegates said.',
        },
      ]),
    },
    'suite',
  );
  harness = await startBot([corpus]);
}, 60_000);
afterAll(async () => harness?.stop());

function text(message: any): string {
  return (message.embeds ?? []).map((e: any) => [e.title, e.description, e.footer?.text].filter(Boolean).join('\n')).join('\n');
}

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const replyTo = (id: string) => (r: RecordedRequest) => r.method === 'POST' && r.body?.message_reference?.message_id === id;

describe('conversations in threads', () => {
  let thread: string;

  it('answers a mention and opens a thread on its answer, named after the question', async () => {
    const question = "what was belgium's unemployment rate in february?";
    const id = harness.server.postMessage(reader, `<@${harness.server.botUserId}> ${question}`, true);
    const answer = await harness.server.waitFor(replyTo(id));
    expect(answer.path).toBe(`/channels/${harness.server.channelId}/messages`);
    expect(text(answer.body)).toContain('12.1 pct');
    const opened = await harness.server.waitFor((r) => r.method === 'POST' && r.path.endsWith('/threads'));
    expect(opened.path).toBe(`/channels/${harness.server.channelId}/messages/${answer.response.id}/threads`);
    expect(opened.body.name).toBe(question);
    thread = answer.response.id;
  });

  it('reads a follow-up in that thread in the context of the question before, and says how it read it', async () => {
    const id = harness.server.postMessage(reader, `<@${harness.server.botUserId}> and in march?`, true, { channelId: thread });
    const answer = await harness.server.waitFor(replyTo(id));
    expect(answer.path).toBe(`/channels/${thread}/messages`);
    expect(text(answer.body)).toContain("Reading “and in march?” as “what was belgium's unemployment rate in march?”");
    expect(text(answer.body)).toContain('11.8 pct');
  });

  it('reads /ask in that thread by the same person in the same conversation', async () => {
    const token = harness.server.command(reader, 'ask', [{ name: 'question', value: 'and in february?' }], 2, thread);
    const callback = await harness.server.waitFor((r) => r.path.includes(`/${token}/callback`));
    expect(text(callback.body.data)).toContain("Reading “and in february?” as “what was belgium's unemployment rate in february?”");
  });

  it('does not read another person’s message in the same thread in the first person’s conversation', async () => {
    const id = harness.server.postMessage(neighbour, `<@${harness.server.botUserId}> and in march?`, true, { channelId: thread });
    const answer = await harness.server.waitFor(replyTo(id));
    expect(text(answer.body)).not.toContain('Reading “and in march?”');
  });

  it('continues the conversation by replies to its answer where it may not open threads', async () => {
    harness.server.refuseThreads = true;
    try {
      const id = harness.server.postMessage(
        reader,
        `<@${harness.server.botUserId}> what was belgium's unemployment rate in february?`,
        true,
      );
      const answer = await harness.server.waitFor(replyTo(id));
      // The conversation moves to the reply chain once the refusal is back.
      await until(() => harness.logs.some((line) => line.includes('could not open a thread')));
      const followUp = harness.server.postMessage(reader, 'and in march?', false, { replyTo: answer.response.id });
      const next = await harness.server.waitFor(replyTo(followUp));
      expect(next.path).toBe(`/channels/${harness.server.channelId}/messages`);
      expect(text(next.body)).toContain('11.8 pct');
    } finally {
      harness.server.refuseThreads = false;
    }
  });
});

describe('threads for answers only', () => {
  it('opens no thread on a reply that answers nothing (an empty question)', async () => {
    const id = harness.server.postMessage(reader, `<@${harness.server.botUserId}>`, true);
    const reply = await harness.server.waitFor(replyTo(id));
    expect(text(reply.body)).toMatch(/empty/);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(harness.server.requests.some((r) => r.path.endsWith(`/messages/${reply.response.id}/threads`))).toBe(false);
  });
});

describe('conversations in direct messages', () => {
  it('reads a follow-up in a direct message in the context of the one before', async () => {
    const first = harness.server.directMessage(reader, "what was belgium's unemployment rate in february?");
    await harness.server.waitFor(replyTo(first));
    const id = harness.server.directMessage(reader, 'and in march?');
    const answer = await harness.server.waitFor(replyTo(id));
    expect(answer.path).toBe(`/channels/${harness.server.dmChannelId}/messages`);
    expect(text(answer.body)).toContain("Reading “and in march?” as “what was belgium's unemployment rate in march?”");
    expect(harness.server.requests.some((r) => r.path.endsWith(`/messages/${first}/threads`))).toBe(false);
  });
});
