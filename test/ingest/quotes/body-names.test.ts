import { describe, expect, it } from 'vitest';
import { fullerBodyName } from '../../../src/ingest/quotes/body-names.ts';
import { extractQuotes } from '../../../src/ingest/quotes/extract.ts';
import { sentenceBounds } from '../../../src/text/sentences.ts';

describe('the fuller name of a body named in short', () => {
  it('reads an acronym by the initials of a name, with the body word after it', () => {
    const text = 'Car sales rose, but industry giant General Motors Corp <GM> was an exception. GM said so.';
    expect(fullerBodyName(text, 'GM')).toBe('General Motors Corp');
    expect(fullerBodyName(text, 'IBM')).toBeNull();
  });

  it('reads initials joined by "and" as an acronym: S and P, P and O', () => {
    const text = "Standard and Poor's Corp cut the rating. Peninsular and Oriental Steam Navigation Co Plc gained.";
    expect(fullerBodyName(text, 'S and P')).toBe("Standard and Poor's Corp");
    expect(fullerBodyName(text, 'P and O')).toBe('Peninsular and Oriental Steam Navigation Co Plc');
  });

  it('reads a name by its first words when the full name ends in a body word', () => {
    const text = 'National Distillers and Chemical Corp expects a gain. National Distillers paid cash.';
    expect(fullerBodyName(text, 'National Distillers')).toBe('National Distillers and Chemical Corp');
    expect(fullerBodyName('Shares of Acme Metals rose.', 'Acme')).toBeNull();
  });

  it('gives a name without the full stop of the sentence it ends, an abbreviation with its own', () => {
    expect(fullerBodyName('It wrote to the Federal Savings and Loan Insurance Corporation.', 'FSLIC')).toBe(
      'Federal Savings and Loan Insurance Corporation',
    );
    expect(fullerBodyName('The bid came from Acme Metals Co.', 'AMC')).toBe('Acme Metals Co.');
  });

  it('takes no body a person is of for the person', () => {
    expect(fullerBodyName('"It was high," said John Henry of E.F. Hutton Group.', 'John Henry')).toBeNull();
  });

  it('gives a quotation of the short name to the body named in full', () => {
    const paragraphs = [
      'National Distillers and Chemical Corp expects a gain of four dlrs per share from the sale.',
      'National Distillers said it would sell the wine business.',
    ];
    const [quote] = extractQuotes(paragraphs, paragraphs.map(sentenceBounds));
    expect(quote).toMatchObject({ speaker: 'National Distillers and Chemical Corp', speakerType: 'organisation' });
  });
});
