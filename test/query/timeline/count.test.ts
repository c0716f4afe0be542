import { beforeAll, describe, expect, it } from 'vitest';
import { Archive } from '../../../src/service/archive.ts';
import { countTimeline } from '../../../src/query/timeline/count.ts';
import { InputError } from '../../../src/model/errors.ts';
import { folderWith } from '../../helpers/files.ts';
import { type ArticleFields, archiveOf, jsonLines } from '../../helpers/archive.ts';

const ARTICLES: ArticleFields[] = [
  { id: 'jan', date: '1987-01-20', text: 'Cocoa prices fell. Cocoa traders said cocoa stocks were high.' },
  { id: 'jan-tass', date: '1987-01-25', source: 'TASS', text: 'Soviet cocoa imports rose, the ministry said.' },
  { id: 'apr', date: '1987-04-02', text: '"The buffer stock will buy cocoa," Kobena Erbynn said.' },
  { id: 'apr-2', date: '1987-04-09', text: 'The cocoa buffer stock started buying, Kobena Erbynn said in London.' },
  { id: 'coffee', date: '1987-02-10', text: 'Coffee prices rose on the buffer stock news.' },
  { id: 'undated', date: '', text: 'Cocoa growers met.' },
];

let archive: Archive;

beforeAll(async () => {
  const lines = jsonLines(ARTICLES);
  // The same record twice: the archive drops the second, so it counts once.
  archive = await Archive.open({
    corpusPaths: [await folderWith({ 'a.jsonl': `${lines}\n${jsonLines([ARTICLES[0]!])}` }, 'suite')],
    cacheFile: null,
  });
});

const count = (request: Parameters<typeof countTimeline>[1]) => countTimeline(archive.snapshot(), request);

describe('counting a timeline', () => {
  it('counts each matching article once, in every period between the first and the last, zeros included', async () => {
    const timeline = await count({ query: 'cocoa', by: 'month' });
    expect(timeline.buckets).toEqual([
      { start: '1987-01', count: 2, sources: { Reuters: 1, TASS: 1 } },
      { start: '1987-02', count: 0, sources: {} },
      { start: '1987-03', count: 0, sources: {} },
      { start: '1987-04', count: 2, sources: { Reuters: 2 } },
    ]);
    expect(timeline.total).toBe(4);
    expect(timeline.undated).toBe(1);
  });

  it('matches every word of the query in any indexed form, or a quoted phrase as written', async () => {
    expect((await count({ query: 'buffer stocks' })).total).toBe(3);
    expect((await count({ query: '"buffer stock will"' })).total).toBe(1);
    expect((await count({ query: 'cocoa coffee' })).total).toBe(0);
  });

  it("counts a country's initials in a quoted phrase however the story writes them", async () => {
    const texts = ['The U.S. trade deficit widened.', 'The US trade deficit narrowed.', 'The trade deficit with us narrowed.'];
    const trade = await Archive.open({
      corpusPaths: [
        await folderWith({ 'a.jsonl': jsonLines(texts.map((text, i) => ({ id: `t${i}`, date: `1987-0${i + 1}-01`, text }))) }, 'test'),
      ],
      cacheFile: null,
    });
    expect((await countTimeline(trade.snapshot(), { query: '"US trade"' })).total).toBe(2);
    expect((await countTimeline(trade.snapshot(), { query: '"U.S. trade deficit"' })).total).toBe(2);
  });

  it('honours the source and date filters', async () => {
    expect((await count({ query: 'cocoa', source: 'TASS' })).total).toBe(1);
    expect((await count({ query: 'cocoa', from: '1987-02' })).buckets.map((b) => b.start)).toEqual([
      '1987-04-02',
      '1987-04-03',
      '1987-04-04',
      '1987-04-05',
      '1987-04-06',
      '1987-04-07',
      '1987-04-08',
      '1987-04-09',
    ]);
  });

  it('chooses the period from the span', async () => {
    expect((await count({ query: 'cocoa' })).by).toBe('week');
    expect((await count({ query: 'buffer', from: '1987-04' })).by).toBe('day');
    expect((await count({ query: 'cocoa', by: 'year' })).buckets).toEqual([{ start: '1987', count: 4, sources: { Reuters: 3, TASS: 1 } }]);
  });

  it('counts by a longer period than the one asked for when that would draw too many bars, and says so', async () => {
    const zinc = await archiveOf({
      'z.jsonl': jsonLines([
        { id: 'a', date: '1987-01-01', text: 'Zinc.' },
        { id: 'b', date: '1989-06-01', text: 'Zinc.' },
      ]),
    });
    const timeline = await countTimeline(zinc.snapshot(), { query: 'zinc', by: 'day' });
    expect(timeline.by).toBe('week');
    expect(timeline.note).toBe('By day, the span would take more than 400 bars; counted by week.');
    expect(timeline.buckets).toHaveLength(127);
  });

  it("counts a speaker's quotations instead, on the topic when a query is given, and names the most quoted", async () => {
    const quotes = await count({ speaker: 'Kobena Erbynn' });
    expect(quotes).toMatchObject({ counts: 'quotations', total: 2 });
    expect((await count({ speaker: 'Erbynn', query: 'london' })).total).toBe(1);
    expect((await count({ query: 'cocoa' })).speakers[0]).toEqual({ name: 'Kobena Erbynn', quotes: 2 });
  });

  it("counts a speaker's words in quote marks inside their reported speech as the one thing they said", async () => {
    const quoted = await archiveOf({
      'a.jsonl': jsonLines([
        { id: 'may', date: '1987-05-04', text: 'Kobena Erbynn said the buffer stock would "buy cocoa when prices fall" this year.' },
        { id: 'jun', date: '1987-06-01', text: '"Stocks are ample," Kobena Erbynn said.' },
      ]),
    });
    const timeline = await countTimeline(quoted.snapshot(), { speaker: 'Kobena Erbynn', by: 'month' });
    expect(timeline.buckets.map((bucket) => [bucket.start, bucket.count])).toEqual([
      ['1987-05', 1],
      ['1987-06', 1],
    ]);
    expect(timeline.total).toBe(2);
    expect((await countTimeline(quoted.snapshot(), { query: 'cocoa' })).speakers).toEqual([{ name: 'Kobena Erbynn', quotes: 1 }]);
  });

  it('reads a misspelt word of the query as the archive writes it, and says so', async () => {
    const timeline = await archive.timeline({ query: 'cocao', by: 'month' });
    expect(timeline.notes).toEqual(['Reading “cocao” as “cocoa”.']);
    expect(timeline.total).toBe(4);
  });

  it('refuses a query of common words, an unknown period or speaker, naming the option', async () => {
    await expect(count({ query: 'the of' })).rejects.toThrow(/^query: .*only common words/);
    await expect(count({ query: 'cocoa', by: 'fortnight' })).rejects.toThrow(
      new InputError('by: "fortnight" is not a period (expected day, week, month, year)'),
    );
    await expect(count({ speaker: 'Nobody Atall' })).rejects.toThrow(/^speaker: nobody named/);
    await expect(count({})).rejects.toThrow(/^query: give the words/);
  });
});
