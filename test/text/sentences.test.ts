import { describe, expect, it } from 'vitest';
import { sentenceBounds, spansOf } from '../../src/text/sentences.ts';

const sentencesOf = (text: string) => [...spansOf(sentenceBounds(text))].map(({ start, end }) => text.slice(start, end));

describe('sentences of wire copy', () => {
  it('never breaks inside a ticker that holds a full stop', () => {
    expect(sentencesOf('Volkswagen AG <VOWG.F> said net profit rose. The shares fell.')).toEqual([
      'Volkswagen AG <VOWG.F> said net profit rose.',
      'The shares fell.',
    ]);
  });

  it('never breaks inside an initialism written with a space', () => {
    expect(sentencesOf('The U .S. government said so. Then it went on.')).toEqual(['The U .S. government said so.', 'Then it went on.']);
  });

  it('still ends a sentence after an initialism when the next one opens', () => {
    expect(sentencesOf('Exports went to the U.S. The company said so.')).toEqual(['Exports went to the U.S.', 'The company said so.']);
  });

  it('goes on after `U.S.` with a preposition or a period of time that wire copy capitalizes', () => {
    expect(sentencesOf('Honda shipped 34,701 vehicles to the U.S. In May, up from a year earlier. Sales rose.')).toEqual([
      'Honda shipped 34,701 vehicles to the U.S. In May, up from a year earlier.',
      'Sales rose.',
    ]);
    expect(sentencesOf('Exports to the U.S. Last year were worth 2.8 billion dlrs. Imports fell.')).toEqual([
      'Exports to the U.S. Last year were worth 2.8 billion dlrs.',
      'Imports fell.',
    ]);
  });

  it('never breaks before a word in lower case: `(R-Kan.) said …`', () => {
    expect(sentencesOf('However, Rep. Pat Roberts (R-Kan.) said the measure would pass. It did.')).toEqual([
      'However, Rep. Pat Roberts (R-Kan.) said the measure would pass.',
      'It did.',
    ]);
  });
});
