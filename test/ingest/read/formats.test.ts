import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../../src/ingest/read/loader.ts';
import { parseTextArticle } from '../../../src/ingest/read/formats/text.ts';
import { FIXTURE_CORPUS, folderWith } from '../../helpers/files.ts';

describe('plain text articles', () => {
  it('reads header lines, then paragraphs separated by blank lines', () => {
    const fields = parseTextArticle('date 2023-04-12\ntitle A title\nsource Interfax\nurl https://x.org/1\nFirst.\n\nSecond.');
    expect(fields).toEqual({ date: '2023-04-12', title: 'A title', source: 'Interfax', url: 'https://x.org/1', text: 'First.\n\nSecond.' });
  });

  it('reads a date that shares its line with the text, as in the reference article', () => {
    const fields = parseTextArticle(' date 2021-11-17 MOSCOW, November 17. /TASS/. Warsaw’s attempts');
    expect(fields.date).toBe('2021-11-17');
    expect(fields.text).toBe('MOSCOW, November 17. /TASS/. Warsaw’s attempts');
  });

  it('takes a headline line opening the text for its title, as web stories are saved', () => {
    const story = 'Ad sales boost Time Warner profit\n\nQuarterly profits at US media giant TimeWarner jumped 76%.\n\nMore.';
    expect(parseTextArticle(story)).toEqual({
      title: 'Ad sales boost Time Warner profit',
      text: 'Quarterly profits at US media giant TimeWarner jumped 76%.\n\nMore.',
    });
    // A first paragraph that ends a sentence, a dateline on its own line, or a title given in the header stay text.
    expect(parseTextArticle('Profits jumped.\n\nMore.').title).toBeUndefined();
    expect(parseTextArticle('MOSCOW, November 17\n\nTalks went on.')).toEqual({ text: 'MOSCOW, November 17\n\nTalks went on.' });
    expect(parseTextArticle('title Given\nA second headline\n\nBody.')).toEqual({ title: 'Given', text: 'A second headline\n\nBody.' });
  });

  it('takes a word like "dated" in the text for text, not a header', () => {
    expect(parseTextArticle('dated documents were found.').text).toBe('dated documents were found.');
  });

  it('loads the fixture article with its id from the file name, dateline place and agency', async () => {
    const { articles, issues } = await loadArticles([path.join(FIXTURE_CORPUS, 'briefing.txt')]);
    expect(issues).toEqual([]);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({
      id: 'briefing',
      date: '2023-04-12',
      source: 'TASS',
      dateline: 'MOSCOW',
      title: 'Spokeswoman calls grain corridor talks productive',
    });
    expect(articles[0]!.paragraphs).toHaveLength(4);
  });
});

describe('JSON exports', () => {
  it('reads an array of scraper records whose content is an array of paragraphs', async () => {
    const { articles } = await loadArticles([path.join(FIXTURE_CORPUS, 'export.json')]);
    expect(articles.map((a) => a.id)).toEqual(['https://tass.com/politics/1000001', 'https://tass.com/politics/1000002']);
    expect(articles[0]).toMatchObject({
      date: '2024-12-20T18:30:00',
      source: 'TASS',
      dateline: 'MOSCOW',
      url: 'https://tass.com/politics/1000001',
    });
    expect(articles[0]!.paragraphs).toHaveLength(3);
    expect(articles[0]!.origin).toEqual({ file: path.join(FIXTURE_CORPUS, 'export.json'), line: 2 });
  });

  it.each(['articles', 'items', 'data'])('reads the list held under "%s"', async (key) => {
    const dir = await folderWith({ 'a.json': JSON.stringify({ meta: {}, [key]: [{ id: 'x1', text: 'Hello there.' }] }) });
    const { articles, issues } = await loadArticles([dir]);
    expect(issues).toEqual([]);
    expect(articles.map((a) => a.id)).toEqual(['x1']);
  });

  it('reads a single article object, matching field names case-insensitively', async () => {
    const dir = await folderWith({
      'one.json': JSON.stringify({ Headline: 'H', PubDate: 'Thu, 26 Feb 1987 15:01:01 GMT', Body: 'One.\n\nTwo.', Publisher: 'AP' }),
    });
    const { articles } = await loadArticles([dir]);
    expect(articles[0]).toMatchObject({ id: 'one', title: 'H', date: '1987-02-26T15:01:01Z', source: 'AP', paragraphs: ['One.', 'Two.'] });
  });
});

