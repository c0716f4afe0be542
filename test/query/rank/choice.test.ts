import { describe, expect, it } from 'vitest';
import { archiveOf, article, jsonLines } from '../../helpers/archive.ts';
import { answerQuestion } from '../../../src/query/ask.ts';
import { questionWeights } from '../../../src/query/rank/rank.ts';
import { type SentenceFeatures, choiceFeatures, choiceScore } from '../../../src/query/rank/choice.ts';
import { DEFAULT_RANK_OPTIONS } from '../../../src/query/options.ts';
import { inReadingOrder } from '../../../src/query/rank/snippet.ts';

const PLANT = [
  'Acme Micro Corp said it will build a chip plant in Austin, Texas, the company said on Monday.',
  'The Austin plant will make memory chips for carmakers.',
  'The plant will employ 400 workers when it opens.',
  'This was more than local officials had hoped for.',
  'Acme has planned the plant for years.',
  'Construction of the plant will start on April 24, 1987, and take two years.',
].join('\n\n');

const OTHER = 'Bolivian tin exports grew in 1987 as mines reopened after a long strike, the mining ministry said.';

/** Each sentence of the best answer's article with its features, by the sentence's opening words. */
async function featuresFor(question: string, story = PLANT): Promise<Map<string, SentenceFeatures>> {
  const archive = await archiveOf({
    'wire.jsonl': jsonLines([
      article({ id: 'plant-1', date: '1987-03-02', title: 'ACME TO BUILD PLANT', text: story }),
      article({ id: 'tin-1', date: '1987-03-02', title: 'TIN EXPORTS', text: OTHER }),
    ]),
  });
  const snapshot = archive.snapshot();
  const answers = await answerQuestion(snapshot, { question });
  const sentences = inReadingOrder(answers.ranked[0]!);
  const features = choiceFeatures(sentences, questionWeights(answers.question, snapshot, DEFAULT_RANK_OPTIONS), answers.question);
  const opening = ({ passage, sentence }: (typeof sentences)[number]) => passage.text.slice(sentence.span.start, sentence.span.start + 20);
  return new Map(sentences.map((s, i) => [opening(s), features[i]!]));
}

