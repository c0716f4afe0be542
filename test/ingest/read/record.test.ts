import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toArticle } from '../../../src/ingest/read/record.ts';
import { normalizeDate } from '../../../src/ingest/read/dates.ts';
import { parseDateline } from '../../../src/ingest/read/dateline.ts';
import { sourceFromUrl } from '../../../src/ingest/read/source.ts';
import { loadArticles } from '../../../src/ingest/read/loader.ts';
import { folderWith, REFERENCE_CORPUS } from '../../helpers/files.ts';

const at = { file: 'corpus/feed/items.jsonl', name: 'feed/items.jsonl', line: 7, singleArticleFile: false };

function article(record: unknown, context = at) {
  const result = toArticle(record, context);
  if (!('article' in result)) throw new Error(result.issue.message);
  return result.article;
}

describe('datelines', () => {
  it.each([
    ['MOSCOW, November 17. /TASS/. Warsaw’s attempts', { place: 'MOSCOW', agency: 'TASS' }, 'Warsaw’s attempts'],
    ['IGORA /Leningrad Region/, December 26. /TASS/. Russia could', { place: 'IGORA /Leningrad Region/', agency: 'TASS' }, 'Russia could'],
    ['SALVADOR, Feb 26 - Showers continued', { place: 'SALVADOR', agency: null }, 'Showers continued'],
    ['NEW YORK, March 3 - Shares fell', { place: 'NEW YORK', agency: null }, 'Shares fell'],
  ])('reads %j', (text, expected, rest) => {
    const dateline = parseDateline(text)!;
    expect(dateline).toMatchObject(expected);
    expect(text.slice(dateline.length)).toBe(rest);
  });

  it('finds no dateline in ordinary text', () => {
    expect(parseDateline('Showers continued throughout the week.')).toBeNull();
    expect(parseDateline('The U.S., Japan and others agreed.')).toBeNull();
  });
});

describe('dates', () => {
  it.each([
    ['2021-11-17', '2021-11-17'],
    ['2024-12-26 21:09:18', '2024-12-26T21:09:18'],
    ['1987-02-26T15:01:01Z', '1987-02-26T15:01:01Z'],
    ['1987-02-26T15:01+02:00', '1987-02-26T15:01:00+02:00'],
    ['Thu, 26 Feb 1987 15:01:01 GMT', '1987-02-26T15:01:01Z'],
    ['February 26, 1987', '1987-02-26'],
  ])('normalizes %j to %j', (raw, iso) => expect(normalizeDate(raw)).toBe(iso));

  it.each(['2021-02-30', '2021-13-01', 'yesterday', '', 'not a date 1987', '1987-02-26 25:00'])('rejects %j', (raw) => {
    expect(normalizeDate(raw)).toBeNull();
  });

  it('reads Unix timestamps in seconds and milliseconds', () => {
    expect(normalizeDate(541350061)).toBe('1987-02-26T15:01:01Z');
    expect(normalizeDate(541350061000)).toBe('1987-02-26T15:01:01Z');
  });

  it('keeps an article with a date that is not one, counted as undated', async () => {
    const dir = await folderWith({ 'a.jsonl': '{"id":"a","date":"soon","text":"A."}\n{"id":"b","date":"2020-01-02","text":"B."}' });
    const result = await loadArticles([dir]);
    expect(result.articles.map((a) => a.date)).toEqual([null, '2020-01-02']);
    expect(result.undated).toHaveLength(1);
  });
});

describe('text', () => {
  it('reads a feed item that gives a summary alone (title, link, description, pubDate) as an article of that text', () => {
    const item = article({
      title: 'Ad sales boost profit',
      link: 'https://news.example.org/b/1',
      description: 'Profits jumped 76% to $1.13bn.',
      pubDate: 'Tue, 10 Jun 2003 04:00:00 GMT',
    });
    expect(item).toMatchObject({
      title: 'Ad sales boost profit',
      date: '2003-06-10T04:00:00Z',
      paragraphs: ['Profits jumped 76% to $1.13bn.'],
    });
    expect(item.description).toBeNull();
    expect(article({ description: 'A summary.', text: 'The story.' })).toMatchObject({
      description: 'A summary.',
      paragraphs: ['The story.'],
    });
  });
});

describe('sources', () => {
  it('prefers an explicit field, then the dateline tag, then the link, then the folder', () => {
    expect(article({ text: 'MOSCOW, May 1. /TASS/. Text.', source: 'Interfax' }).source).toBe('Interfax');
    expect(article({ text: 'MOSCOW, May 1. /TASS/. Text.', link: 'https://example.org/1' }).source).toBe('TASS');
    expect(article({ text: 'Text.', link: 'https://www.tass.com/world/1' }).source).toBe('TASS');
    expect(article({ text: 'Text.', link: 'https://news.example.org/a' }).source).toBe('news.example.org');
    expect(article({ text: 'Text.' }).source).toBe('feed');
  });

  it('names agencies by their host', () => {
    expect(sourceFromUrl('https://tass.com/politics/1894093')).toBe('TASS');
    expect(sourceFromUrl('https://www.reuters.com/x')).toBe('Reuters');
    expect(sourceFromUrl('not a url')).toBeNull();
  });
});

