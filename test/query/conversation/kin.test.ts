import { describe, expect, it } from 'vitest';
import { shiftToKin } from '../../../src/query/conversation/kin.ts';
import { readFollowUp } from '../../../src/query/conversation/follow-up.ts';
import type { Turn } from '../../../src/model/conversation.ts';

const noNames = () => false;

async function shift(question: string, message: string): Promise<string> {
  const previous: Turn = { question, topic: question, subject: null, shown: { articleId: 'a', quote: '', speaker: null } };
  return (await shiftToKin(readFollowUp(message, previous, noNames), question, noNames)).understood;
}

describe('a shift to a thing of the same kind', () => {
  it('replaces the question’s noun of that kind', async () => {
    expect(await shift('what was the price of gold in london?', 'what about silver?')).toBe('what was the price of silver in london?');
    expect(await shift('how many cars did gm sell in mid-march?', 'and trucks?')).toBe('how many trucks did gm sell in mid-march?');
    expect(await shift('why did the yen rise?', 'and the mark?')).toBe('why did the mark rise?');
    expect(await shift("what was belgium's unemployment rate?", 'and inflation?')).toBe("what was belgium's inflation rate?");
  });

  it('leaves the shift as read when no noun of the question is its kin, or it names someone', async () => {
    const asRead = readFollowUp(
      'and exports?',
      {
        question: "how big was brazil's trade surplus?",
        topic: "how big was brazil's trade surplus?",
        subject: null,
        shown: { articleId: 'a', quote: '', speaker: null },
      },
      noNames,
    ).understood;
    expect(await shift("how big was brazil's trade surplus?", 'and exports?')).toBe(asRead);
    const previous: Turn = {
      question: 'x',
      topic: 'what was the price of gold?',
      subject: null,
      shown: { articleId: 'a', quote: '', speaker: null },
    };
    const named = readFollowUp('and silver?', previous, (words) => words === 'silver');
    expect(await shiftToKin(named, 'what was the price of gold?', (words) => words === 'silver')).toBe(named);
  });
});
