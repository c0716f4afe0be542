import { describe, expect, it } from 'vitest';
import { InMemorySpeakerDirectory, quoteIdsBySpeaker, speakerKey } from '../../../src/ingest/quotes/directory.ts';
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
