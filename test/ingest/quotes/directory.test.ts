import { describe, expect, it } from 'vitest';
import { InMemorySpeakerDirectory, quoteIdsBySpeaker } from '../../../src/ingest/quotes/directory.ts';
import { speakerKey } from '../../../src/ingest/quotes/speaker-names.ts';
import type { SpeakerMention } from '../../../src/model/quote.ts';

describe('quotations by speaker', () => {
  it('lists each speaker’s quotations in archive order, under a key that folds case and accents', () => {
    const quotes = [{ speaker: 'Maria Zakharová' }, { speaker: null }, { speaker: 'Ana Ruiz' }, { speaker: 'maria zakharova' }];
    const ids = quoteIdsBySpeaker(quotes);
    expect(ids.get(speakerKey('Maria Zakharova'))).toEqual([0, 3]);
    expect(ids.get(speakerKey('Ana Ruiz'))).toEqual([2]);
    expect(ids.size).toBe(2);
  });
});

describe('one name per speaker', () => {
  const mention = (speaker: string, speakerType: 'person' | 'organisation', article: number): SpeakerMention => ({
    speaker,
    speakerType,
    role: null,
    article,
    paragraph: 0,
    start: 0,
    end: 10,
  });

  it('names a body with or without its legal form by the form the archive writes most', () => {
    const { directory, canonical } = InMemorySpeakerDirectory.build([
      mention("Standard and Poor's Corp", 'organisation', 0),
      mention("Standard and Poor's", 'organisation', 1),
      mention("Standard and Poor's Corp", 'organisation', 2),
      mention("Standard and Poor's Inc", 'organisation', 3),
      mention('Texaco Canada Inc', 'organisation', 4),
    ]);
    expect(canonical).toEqual([
      "Standard and Poor's Corp",
      "Standard and Poor's Corp",
      "Standard and Poor's Corp",
      "Standard and Poor's Corp",
      'Texaco Canada Inc',
    ]);
    expect(directory.find("Standard and Poor's").map((s) => [s.name, s.quotes])).toEqual([["Standard and Poor's Corp", 4]]);
  });

  it('names a body by its initials where a story quoting both spells them, and everywhere when no other body shares them', () => {
    const { directory, canonical } = InMemorySpeakerDirectory.build([
      mention('Securities and Exchange Commission', 'organisation', 0),
      mention('SEC', 'organisation', 0),
      mention('SEC', 'organisation', 1),
      mention('Environmental Protection Agency', 'organisation', 2),
      mention('EPA', 'organisation', 2),
      mention('Economic Planning Agency', 'organisation', 3),
      mention('EPA', 'organisation', 4),
      mention('OPEC', 'organisation', 5),
    ]);
    expect(canonical).toEqual([
      'Securities and Exchange Commission',
      'Securities and Exchange Commission',
      'Securities and Exchange Commission',
      'Environmental Protection Agency',
      'Environmental Protection Agency',
      'Economic Planning Agency',
      'EPA',
      'OPEC',
    ]);
    expect(directory.find('sec').map((s) => [s.name, s.quotes])).toEqual([['Securities and Exchange Commission', 3]]);
    expect(directory.find('Organization of Petroleum Exporting Countries').map((s) => s.name)).toEqual(['OPEC']);
  });

  it('names a body spelt the British and the American way by the spelling the archive writes most', () => {
    const { canonical } = InMemorySpeakerDirectory.build([
      mention('Organisation for Economic Cooperation and Development', 'organisation', 0),
      mention('Organization for Economic Cooperation and Development', 'organisation', 1),
      mention('Organisation for Economic Cooperation and Development', 'organisation', 2),
    ]);
    expect(new Set(canonical)).toEqual(new Set(['Organisation for Economic Cooperation and Development']));
  });

  it('names a person written with and without a middle initial by the form written most, unless two middles differ', () => {
    const { canonical } = InMemorySpeakerDirectory.build([
      mention('John D. Dingell', 'person', 0),
      mention('John Dingell', 'person', 1),
      mention('John D. Dingell', 'person', 2),
      mention('Dingell', 'person', 3),
      mention('James A. Baker', 'person', 4),
      mention('James B. Baker', 'person', 5),
      mention('James Baker', 'person', 6),
    ]);
    expect(canonical).toEqual([
      'John D. Dingell',
      'John D. Dingell',
      'John D. Dingell',
      'John D. Dingell',
      'James A. Baker',
      'James B. Baker',
      'James Baker',
    ]);
  });

  it('joins a surname alone to the one full name that ends with it, and keeps it apart when two people share it', () => {
    const { canonical } = InMemorySpeakerDirectory.build([
      mention('James Baker', 'person', 0),
      mention('Howard Baker', 'person', 1),
      mention('Baker', 'person', 2),
      mention('Maria Zakharova', 'person', 3),
      mention('Zakharova', 'person', 4),
    ]);
    expect(canonical).toEqual(['James Baker', 'Howard Baker', 'Baker', 'Maria Zakharova', 'Maria Zakharova']);
  });
});