describe('ids and duplicates', () => {
  it('uses the id field, else the link, else the path within the corpus for one-article files, else path and line', () => {
    expect(article({ id: 'r-1', link: 'https://tass.com/1', text: 'T.' }).id).toBe('r-1');
    expect(article({ link: 'https://tass.com/1', text: 'T.' }).id).toBe('https://tass.com/1');
    expect(article({ text: 'T.' }, { file: 'corpus/a/story.txt', name: 'a/story.txt', line: 1, singleArticleFile: true }).id).toBe(
      'a/story',
    );
    expect(article({ text: 'T.' }).id).toBe('feed/items:7');
  });

  it('keeps every article of an archive laid out in folders by section, though their file names repeat', async () => {
    const files: Record<string, string> = {};
    for (const section of ['business', 'sport', 'tech']) {
      for (const n of ['001', '002']) files[`${section}/${n}.txt`] = `${section} story ${n}\n\nThe ${section} text of story ${n}.`;
    }
    const result = await loadArticles([await folderWith(files)]);
    expect(result.articles.map((a) => a.id)).toEqual(['business/001', 'business/002', 'sport/001', 'sport/002', 'tech/001', 'tech/002']);
    expect(result.dropped).toEqual([]);
  });

  it('keeps two records that name themselves, though their words are the same (a wire service repeat)', async () => {
    const dir = await folderWith({
      'w.jsonl': `${JSON.stringify({ id: 'r1', text: 'Oil fell.' })}\n${JSON.stringify({ id: 'r2', text: 'Oil fell.' })}`,
    });
    const result = await loadArticles([dir]);
    expect(result.articles.map((a) => a.id)).toEqual(['r1', 'r2']);
    expect(result.dropped).toEqual([]);
  });

  it('drops the same text twice in files that give no id, and names what it dropped, where, and what it kept', async () => {
    const dir = await folderWith({
      'a/001.txt': 'Grain prices rose on Monday.',
      'b/001.txt': 'Grain prices rose on Monday.',
      'c.jsonl': `${JSON.stringify({ id: 'x', text: 'Oil fell.' })}\n${JSON.stringify({ id: 'x', text: 'Oil fell sharply.' })}`,
    });
    const result = await loadArticles([dir]);
    expect(result.articles.map((a) => a.id)).toEqual(['a/001', 'x']);
    expect(result.dropped).toEqual([
      { id: 'b/001', file: path.join(dir, 'b/001.txt'), keptAs: 'a/001', sameBy: 'text' },
      { id: 'x', file: path.join(dir, 'c.jsonl'), line: 1, keptAs: 'x', sameBy: 'id' },
    ]);
  });

  it('keeps one article per id or link, the richer one, and counts the duplicate', async () => {
    const flat = { link: 'https://tass.com/9', title: 'T', content: 'One paragraph flattened. Two.' };
    const rich = { link: 'https://tass.com/9', title: 'T', content: ['One paragraph flattened.', 'Two.'] };
    const dir = await folderWith({
      'a.jsonl': `${JSON.stringify(flat)}\n${JSON.stringify({ id: 'z', text: 'Z.' })}\n${JSON.stringify(rich)}\n${JSON.stringify({ id: 'z', text: 'Z again.' })}`,
    });
    const result = await loadArticles([dir]);
    expect(result.dropped.length).toBe(2);
    expect(result.articles.map((a) => [a.id, a.paragraphs.length])).toEqual([
      ['https://tass.com/9', 2],
      ['z', 1],
    ]);
  });

  it('gives the same ids on every load', async () => {
    const dir = await folderWith({ 'a.jsonl': '{"text":"A."}\n{"text":"B."}', 'b.json': '[{"text":"C."}]' });
    const first = (await loadArticles([dir])).articles.map((a) => a.id);
    const second = (await loadArticles([dir])).articles.map((a) => a.id);
    expect(first).toEqual(['a:1', 'a:2', 'b:1']);
    expect(second).toEqual(first);
  });
});

describe('the shipped shapes', () => {
  it('reads the reference article: date, dateline, agency and an id from its file name', async () => {
    const { articles } = await loadArticles([REFERENCE_CORPUS]);
    expect(articles[0]).toMatchObject({ id: '000_c3cf044d26b0359c', date: '2021-11-17', source: 'TASS', dateline: 'MOSCOW' });
    expect(articles[0]!.paragraphs[0]).toMatch(/^MOSCOW, November 17\. \/TASS\/\. Warsaw/);
  });
});
