import { describe, expect, it } from 'vitest';
import { shiftToKin } from '../../../src/query/conversation/kin.ts';
import { readFollowUp } from '../../../src/query/conversation/follow-up.ts';
import type { Turn } from '../../../src/model/conversation.ts';

const noNames = () => false;
/** The words the archive writes in lower case, in these tests. */
const COMMON = new Set(['exports', 'imports']);
const isCommon = (word: string) => COMMON.has(word);

async function shift(question: string, message: string): Promise<string> {
  const previous: Turn = { question, topic: question, subject: null, shown: { articleId: 'a', quote: '', speaker: null } };
  return (await shiftToKin(readFollowUp(message, previous, noNames), previous, noNames, isCommon)).understood;
}

describe('a shift to a thing of the same kind', () => {
  it('replaces the question’s noun of that kind', async () => {
    expect(await shift('what was the price of gold in london?', 'what about silver?')).toBe('what was the price of silver in london?');
    expect(await shift('how many cars did gm sell in mid-march?', 'and trucks?')).toBe('how many trucks did gm sell in mid-march?');
    expect(await shift('why did the yen rise?', 'and the mark?')).toBe('why did the mark rise?');
    expect(await shift("what was belgium's unemployment rate?", 'and inflation?')).toBe("what was belgium's inflation rate?");
  });

  it('asks a common word with no kin in the question beside it, keeping the subject', async () => {
    expect(await shift("how big was brazil's trade surplus?", 'and exports?')).toBe("how big was brazil's trade surplus (exports)?");
    const previous: Turn = {
      question: "how much is kenya's tea trade with pakistan worth?",
      topic: "how much is kenya's tea trade with pakistan worth?",
      subject: 'kenya',
      shown: { articleId: 'a', quote: '', speaker: null },
    };
    const beside = await shiftToKin(readFollowUp('and imports?', previous, noNames), previous, noNames, isCommon);
    expect(beside).toMatchObject({ understood: "how much is kenya's tea trade with pakistan worth (imports)?", subject: 'kenya' });
  });

  it('leaves the shift as read for a name, and for a word the archive writes as one', async () => {
    const previous: Turn = {
      question: 'x',
      topic: 'what was the price of gold?',
      subject: null,
      shown: { articleId: 'a', quote: '', speaker: null },
    };
    const named = readFollowUp('and silver?', previous, (words) => words === 'silver');
    expect(await shiftToKin(named, previous, (words) => words === 'silver', isCommon)).toBe(named);
    const uncommon = readFollowUp('and zambia?', previous, noNames);
    expect(await shiftToKin(uncommon, previous, noNames, isCommon)).toBe(uncommon);
  });
});
