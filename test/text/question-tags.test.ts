import { describe, expect, it } from 'vitest';
import { tagQuestion } from '../../src/text/question-tags.ts';
import { tagWords } from '../../src/text/nlp.ts';

function tagOf(question: string, word: string): string | undefined {
  return tagQuestion(question).find((tagged) => tagged.text === word)?.pos;
}

describe('the parts of speech of a question', () => {
  it('finds the main verb that inverted word order hides from the tagger', () => {
    expect(tagWords('Why would banks tie the loans?').find((w) => w.text === 'tie')?.pos).toBe('NOUN');
    expect(tagOf('Why would banks tie the loans?', 'tie')).toBe('VERB');
    expect(tagOf("why did amc's sales drop so much?", 'drop')).toBe('VERB');
    expect(tagOf('Why did Chrysler and Renault delay their final agreement?', 'delay')).toBe('VERB');
  });

  it('leaves the subject’s words alone, and a compound’s first word', () => {
    const words = tagQuestion("Why did Bolivia's veteran labour chief skip the state dinner?");
    expect(words.filter((w) => w.pos === 'VERB').map((w) => w.text)).toEqual(['skip']);
    expect(tagOf('Why did the London clearing house lower margins?', 'clearing')).not.toBe('VERB');
  });

  it('changes nothing in a question that has its verb or asks with a form of be', () => {
    for (const question of ['Why did the company cut its dividend?', "what was belgium's unemployment rate in february?"])
      expect(tagQuestion(question)).toEqual(tagWords(question));
  });
});
