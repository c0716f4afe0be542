import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS, fit, pieces } from '../../src/reply/discord-limits.ts';
import { articleMessages, escapeMarkdown, toDiscordMessage } from '../../src/reply/render-discord.ts';
import type { Reply } from '../../src/reply/reply.ts';

const long = (words: number) => Array.from({ length: words }, (_, i) => `word${i}`).join(' ');

describe('fitting Discord’s limits', () => {
  it('cuts at a word boundary with an ellipsis, and leaves short text alone', () => {
    expect(fit('short', 10)).toBe('short');
    const cut = fit('the quick brown fox jumps over the lazy dog', 20);
    expect(cut.length).toBeLessThanOrEqual(20);
    expect(cut).toBe('the quick brown fox…');
  });

  it('splits long text into pieces within the limit, losing no word', () => {
    const text = long(2000);
    const parts = pieces(text, 4096);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(4096);
    expect(parts.join(' ')).toBe(text);
  });

  it('keeps any reply within every limit: title, description, footer, 10 embeds, 6000 characters', () => {
    const card = {
      title: long(200),
      url: 'https://tass.com/1',
      quote: long(2000),
      highlights: [{ start: 0, end: 5 }],
      meta: long(600),
      articleId: 'x',
    };
    const reply: Reply = {
      title: long(100),
      lines: [long(1500)],
      cards: Array.from({ length: 15 }, () => card),
      actions: [],
      footer: long(10),
    };
    const message = toDiscordMessage(reply);
    expect(message.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedsPerMessage);
    let total = 0;
    for (const embed of message.embeds) {
      expect((embed.title ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.title);
      expect((embed.description ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.description);
      expect((embed.footer?.text ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.footer);
      total += (embed.title ?? '').length + (embed.description ?? '').length + (embed.footer?.text ?? '').length;
    }
    expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.charactersPerMessage);
    expect(message.allowed_mentions).toEqual({ parse: [] });
  });

  it('marks highlighted words in bold and shows quoted markdown as written', () => {
    const reply: Reply = {
      lines: [],
      cards: [
        {
          title: 'T',
          url: null,
          quote: 'Rates *fell* to 5 pct',
          highlights: [
            { start: 0, end: 5 },
            { start: 16, end: 17 },
          ],
          meta: 'm',
          articleId: 'a',
        },
      ],
      actions: [],
    };
    expect(toDiscordMessage(reply).embeds[0]!.description).toBe('**Rates** \\*fell\\* to **5** pct');
    expect(escapeMarkdown('# not a heading\n- nor a list')).toBe('\\# not a heading\n\\- nor a list');
  });

  it('offers "More results" first, and leaves out buttons whose id would be too long', () => {
    const reply: Reply = {
      lines: ['x'],
      cards: [],
      actions: [
        { kind: 'more', next: 'abc:3' },
        { kind: 'article', articleId: 'a'.repeat(120), label: 'Full article 1' },
      ],
    };
    expect(toDiscordMessage(reply).components).toEqual([
      { type: 1, components: [{ type: 2, style: 1, label: 'More results', custom_id: 'more:abc:3' }] },
    ]);
  });

  it('sends a long article in several private messages that each fit', () => {
    const messages = articleMessages(['Title', 'TASS · 2021-11-17', '', ...Array.from({ length: 40 }, () => long(100))]);
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) {
      expect(message.ephemeral).toBe(true);
      const total = message.embeds.reduce(
        (sum, e) => sum + (e.title ?? '').length + (e.description ?? '').length + (e.footer?.text ?? '').length,
        0,
      );
      expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.charactersPerMessage);
    }
  });
});