describe('the features that choose the sentence to quote', () => {
  it('weighs a word of the question by how few sentences of the story hold it', async () => {
    const features = await featuresFor('How many workers will the Acme plant employ?');
    const workers = features.get('The plant will emplo')!;
    const memory = features.get('The Austin plant wil')!;
    expect(workers.focus).toBeGreaterThan(memory.focus);
    // Every sentence but the lead holds `plant`; only one holds `workers`.
    expect(workers.focus).toBeGreaterThan(2 * memory.focus);
  });

  it("counts the question's words in the sentence before, and marks only the story's first sentence as its lead", async () => {
    const features = await featuresFor('How many workers will the Acme plant employ?');
    expect(features.get('This was more than l')!.before).toBeGreaterThan(0);
    expect(features.get('The Austin plant wil')!.before).toBe(features.get('Acme Micro Corp said')!.words);
    expect([...features.values()].map((f) => f.lead)).toEqual([1, 0, 0, 0, 0, 0]);
    expect(features.get('Acme Micro Corp said')!.position).toBe(0);
    expect(features.get('Construction of the ')!.position).toBe(1);
  });

  it('counts each own word of the question alike, however rare', async () => {
    const features = await featuresFor('How many workers will the Acme plant employ?');
    // The question's own words: workers, acme, plant, employ.
    expect(features.get('The plant will emplo')!.words).toBe(3 / 4);
    expect(features.get('The Austin plant wil')!.words).toBe(1 / 4);
  });

  it('tells a day, month or year from a period for a question asking when', async () => {
    const when = await featuresFor('When will construction of the Acme plant start?');
    expect(when.get('Construction of the ')!.exactDate).toBe(1);
    expect(when.get('Construction of the ')!.when).toBe(1);
    expect(when.get('Acme has planned the')!.when).toBe(1);
    expect(when.get('Acme has planned the')!.exactDate).toBe(0);
    const notWhen = await featuresFor('How many workers will the Acme plant employ?');
    expect(notWhen.get('Construction of the ')!.exactDate).toBe(0);
  });

  it('for a question asking how long, looks for a span of time rather than a date', async () => {
    const lasting = await featuresFor('How long will building the Acme plant take?');
    expect(lasting.get('Construction of the ')!.exactDate).toBe(1);
    expect(lasting.get('Acme Micro Corp said')!.exactDate).toBe(0);
    expect(lasting.get('Acme has planned the')!.exactDate).toBe(0);
    const closing = await featuresFor(
      'How long will the Acme plant stay closed?',
      'Acme will close its Austin plant on Monday.\n\nThe plant will stay closed for 30 days, Acme said.',
    );
    expect(closing.get('The plant will stay ')).toMatchObject({ when: 1, exactDate: 1 });
    expect(closing.get('Acme will close its ')!.exactDate).toBe(0);
  });

  it('marks a sentence about what is to come only for a question about what is to come', async () => {
    const ahead = await featuresFor('When is construction of the Acme plant due to start?');
    expect(ahead.get('Construction of the ')!.ahead).toBe(1);
    expect(ahead.get('Acme has planned the')!.ahead).toBe(0);
    const past = await featuresFor('When did Acme plan the Austin plant?');
    expect([...past.values()].map((f) => f.ahead)).toEqual([0, 0, 0, 0, 0, 0]);
    // A would-be buyer is someone now, in the question and in the story.
    const story = [
      'Acme Micro Corp agreed to sell its Austin plant.',
      'The would-be buyer of the Austin plant is Zeta Corp.',
      'Zeta will pay 40 mln dlrs for the plant.',
    ].join('\n\n');
    const buyer = await featuresFor("Who is the Austin plant's would-be buyer?", story);
    expect([...buyer.values()].map((f) => f.ahead)).toEqual([0, 0, 0]);
    const will = await featuresFor('Who will buy the Austin plant?', story);
    expect(will.get('The would-be buyer o')!.ahead).toBe(0);
  });

  it('reads a month alone as a date, and the verb "may" as none', async () => {
    const sale = ['Acme Micro Corp may sell its Austin chip plant.', 'Acme sold its Dallas chip plant last November.'].join('\n\n');
    const features = await featuresFor('When did Acme sell the chip plant?', sale);
    expect(features.get('Acme sold its Dallas')!.exactDate).toBe(1);
    expect(features.get('Acme Micro Corp may ')!.exactDate).toBe(0);
  });

  it('weighs what the kind asks for only for that kind', async () => {
    const amount = await featuresFor('How many workers will the Acme plant employ?');
    expect(amount.get('The plant will emplo')!.amount).toBe(1);
    expect(amount.get('The plant will emplo')!.when).toBe(0);
    expect(amount.get('The Austin plant wil')!.amount).toBe(0);
  });

  it('rates a sentence that answers in other words (synonyms) above one that shares only a name', async () => {
    const story = [
      'Acme Motor Corp showed its new models to dealers in Detroit on Monday.',
      'Acme also makes lawn mowers and garden tools at a plant in Ohio.',
      'Acme trimmed its automobile with lighter aluminium panels this year.',
    ].join('\n\n');
    const features = await featuresFor('How did Acme cut the weight of its car?', story);
    const paraphrase = features.get('Acme trimmed its aut')!;
    const unrelated = features.get('Acme also makes lawn')!;
    expect(paraphrase.coverage).toBeGreaterThan(unrelated.coverage);
    expect(choiceScore(paraphrase, DEFAULT_RANK_OPTIONS.choice)).toBeGreaterThan(choiceScore(unrelated, DEFAULT_RANK_OPTIONS.choice));
  });

  it('reads millions and billions written short as amounts, and a year as none', async () => {
    const story = [
      'Acme Micro Corp will spend 1.2bn yen on its Austin plant.',
      'The Austin plant was first planned in 1985.',
      'Acme raised 30m euros from banks for the plant.',
    ].join('\n\n');
    const features = await featuresFor('How much will Acme spend on the Austin plant?', story);
    expect([...features.values()].map((f) => f.amount)).toEqual([1, 0, 1]);
  });

  it('reads what a change reflects as its reason, for a question asking why', async () => {
    const story = [
      'Acme Micro Corp chip sales fell 20 pct in 1986.',
      'The decline reflected weaker demand from carmakers, the company said.',
    ].join('\n\n');
    const features = await featuresFor('Why did Acme chip sales fall?', story);
    expect(features.get('The decline reflecte')!.why).toBe(1);
    expect(features.get('Acme Micro Corp chip')!.why).toBe(0);
  });

  it('reads a cause with an adverb inside its connective as a reason, and a schedule as none', async () => {
    const story = [
      'Acme Micro Corp chip sales fell 20 pct in 1986.',
      'The decline was due largely to weaker demand from carmakers.',
      'Its new Austin plant is due shortly to open.',
      'Losses at the plant were caused mainly by high costs.',
    ].join('\n\n');
    const features = await featuresFor('Why did Acme chip sales fall?', story);
    expect([...features.values()].map((f) => f.why)).toEqual([0, 1, 0, 1]);
  });

  it("reads a cause attributed to something, across a possessive or a joined word: attributed March's weak showing to", async () => {
    const story = [
      'Acme Micro Corp chip sales fell 20 pct in March.',
      "Its chairman attributed March's weak showing to labour strikes.",
      'The company attributed its long-term slide to cheaper imports.',
    ].join('\n\n');
    const features = await featuresFor('Why did Acme chip sales fall?', story);
    expect([...features.values()].map((f) => f.why)).toEqual([0, 1, 1]);
  });

  it('reads what set a change off as its reason: prompted by, amid, on fears of', async () => {
    const story = [
      'Acme Micro Corp shares fell 20 pct in March.',
      'The fall was prompted by weaker demand from carmakers.',
      'Acme shares fell amid a strike at the Austin plant.',
      'Acme shares fell on fears of a price war.',
      'The shares also fell on Monday.',
    ].join('\n\n');
    const features = await featuresFor('Why did Acme shares fall?', story);
    expect([...features.values()].map((f) => f.why)).toEqual([0, 1, 1, 1, 0]);
  });

  it("marks a sentence that gives someone's own words in quote marks, not reported speech or a scare quote", async () => {
    const story = [
      'Acme Micro Corp will build a chip plant in Austin, its chairman Robert Lane said.',
      '"Austin has the engineers we need," Lane told reporters.',
      'Lane said the plant would make the "smart" chips carmakers want.',
    ].join('\n\n');
    const features = await featuresFor('Why did Acme choose Austin for the plant?', story);
    expect(features.get('"Austin has the engi')!.quoted).toBe(1);
    expect(features.get('Acme Micro Corp will')!.quoted).toBe(0);
    expect(features.get('Lane said the plant ')!.quoted).toBe(0);
  });
});

