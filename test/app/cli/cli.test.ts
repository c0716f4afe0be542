import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/app/cli/cli.ts';
import { captureIo } from '../../helpers/io.ts';
import { FIXTURE_CORPUS, REFERENCE_CORPUS, folderWith } from '../../helpers/files.ts';

const NO_CACHE = { INDEX_CACHE: 'off' };

async function cli(args: string[], input: string[] = [], env: Record<string, string> = NO_CACHE) {
  const io = captureIo(env, input);
  const code = await runCli(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('dateline ask', () => {
  it('answers with quoted passages in the documented JSON shape', async () => {
    const { code, out } = await cli(['ask', '--json', '--corpus', FIXTURE_CORPUS, 'When will the Acme chip plant begin production?']);
    expect(code).toBe(0);
    const answer = JSON.parse(out);
    expect(answer.question).toBe('When will the Acme chip plant begin production?');
    const [first] = answer.results;
    expect(first.article).toEqual({
      id: 'wire-2',
      title: '<ACME> SETS CHIP PLANT',
      date: '1987-03-05T08:00:00Z',
      source: 'Reuters',
      url: null,
      dateline: 'SAN JOSE',
    });
    expect(first.passage).toContain('begin production in about 18 months');
    expect(first.passage).toContain(first.quote.replace(/^… |\s…$/g, ''));
    expect(typeof first.score).toBe('number');
  });

  it('applies --source, --from and --to', async () => {
    const { out } = await cli([
      'ask',
      '--json',
      '--corpus',
      FIXTURE_CORPUS,
      '--source',
      'TASS',
      '--from',
      '2024-12',
      'Moscow security forum',
    ]);
    const ids = JSON.parse(out).results.map((r: { article: { id: string } }) => r.article.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id: string) => id.startsWith('https://tass.com/'))).toBe(true);
  });

  it('reads questions from standard input, one JSON line per answer, a bad one getting an error line', async () => {
    const { code, out } = await cli(['ask', '--corpus', FIXTURE_CORPUS], ['coffee quotas', '', 'x'.repeat(600), 'grain corridor talks']);
    expect(code).toBe(0);
    const lines = out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(lines[0].results[0].article.id).toBe('wire-1');
    expect(lines[1].error).toMatch(/too long/);
    expect(lines[2].results[0].article.id).toBe('briefing');
  });

  it('reads conversations from JSON Lines with --conversation, each follow-up in the context of its own conversation', async () => {
    const turns = [
      { conversation: 'a', question: 'how much will the acme chip plant cost?' },
      { conversation: 'b', question: 'who said that?' },
      { conversation: 'a', question: 'who said that?' },
      'not json',
      { conversation: 'a' },
    ];
    const { code, out } = await cli(
      ['ask', '--conversation', '--corpus', FIXTURE_CORPUS],
      turns.map((t) => (typeof t === 'string' ? t : JSON.stringify(t))),
    );
    expect(code).toBe(0);
    const lines = out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatchObject({ conversation: 'a', understood: 'how much will the acme chip plant cost?' });
    expect(lines[1]).toMatchObject({ conversation: 'b', understood: 'who said that?' });
    expect(lines[2].understood).toBe('who said that? (the acme chip plant cost)');
    expect(lines[2].results[0].quote).toContain('chairman Robert Lane told reporters');
    expect(lines[3]).toEqual({ line: 4, error: expect.stringMatching(/^line 4: not JSON/) });
    expect(lines[4].error).toMatch(/^line 5: "question" is missing/);
  });

  it('refuses --conversation for a command other than ask, or with a question on the line', async () => {
    expect((await cli(['whosaid', '--conversation', '--corpus', FIXTURE_CORPUS])).err).toMatch(/--conversation: only ask/);
    expect((await cli(['ask', '--conversation', '--corpus', FIXTURE_CORPUS, 'chip plant'])).code).toBe(2);
  });

  it('prints readable text by default', async () => {
    const { out } = await cli(['ask', '--corpus', FIXTURE_CORPUS, '--limit', '1', 'coffee quotas']);
    expect(out).toContain('COFFEE EXPORTERS OPPOSE NEW QUOTAS');
    expect(out).toContain('Reuters · 1987-03-02 · BANGKOK');
  });
});

