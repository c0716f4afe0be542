import { afterAll, describe, expect, it } from 'vitest';
import { quotesReply, whoSaidReply } from '../../../src/reply/reply.ts';
import { FIXTURE_CORPUS } from '../../helpers/files.ts';
import { archiveOf as archiveIn, article, jsonLines } from '../../helpers/archive.ts';
import { BACKENDS, closeArchives, openOn } from '../../helpers/backends.ts';

afterAll(closeArchives);

describe.each(BACKENDS)('in %s', (backend) => {
  const fixture = () => openOn(backend, { corpusPaths: [FIXTURE_CORPUS], cacheFile: null });
  const archiveOf = (files: Record<string, string>) => archiveIn(files, {}, backend);

  describe('whosaid', () => {
    it('names who said a phrase, with the exact quote, date and source', async () => {
      const archive = await fixture();
      const page = await archive.whoSaid('the remaining questions are technical');
      expect(page.results[0]).toMatchObject({
        speaker: 'Elena Morozova',
        quote: 'We have agreed on the main points. The remaining questions are technical',
        kind: 'direct',
        article: { id: 'briefing', date: '2023-04-12', source: 'TASS' },
      });
      expect(whoSaidReply(page).lines).toEqual(['Elena Morozova said it.']);
    });

    it('says when the words are no quotation, and shows where they appear', async () => {
      const archive = await fixture();
      const page = await archive.whoSaid('regional security forum opened in Moscow');
      expect(page.results).toEqual([]);
      expect(page.narrative[0]!.article.id).toBe('https://tass.com/politics/1000002');
      expect(whoSaidReply(page).lines[0]).toMatch(/^Nobody is quoted saying that/);
    });

    it('shows the best few when several people said something similar', async () => {
      const archive = await archiveOf({
        'a.jsonl': jsonLines([
          article({ id: 'a1', date: '1987-01-05', title: 'A', text: '"Rates must come down soon," central bank governor Karl Otto said.' }),
          article({ id: 'a2', date: '1987-02-05', title: 'B', text: '"Rates must come down, and soon," finance minister Ana Ruiz said.' }),
        ]),
      });
      const speakers = (await archive.whoSaid('rates must come down')).results.map((r) => r.speaker);
      expect(speakers.sort()).toEqual(['Ana Ruiz', 'Karl Otto']);
    });

    it('shows only who said the words as written when anybody did, and says when the words are only like it', async () => {
      const quoted = (id: string, text: string) => article({ id, date: '1987-01-05', title: id, text });
      const archive = await archiveOf({
        'a.jsonl': jsonLines([
          quoted('a1', '"There are no plans to suspend trading," exchange president Jun Sato said.'),
          quoted('a2', '"We have no plans to suspend exports now," oil minister Ana Ruiz said.'),
          quoted('a3', '"Trading goes on, and there are no plans to suspend it," broker Lee Chan said.'),
        ]),
      });
      const exact = await archive.whoSaid('no plans to suspend trading');
      expect(exact.results.map((r) => r.speaker)).toEqual(['Jun Sato']);
      expect(whoSaidReply(exact).lines).toEqual(['Jun Sato said it.']);
      const like = await archive.whoSaid('no plans to suspend the exports');
      expect(like.results.map((r) => r.speaker)).toEqual(['Ana Ruiz']);
      expect(whoSaidReply(like).lines).toEqual(['Ana Ruiz said something like it.']);
    });

    it('finds a quotation among many passages of reporting with the same words', async () => {
      const reporting = Array.from({ length: 400 }, (_, i) =>
        article({ id: `r${i}`, date: '1987-01-02', title: 'RATES', text: `Rates must come down, analysts wrote in note ${i}.` }),
      );
      const archive = await archiveOf({
        'a.jsonl': jsonLines([
          ...reporting,
          article({ id: 'q', date: '1987-03-05', title: 'Q', text: '"Rates must come down," finance minister Ana Ruiz said.' }),
        ]),
      });
      expect((await archive.whoSaid('rates must come down')).results.map((r) => r.speaker)).toEqual(['Ana Ruiz']);
    });
  });

  describe('quotes and speakers', () => {
    it("lists a speaker's quotes newest first, by surname or full name, and by topic", async () => {
      const archive = await archiveOf({
        'a.jsonl': jsonLines([
          article({ id: 'old', date: '1987-01-05', title: 'Old', text: '"Coffee quotas are dead," trade minister Ana Ruiz said.' }),
          article({ id: 'new', date: '1987-06-05', title: 'New', text: '"Cocoa prices will recover," Ana Ruiz said.' }),
          article({ id: 'other', date: '1987-03-05', title: 'Other', text: '"Sugar is cheap," analyst Tom Berg said.' }),
        ]),
      });
      expect((await archive.quotes({ speaker: 'Ruiz' })).results.map((r) => r.article.id)).toEqual(['new', 'old']);
      expect((await archive.quotes({ speaker: 'ana ruiz', about: 'coffee quotas' })).results.map((r) => r.article.id)).toEqual(['old']);
      expect((await archive.quotes({ speaker: 'Ruiz', from: '1987-03' })).results.map((r) => r.article.id)).toEqual(['new']);
      await expect(archive.quotes({ speaker: 'Nobody' })).rejects.toThrow(/nobody named "Nobody" is quoted/);
    });

    it('shows and counts once the words in quote marks within reported speech, inside the reported speech', async () => {
      const text =
        'According to Foreign Minister Sergey Lavrov, such formats "really create alternative platforms for access to information" in the global South.';
      const archive = await archiveOf({ 'a.jsonl': jsonLines([article({ id: 'a', date: '1987-01-05', title: 'A', text })]) });
      const quotes = (await archive.quotes({ speaker: 'Lavrov' })).results.map((r) => r.quote);
      expect(quotes).toHaveLength(1);
      expect(quotes[0]).toMatch(/^such formats "really create alternative platforms/);
      expect((await archive.speakers('Lavrov')).map((s) => s.quotes)).toEqual([1]);
    });

    it('ranks speakers by quotes, for autocomplete: at most 25, names of at most 100 characters', async () => {
      const archive = await fixture();
      const speakers = await archive.speakers();
      expect(speakers.length).toBeLessThanOrEqual(25);
      expect(speakers.map((s) => s.name)).toEqual(expect.arrayContaining(['Elena Morozova', 'Somchai Wong', 'Pavel Orlov']));
      expect((await archive.speakers('mor')).map((s) => s.name)).toEqual(['Elena Morozova']);
      expect(speakers[0]!.quotes).toBeGreaterThanOrEqual(speakers.at(-1)!.quotes);
    });

    it('groups a surname under the one full name that ends with it, and shows each quotation by the name its article gives', async () => {
      const archive = await archiveOf({
        'a.jsonl': jsonLines([
          article({ id: 'full', date: '1987-01-05', title: 'A', text: '"Coffee quotas are dead," trade minister Ana Ruiz said.' }),
          article({ id: 'surname', date: '1987-02-05', title: 'B', text: '"Cocoa prices will recover," Minister Ruiz said.' }),
        ]),
      });
      expect((await archive.speakers()).map((s) => [s.name, s.quotes])).toEqual([['Ana Ruiz', 2]]);
      const page = await archive.quotes({ speaker: 'Ana Ruiz' });
      expect(page.results.map((r) => [r.article.id, r.speaker])).toEqual([
        ['surname', 'Ruiz'],
        ['full', 'Ana Ruiz'],
      ]);
      expect((await archive.allQuotes()).map((q) => q.speaker)).toEqual(['Ana Ruiz', 'Ruiz']);
      expect((await archive.whoSaid('cocoa prices will recover')).results.map((r) => r.speaker)).toEqual(['Ruiz']);
    });

    /** Two people quoted by their full names, who share a surname. */
    const SMITHS = [
      article({ id: 'a', date: '1987-01-05', title: 'A', text: '"Yes," economist John Smith said.' }),
      article({ id: 'b', date: '1987-01-06', title: 'B', text: '"No," banker Mary Smith said.' }),
    ];

    it('keeps two people who share a surname apart', async () => {
      const archive = await archiveOf({ 'a.jsonl': jsonLines(SMITHS) });
      expect((await archive.speakers()).map((s) => s.name).sort()).toEqual(['John Smith', 'Mary Smith']);
      await expect(archive.quotes({ speaker: 'Smith' })).rejects.toThrow(/could be .*Smith.*Smith; give the full name/);
    });

    it('names, beside the quotes of a surname alone, the people quoted by their full names who share it', async () => {
      const bySurname = article({ id: 'c', date: '1987-01-07', title: 'C', text: '"Maybe," Smith said.' });
      const archive = await archiveOf({ 'a.jsonl': jsonLines([...SMITHS, bySurname]) });
      const page = await archive.quotes({ speaker: 'Smith' });
      expect(page.results.map((r) => r.article.id)).toEqual(['c']);
      expect(page.namesakes.map((s) => s.name)).toEqual(['John Smith', 'Mary Smith']);
      expect(quotesReply(page).lines).toContain(
        'Also quoted by that surname: John Smith (1), Mary Smith (1). Give the full name for theirs.',
      );
      expect((await archive.quotes({ speaker: 'John Smith' })).namesakes).toEqual([]);
    });
  });
});
