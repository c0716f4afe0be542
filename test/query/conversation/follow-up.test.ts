import { describe, expect, it } from 'vitest';
import { readFollowUp, subjectOf, withName, withPeriod } from '../../../src/query/conversation/follow-up.ts';
import type { Turn } from '../../../src/model/conversation.ts';

const shown = { articleId: 'a1', quote: 'Belgian unemployment fell to 12.1 pct.', speaker: null };
const turn = (question: string, subject: string | null = null): Turn => ({ question, topic: question, subject, shown });
const names = new Set(['belgium', 'singapore', 'uk', 'ford', 'gm', 'zealand']);
/** `new` alone is no name; with `zealand` beside it, it is. */
const namePhrases = new Set(['new zealand']);
const isName = (words: string) => {
  const folded = words.toLowerCase().replace(/'s?$/, '');
  return names.has(folded) || namePhrases.has(folded);
};
const read = (message: string, previous: Turn | null = turn("what was belgium's unemployment rate in february?")) =>
  readFollowUp(message, previous, isName);

describe('reading a follow-up', () => {
  it('reads a new period as the last question asked for that period', () => {
    expect(read('and in march?')).toMatchObject({ kind: 'date-shift', understood: "what was belgium's unemployment rate in march?" });
    expect(read('what about late february', turn('how did ford car sales do in mid-march?')).understood).toBe(
      'how did ford car sales do in late february?',
    );
    expect(read('and 1986?', turn('what did opec decide?')).understood).toBe('what did opec decide in 1986?');
    expect(read('what was it in march?').understood).toBe("what was belgium's unemployment rate in march?");
    expect(read('and how was it in may').kind).toBe('date-shift');
  });

  it('reads a period counted back from the last one as that period, placed by the story shown when need be', () => {
    expect(readFollowUp('and a year earlier?', turn("what was belgium's unemployment rate in february?"), isName, 1987)).toMatchObject({
      kind: 'date-shift',
      understood: "what was belgium's unemployment rate in february 1986?",
    });
    expect(readFollowUp('and last year?', turn('what did opec decide?'), isName, 1987).understood).toBe('what did opec decide in 1986?');
    // Nothing to count a month back from: a question about the story shown, not a name in place of Belgium.
    expect(read('what about the previous month?', turn("what was belgium's unemployment rate in 1986?")).kind).toBe('detail');
  });

  it('reads "what about in norway?" and "and at gm?" as the name alone, and "and then?" as no name at all', () => {
    expect(read('what about in norway?').understood).toBe("what was norway's unemployment rate in february?");
    expect(read('and at gm?', turn('how many workers did ford lay off?', 'ford')).understood).toBe('how many workers did gm lay off?');
    expect(read('and then?').kind).toBe('detail');
  });

  it('reads a new name as the last question about that name, in place of the name it replaces', () => {
    expect(read('what about norway')).toMatchObject({
      kind: 'entity-shift',
      understood: "what was norway's unemployment rate in february?",
      subject: 'norway',
    });
    expect(read('and new zealand?', turn('what inflation rate is singapore expecting for 1987?')).understood).toBe(
      'what inflation rate is new zealand expecting for 1987?',
    );
    expect(read('how about japan', turn('what was the uk unemployment rate in may?')).understood).toBe(
      'what was the japan unemployment rate in may?',
    );
    for (const message of ['and for norway?', 'same for norway', 'now what about norway'])
      expect(read(message).understood).toBe("what was norway's unemployment rate in february?");
  });

  it('replaces every word of a name, a word that is a name only beside the next one included', () => {
    expect(read('what about canada', turn("what was new zealand's jobless rate in february?")).understood).toBe(
      "what was canada's jobless rate in february?",
    );
    expect(read('and canada?', turn('what inflation rate is new zealand expecting for 1987?')).understood).toBe(
      'what inflation rate is canada expecting for 1987?',
    );
  });

  it('replaces the name an earlier shift brought, even one the story does not write as a name', () => {
    const previous = turn("what was new zealand's jobless rate in february?", 'new zealand');
    expect(read('what about canada', previous).understood).toBe("what was canada's jobless rate in february?");
  });

  it('reads "who said that?" and "which governor?" as asking who spoke in the answer shown', () => {
    expect(read('who said that?').kind).toBe('who');
    expect(read('which governor?').kind).toBe('who');
    expect(read('according to whom?').kind).toBe('who');
    expect(read('source?').kind).toBe('who');
    expect(read("what's the source?").kind).toBe('who');
    expect(read('says who?').kind).toBe('who');
    expect(read('who announced that').understood).toBe("who announced that? (belgium's unemployment rate in february)");
    expect(read('who is the minister?').kind).toBe('who');
    expect(read('who was behind it?').kind).toBe('who');
  });

  it('reads "who is <a name>?" as a new question about that person', () => {
    expect(read('who is Kaja Kallas?').kind).toBe('new');
    // A name as the archive writes it, though typed in lower case.
    expect(read('who is new zealand').kind).toBe('new');
  });

  it('reads a short question of its own kind as asking for a detail of the same story', () => {
    for (const message of [
      'why?',
      'since when?',
      'why so low?',
      'when will it be delivered?',
      'how much did they pay back?',
      'what happened next?',
      'what happened later?',
      'what else?',
      'what else did they say?',
      'and why?',
      'but how come?',
      'details?',
      'what was the figure?',
      'where?',
      'what did they decide?',
      "what's the new target date?",
    ])
      expect(read(message).kind).toBe('detail');
    expect(read('why so low?')).toMatchObject({ pointsBack: true, context: "belgium's unemployment rate in february" });
  });

  it('reads a request for other reports as the topic again', () => {
    const previous: Turn = { ...turn('why?'), topic: 'was the tin agreement extended?' };
    expect(read('any other reports on this?', previous)).toMatchObject({
      kind: 'more-like',
      understood: 'was the tin agreement extended?',
    });
    for (const message of ['anything similar?', 'more like this', 'any updates?', 'is there an update?', 'what did other papers say?'])
      expect(read(message, previous).kind).toBe('more-like');
    expect(read('any news on opec?', previous).kind).toBe('new');
  });

  it('takes a question that names its own subject, or any question with nothing shown before, as a new question', () => {
    expect(read('what did the opec ministers decide about oil output quotas in geneva?').kind).toBe('new');
    expect(read('and in march?', null).kind).toBe('new');
    expect(read('and in march?', { ...turn('x'), shown: null }).kind).toBe('new');
  });
});

describe('rewriting a question', () => {
  it('replaces the stated period, or adds one', () => {
    expect(withPeriod('sales in early march 1987?', 'may')).toBe('sales in may?');
    expect(withPeriod('what did opec decide', 'the first quarter')).toBe('what did opec decide in the first quarter?');
  });

  it('replaces a possessive name, keeping what it owns', () => {
    expect(withName("how did gm's car sales do?", 'ford', null, isName).question).toBe("how did ford's car sales do?");
    expect(withName("how did gm's car sales do?", 'american motors', null, isName).question).toBe("how did american motors' car sales do?");
  });

  it('adds the name when the question names none', () => {
    expect(withName('what was the inflation rate?', 'norway', null, isName).question).toBe('what was the inflation rate (norway)?');
  });

  it('finds what a question is about without the words that ask', () => {
    expect(subjectOf("what was belgium's unemployment rate in february?")).toBe("belgium's unemployment rate in february");
    expect(subjectOf('why so low? (brazil trade)')).toBe('so low');
    expect(subjectOf("why couldn't russia pay its red cross contribution?")).toBe('russia pay its red cross contribution');
  });
});