describe('dateline timeline', () => {
  it('writes the counts as JSON, every period between the first and the last, and the chart with --out', async () => {
    const dir = await folderWith({});
    const out = path.join(dir, 'coffee.png');
    const { code, out: json, err } = await cli(['timeline', '--json', '--out', out, '--by', 'month', '--corpus', FIXTURE_CORPUS, 'coffee']);
    expect(code).toBe(0);
    const timeline = JSON.parse(json);
    expect(timeline).toMatchObject({ query: 'coffee', by: 'month' });
    expect(timeline.total).toBe(timeline.buckets.reduce((sum: number, b: { count: number }) => sum + b.count, 0));
    expect(timeline.buckets[0]).toEqual({
      start: expect.stringMatching(/^\d{4}-\d{2}$/),
      count: expect.any(Number),
      sources: expect.any(Object),
    });
    expect(err).toContain(`Chart saved to ${out}`);
    expect((await readFile(out)).subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('refuses --out for a command that draws nothing', async () => {
    const { code, err } = await cli(['ask', '--out', 'x.png', '--corpus', FIXTURE_CORPUS, 'coffee']);
    expect(code).toBe(2);
    expect(err).toContain('--out: this command draws no picture (timeline does)');
  });
});

describe('usage errors exit with 2 and name the option', () => {
  it.each([
    [['ask', '--frm', '1987', 'q'], /Unknown option '--frm'/],
    [['ask', '--from', '1987-13', 'q'], /from: "1987-13" is not a real date/],
    [['ask', '--from', 'last week', 'q'], /from: "last week" is not a date \(expected YYYY, YYYY-MM or YYYY-MM-DD\)/],
    [['ask', '--limit', '0', 'q'], /limit: expected a whole number from 1 to 10, found "0"/],
    [['ask', '--limit', 'many', 'q'], /limit: expected a whole number from 1 to 10, found "many"/],
    [['quotes', '--about', 'oil'], /speaker: needed with about \(whose quotes\?\)/],
    [['stats', 'extra words'], /stats takes no free text \("extra words"\)/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('%j', async (args, message) => {
    const { code, err } = await cli([...args, '--corpus', FIXTURE_CORPUS, '--quiet']);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });
});

describe('dateline stats', () => {
  it('exits with 1 when nothing could be loaded', async () => {
    const empty = await folderWith({ 'README.md': 'nothing here' });
    const { code, err } = await cli(['stats', '--corpus', empty]);
    expect(code).toBe(1);
    expect(err).toMatch(/no articles could be loaded/);
  });

  it('reports errors with their locations and still succeeds', async () => {
    const dir = await folderWith({ 'a.jsonl': '{"id":"a","text":"Fine."}\n{oops' });
    const { code, out, err } = await cli(['stats', '--json', '--corpus', dir]);
    expect(code).toBe(0);
    expect(JSON.parse(out).issues).toEqual([
      { file: path.join(dir, 'a.jsonl'), line: 2, message: expect.stringMatching(/^malformed JSON/) },
    ]);
    expect(err).toMatch(/warning: .*a\.jsonl:2: malformed JSON/);
  });
});

describe('who said what on the command line', () => {
  it('whosaid --json names the speaker of the reference article', async () => {
    const { code, out } = await cli(['whosaid', '--json', '--corpus', REFERENCE_CORPUS, 'provocative and dangerous']);
    expect(code).toBe(0);
    expect(JSON.parse(out).results[0]).toMatchObject({
      speaker: 'Maria Zakharova',
      role: 'Russian Foreign Ministry Spokeswoman',
      article: { date: '2021-11-17', source: 'TASS' },
    });
  });

  it('quotes --json with no filter lists every quotation as JSON lines', async () => {
    const { out } = await cli(['quotes', '--json', '--corpus', REFERENCE_CORPUS]);
    const lines = out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.length).toBeGreaterThanOrEqual(5);
    for (const line of lines) expect(Object.keys(line)).toEqual(['article', 'quote', 'speaker', 'role', 'cue', 'kind']);
    expect(lines.filter((l) => l.speaker === 'Maria Zakharova' && l.kind === 'direct')).toHaveLength(5);
    expect(lines.find((l) => l.quote.includes('absolutely groundless'))).toMatchObject({ speaker: 'Maria Zakharova', cue: 'emphasized' });
    expect(lines.at(-1)).toMatchObject({ speaker: 'Alexander Lukashenko', kind: 'indirect', cue: 'said' });
  });

  it('quotes --speaker (or the speaker as text) and speakers --json, one speaker a line', async () => {
    const bySpeaker = (await cli(['quotes', '--json', '--corpus', FIXTURE_CORPUS, '--speaker', 'Reagan'])).out;
    expect((await cli(['quotes', '--json', '--corpus', FIXTURE_CORPUS, 'Reagan'])).out).toBe(bySpeaker);
    const quotes = JSON.parse(bySpeaker);
    expect(quotes).toMatchObject({ speaker: { name: 'Reagan' }, total: 2 });
    expect(quotes.results.map((r: { quote: string; kind: string }) => [r.kind, r.quote]).sort()).toEqual([
      ['direct', 'Freedom of navigation is not negotiable'],
      ['indirect', 'he would discuss keeping Gulf sea lanes open with allied leaders at the Venice summit'],
    ]);
    const speakers = (await cli(['speakers', '--json', '--corpus', FIXTURE_CORPUS, '--prefix', 'or'])).out.trim().split('\n');
    expect(speakers.map((line) => JSON.parse(line).name)).toEqual(['Pavel Orlov']);
  });
});

describe('one definition of every command', () => {
  it('writes its help from the commands themselves: each command, its options, and the options of all', async () => {
    const { code, out } = await cli(['help']);
    expect(code).toBe(0);
    for (const command of ['ask [question]', 'whosaid [phrase]', 'quotes [speaker]', 'speakers [prefix]', 'stats', 'reload', 'console'])
      expect(out).toContain(`  ${command}`);
    expect(out).toMatch(/--limit N\s+How many answers to show at once \(default 3\)/);
    expect(out).toMatch(/--about ABOUT\s+Only quotes on this topic/);
    expect(out).toMatch(/--corpus VALUE\s+A file or folder of articles/);
  });

  it('takes the options every command takes before the command too', async () => {
    const { code, out } = await cli(['--corpus', FIXTURE_CORPUS, '--quiet', 'ask', '--json', 'coffee quotas']);
    expect(code).toBe(0);
    expect(JSON.parse(out).results[0].article.id).toBe('wire-1');
  });

  it('says how to see more where the console would say "more"', async () => {
    const { out } = await cli(['ask', '--corpus', FIXTURE_CORPUS, '--limit', '1', 'talks']);
    expect(out).toMatch(/Results 1–1 of \d+ · for more, raise --limit \(up to 10\) or ask in the console/);
    expect(out).not.toContain('type "more"');
  });
});
