import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { sparkline, timelineJson, timelineReply } from '../../src/reply/timeline.ts';
import { renderText } from '../../src/reply/render-text.ts';
import { toDiscordMessage } from '../../src/reply/render-discord.ts';
import type { TimelinePage } from '../../src/service/archive.ts';

const article = (id: string, date: string) => ({ id, title: id.toUpperCase(), date, source: 'Reuters', url: null, dateline: null });

const page: TimelinePage = {
  query: 'cocoa',
  speaker: null,
  filters: {},
  by: 'month',
  buckets: [
    { start: '1987-02', count: 1, sources: { Reuters: 1 } },
    { start: '1987-03', count: 49, sources: { Reuters: 40, TASS: 9 } },
    { start: '1987-04', count: 0, sources: {} },
    { start: '1987-05', count: 11, sources: { Reuters: 11 } },
  ],
  total: 61,
  counts: 'articles',
  undated: 0,
  speakers: [{ name: 'Kobena Erbynn', quotes: 13 }],
  note: null,
  notes: [],
  peak: { start: '1987-03', count: 49, sources: { Reuters: 40, TASS: 9 } },
  first: article('first', '1987-02-26'),
  last: article('last', '1987-05-20'),
};

/** The distinct colours of a decoded picture. */
function colours(png: PNG): Set<number> {
  const found = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4) found.add(png.data.readUInt32BE(i));
  return found;
}

describe('the timeline reply', () => {
  it('says what was counted, the span, the peak and the most quoted, and links the first and last article', () => {
    const reply = timelineReply(page);
    expect(reply.title).toBe('Articles naming “cocoa”, Feb–May 1987, by month');
    expect(reply.lines).toEqual(['61 articles; peak Mar 1987 (49).', 'Most quoted: Kobena Erbynn (13).']);
    expect(reply.cards.map((c) => c.quote)).toEqual(['The first article', 'The last article']);
    expect(reply.cards.map((c) => c.articleId)).toEqual(['first', 'last']);
    expect(reply.footer).toMatch(/^An article counts once, however often it names the query, when it holds every word/);
    expect(renderText(reply)).toContain('▁█ ▂  peak Mar 1987 (49)');
  });

  it('counts one in the singular, and shows an only article once', () => {
    const one = { ...page, total: 1, buckets: [{ start: '1987-02', count: 1, sources: { Reuters: 1 } }], last: page.first, speakers: [] };
    const reply = timelineReply({ ...one, peak: one.buckets[0]!, undated: 1 });
    expect(reply.lines).toEqual(['1 article; peak Feb 1987 (1). 1 article without a date is not drawn.']);
    expect(reply.cards.map((c) => c.quote)).toEqual(['The only article']);
  });

  it('draws a PNG of a readable size, in more than one colour, well under Discord’s limits', async () => {
    const bytes = await timelineReply(page).image!.render();
    expect(bytes.length).toBeLessThan(500_000);
    const png = PNG.sync.read(Buffer.from(bytes));
    expect(png.width).toBeGreaterThanOrEqual(1200);
    expect(png.height).toBeGreaterThanOrEqual(500);
    // The background, the text, and a colour per source at least.
    expect(colours(png).size).toBeGreaterThan(3);
  });

  it('attaches the picture to the first embed in Discord', () => {
    const payload = toDiscordMessage(timelineReply(page));
    expect(payload.embeds[0]!.image).toEqual({ url: 'attachment://timeline.png' });
    expect(payload.image?.name).toBe('timeline.png');
  });

  it('gives the counts as data, every period included', () => {
    expect(timelineJson(page)).toEqual({ query: 'cocoa', by: 'month', buckets: page.buckets, total: 61 });
  });

  it('says so when nothing dated matches, without a picture', () => {
    const reply = timelineReply({ ...page, buckets: [], total: 0, peak: null, first: null, last: null, undated: 2 });
    expect(reply.image).toBeUndefined();
    expect(reply.lines[0]).toBe(
      'Nothing dated in the archive matches articles naming “cocoa”. 2 undated articles match, which no period holds.',
    );
  });
});

describe('sparklines', () => {
  it('draws counts as bars, zeros as spaces, and sums neighbours of a long series', () => {
    expect(sparkline([1, 8, 0, 4])).toBe('▁█ ▄');
    expect(sparkline(Array.from({ length: 250 }, () => 1))).toHaveLength(84);
  });
});