describe('the sentence quoted', () => {
  const STORY = [
    'Acme Micro Corp will build a chip plant in Austin, Texas, its chairman Robert Lane said on Monday.',
    'The plant will cost 250 mln dlrs and open in 1989.',
    'Acme shares rose one dollar on the news.',
  ].join('\n\n');
  const files = { 'wire.jsonl': jsonLines([article({ id: 'acme-1', date: '1987-03-02', title: 'ACME PLANT', text: STORY })]) };
  /** Weights that see only the question's words in each sentence, as a plain query-biased snippet does. */
  const WORDS_ONLY = {
    coverage: 1,
    words: 0,
    proximity: 0.3,
    exact: 0,
    who: 0,
    when: 0,
    amount: 0,
    why: 0,
    exactDate: 0,
    lead: 0,
    position: 0,
    before: 0,
    length: 0,
    focus: 0,
    speaker: 0,
    quoted: 0,
    ahead: 0,
  };

  it('is the detail asked for rather than the lead that holds more of the question’s words', async () => {
    const question = 'When will the Acme chip plant open?';
    const [first] = (await (await archiveOf(files)).ask({ question })).results;
    // The passage is the best fragment's: the quote may show another beside it.
    expect(first!.passage).toBe('The plant will cost 250 mln dlrs and open in 1989.');
    const [plain] = (await (await archiveOf(files, { choice: WORDS_ONLY })).ask({ question })).results;
    expect(plain!.passage).toBe(STORY.split('\n\n')[0]);
  });
});
