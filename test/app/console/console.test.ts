import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { ConsoleSession, runConsole } from '../../../src/app/console/console.ts';
import { loadCommands } from '../../../src/app/commands/loader.ts';
import { Archive } from '../../../src/service/archive.ts';
import { renderText } from '../../../src/reply/render-text.ts';
import { FIXTURE_CORPUS, folderWith } from '../../helpers/files.ts';
import { readFile } from 'node:fs/promises';

async function session() {
  const archive = await Archive.open({ corpusPaths: [FIXTURE_CORPUS], cacheFile: null });
  return new ConsoleSession(archive, await loadCommands(), () => {});
}

describe('the console', () => {
  it('runs the bot’s commands from a line, with options as name:value or --name value', async () => {
    const console = await session();
    const reply = await console.run('ask chip plant source:Reuters --from 1987');
    expect(reply.cards[0]!.title).toBe('<ACME> SETS CHIP PLANT');
  });

  it('reads plain words as a chat message: who said, what did X say about Y, or a question', async () => {
    const console = await session();
    expect((await console.run('who said "freedom of navigation"')).lines).toEqual(['Reagan said it.']);
    expect((await console.run('What did Morozova say about the corridor?')).title).toBe('Elena Morozova about “the corridor”');
    expect((await console.run('coffee quotas')).cards[0]!.articleId).toBe('wire-1');
    // A role is nobody to look up: the message is asked as a question, and answered.
    const role = await console.run('What did the foreign ministry spokeswoman say about the corridor?');
    expect(role.cards[0]!.quote).toContain('According to Morozova');
  });

  it('is one conversation: a follow-up reads the question before, until "new" starts afresh', async () => {
    const console = await session();
    await console.run('how much will the acme chip plant cost?');
    const who = await console.run('who said that?');
    expect(who.lines[0]).toBe('Reading “who said that?” as “who said that? (the acme chip plant cost)”.');
    await console.run('What did Morozova say about the corridor?');
    const speaker = await console.run('who said that?');
    expect(speaker.lines[0]).toMatch(/^Reading “who said that\?” as “who said that\? \(Elena Morozova say about the corridor\)”/);
    expect(speaker.cards[0]!.quote).toContain('Foreign Ministry Spokeswoman Elena Morozova said');
    expect((await console.run('new')).lines).toEqual(['A new conversation: the next question stands on its own.']);
    const alone = await console.run('who said that?');
    expect(alone.lines.join('\n')).not.toContain('Reading');
  });

  it('reads a follow-up to "who said" in the story of the quote it showed', async () => {
    const console = await session();
    const said = await console.run('who said "freedom of navigation"');
    const when = await console.run('when?');
    expect(when.lines[0]).toBe('Reading “when?” as “when? ("freedom of navigation")”.');
    expect(when.cards[0]!.articleId).toBe(said.cards[0]!.articleId);
  });

  it('prints a timeline as a sparkline and saves its chart where it says', async () => {
    const archive = await Archive.open({ corpusPaths: [FIXTURE_CORPUS], cacheFile: null });
    const folder = await folderWith({});
    const console = new ConsoleSession(archive, await loadCommands(), () => {}, folder);
    const text = renderText(await console.run('timeline coffee'));
    expect(text).toMatch(/^Articles naming “coffee”/);
    expect(text).toMatch(/peak .* \(\d+\)$/m);
    const saved = /^Chart saved to (.+)$/m.exec(text)?.[1];
    expect(saved?.startsWith(folder)).toBe(true);
    expect((await readFile(saved!)).length).toBeGreaterThan(1000);
  });

  it('continues the last answer with "more" and opens "article N"', async () => {
    const console = await session();
    expect((await console.run('more')).lines).toEqual(['Nothing to continue yet: ask a question first.']);
    await console.run('ask Moscow coffee chip Gulf grain');
    const second = await console.run('more');
    expect(second.footer).toMatch(/^Results 4–/);
    expect(renderText(second)).toMatch(/^4\. /m);
    expect(renderText(second)).not.toMatch(/^1\. /m);
    const article = await console.run('article 4');
    expect(article.lines[0]).toBe(second.cards[0]!.title);
    expect(renderText(article)).toContain(second.cards[0]!.quote);
    expect((await console.run('article 1')).lines[0]).toMatch(/No result 1 to open/);
    expect((await console.run('article 9')).lines[0]).toMatch(/No result 9 to open/);
  });

  it('says there is nothing more after the last result, rather than asking for a question', async () => {
    const console = await session();
    await console.run('ask --limit 10 coffee quotas');
    expect((await console.run('more')).lines).toEqual(['Nothing more to show: that was the last result.']);
  });

  it('explains a bad option instead of failing', async () => {
    const console = await session();
    expect((await console.run('ask --frm 2021 x')).lines).toEqual(['ask has no option "frm" (options: question, source, from, to, limit)']);
    expect((await console.run('whosaid')).lines[0]).toMatch(/whosaid: phrase is required/);
    expect((await console.run('ask oil limit:0')).lines[0]).toBe('limit: expected a whole number from 1 to 10, found "0"');
  });

  it('answers quotes without a speaker with who is quoted most', async () => {
    const console = await session();
    const reply = await console.run('quotes');
    expect(reply.lines[0]).toMatch(/^\d+ quotations by \d+ speakers\.$/);
    expect(reply.lines[1]).toMatch(/^Most quoted: .+ \(\d+\)/);
    expect((await console.run('quotes about:oil')).lines[0]).toBe('speaker: needed with about (whose quotes?)');
  });
});

describe('the console at a terminal', () => {
  /** Runs the console over keys typed at a terminal, as raw bytes; resolves to what it wrote. */
  async function typed(keys: string[]): Promise<string> {
    const archive = await Archive.open({ corpusPaths: [FIXTURE_CORPUS], cacheFile: null });
    const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => stdin }) as unknown as NodeJS.ReadStream;
    const stdout = Object.assign(new PassThrough(), { isTTY: false, columns: 80 }) as unknown as NodeJS.WriteStream;
    let out = '';
    stdout.on('data', (chunk) => (out += chunk));
    const done = runConsole(archive, { stdin, stdout, stderr: stdout });
    for (const key of keys) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      stdin.write(key);
    }
    expect(await done).toBe(0);
    return out;
  }

  it('drops a half-typed line on Ctrl-C and goes on; Ctrl-C on an empty line ends it', async () => {
    const out = await typed(['ask coffee quo', '\x03', 'stats\r', '\x03']);
    expect(out).toContain('^C');
    expect(out).toMatch(/Articles: \d+/);
    expect(out).not.toContain('coffee quostats');
  });
});