describe('scrapers’ own field names', () => {
  it('reads news-please records and news CSV dumps as they come', async () => {
    const newsPlease = {
      title: 'Dollar gains on Greenspan speech',
      date_publish: '2005-01-14 09:30:00',
      maintext: 'The dollar has hit its highest level against the euro.\n\nTraders welcomed the remarks.',
      url: 'https://news.example.com/business/4171',
      source_domain: 'news.example.com',
    };
    const dump =
      'id,title,publication,author,date,content\n17283,House Republicans Fret,New York Times,Carl Hulse,2016-12-31,"WASHINGTON — Congressional Republicans have a new fear."\n';
    const dir = await folderWith({ 'np.json': JSON.stringify(newsPlease), 'dump.csv': dump });
    const { articles, issues } = await loadArticles([dir]);
    expect(issues).toEqual([]);
    const byId = new Map(articles.map((a) => [a.id, a]));
    expect(byId.get('https://news.example.com/business/4171')).toMatchObject({
      date: '2005-01-14T09:30:00',
      paragraphs: ['The dollar has hit its highest level against the euro.', 'Traders welcomed the remarks.'],
    });
    expect(byId.get('17283')).toMatchObject({ source: 'New York Times', date: '2016-12-31', title: 'House Republicans Fret' });
  });
});

describe('JSON Lines', () => {
  it('reads one article per line, with the dateline place from its field', async () => {
    const { articles, issues } = await loadArticles([path.join(FIXTURE_CORPUS, 'wire.jsonl')]);
    expect(issues).toEqual([]);
    expect(articles.map((a) => [a.id, a.origin.line])).toEqual([
      ['wire-1', 1],
      ['wire-2', 2],
      ['wire-3', 3],
    ]);
    expect(articles[1]).toMatchObject({ source: 'Reuters', dateline: 'SAN JOSE', date: '1987-03-05T08:00:00Z' });
  });

  it('accepts the .ndjson extension, CRLF line ends and a byte order mark', async () => {
    const dir = await folderWith({ 'a.ndjson': '\uFEFF{"id":"a","text":"A."}\r\n\r\n{"id":"b","text":"B."}\r\n' });
    const { articles, issues } = await loadArticles([dir]);
    expect(issues).toEqual([]);
    expect(articles.map((a) => a.id)).toEqual(['a', 'b']);
  });
});

describe('CSV', () => {
  it('reads RFC 4180 rows with quoted fields and doubled quotes', async () => {
    const { articles, issues } = await loadArticles([path.join(FIXTURE_CORPUS, 'export.csv')]);
    expect(issues).toEqual([]);
    expect(articles).toHaveLength(2);
    expect(articles[1]!.paragraphs[0]).toContain('"Security in the region is indivisible,"');
    expect(articles[1]).toMatchObject({ id: 'https://tass.com/politics/1000002', source: 'TASS', origin: { line: 3 } });
  });

  it('reads fields that span lines and reports rows by their first line', async () => {
    const dir = await folderWith({ 'a.csv': 'id,text\nx,"one\ntwo"\ny,three\n' });
    const { articles } = await loadArticles([dir]);
    expect(articles.map((a) => [a.id, a.origin.line])).toEqual([
      ['x', 2],
      ['y', 4],
    ]);
  });
});

describe('folders', () => {
  it('reads folders recursively, passing over READMEs, licences and other formats', async () => {
    const dir = await folderWith({
      'README.md': '# About this folder',
      LICENSE: 'MIT',
      'notes.pdf': 'x',
      'deep/er/a.txt': 'date 2020-01-01\nText.',
      '.hidden/b.txt': 'Hidden.',
    });
    const { articles, issues, files } = await loadArticles([dir]);
    expect(issues).toEqual([]);
    expect(files).toHaveLength(1);
    expect(articles.map((a) => a.id)).toEqual(['deep/er/a']);
  });

  it('reads each file once when links make a loop, and reports the loop once', async () => {
    const files = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`news/${String(i).padStart(3, '0')}.txt`, `Story ${i} text.`]));
    const dir = await folderWith(files);
    await symlink(dir, path.join(dir, 'news', 'back-to-top'));
    await symlink(path.join(dir, 'news'), path.join(dir, 'news-again'));
    const result = await loadArticles([dir]);
    expect(result.articles).toHaveLength(50);
    expect(result.dropped).toEqual([]);
    expect(result.issues).toEqual([
      { file: path.join(dir, 'news', 'back-to-top'), message: expect.stringMatching(/a link back to .*\(a loop\); not followed$/) },
    ]);
  });

  it('loads the whole fixture corpus, the CSV rows counted as duplicates of the richer JSON export', async () => {
    const result = await loadArticles([FIXTURE_CORPUS]);
    expect(result.issues).toEqual([]);
    expect(result.articles).toHaveLength(6);
    expect(result.dropped.length).toBe(2);
    const budget = result.articles.find((a) => a.id === 'https://tass.com/politics/1000001')!;
    expect(budget.paragraphs).toHaveLength(3);
  });
});
