import { beforeAll, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Archive } from '../../../src/service/archive.ts';
import { folderWith } from '../../helpers/files.ts';
import { type ArticleFields, archiveOf, jsonLines } from '../../helpers/archive.ts';

const ARTICLES: ArticleFields[] = [
  {
    id: 'be-feb',
    date: '1987-03-03',
    title: 'BELGIAN UNEMPLOYMENT FALLS IN FEBRUARY',
    text: 'Belgian unemployment fell to 12.1 pct of the working population at the end of February from 12.6 pct, the statistics office said.',
  },
  {
    id: 'be-mar',
    date: '1987-04-02',
    title: 'BELGIAN UNEMPLOYMENT FALLS IN MARCH',
    text: 'Belgian unemployment fell to 11.8 pct of the working population at the end of March from 12.1 pct, the statistics office said.',
  },
  {
    id: 'no-feb',
    date: '1987-03-05',
    title: 'NORWEGIAN UNEMPLOYMENT FALLS IN FEBRUARY',
    text: 'Unemployment in Norway fell to 1.9 pct of the workforce in February, the labour directorate said.',
  },
  {
    id: 'nz-feb',
    date: '1987-03-19',
    title: 'NEW ZEALAND UNEMPLOYMENT FALLS IN FEBRUARY',
    text: [
      "New Zealand's unemployment rate fell to 6.0 pct of the workforce in February, a new survey showed.",
      'The New Zealand labour department said more New Zealand firms were hiring.',
    ].join('\n\n'),
  },
  {
    id: 'ca-feb',
    date: '1987-03-13',
    title: 'CANADA FEBRUARY UNEMPLOYMENT 9.6 PCT',
    text: "Canada's February unemployment rate fell to 9.6 pct from 9.7 pct in January, Statistics Canada said.",
  },
  {
    id: 'ke-growth',
    date: '1987-03-20',
    title: 'KENYAN ECONOMY GREW 5.3 PCT',
    text: [
      "Kenya's economy grew 5.3 pct last year, official figures showed.",
      'This was owing to high prices for coffee exports and low oil prices, the figures showed.',
      'Tea and horticulture also did well, and tourism brought in more visitors than ever.',
      'The outlook is for more investment by foreign firms, Planning Minister Robert Ouko told parliament.',
      'The growth was the fastest since 1980. It had been 4.1 pct in 1985, Ouko said.',
    ].join('\n\n'),
  },
  {
    id: 'guinness',
    date: '1987-03-10',
    title: 'GUINNESS BOARD TO SEEK REMOVAL OF SAUNDERS',
    text: [
      "Guinness Plc said its board will put a motion at the group's annual meeting to remove former chairman Ernest Saunders.",
      'Saunders resigned as chairman in January following the start of an inquiry.',
      'The meeting will be held on May 27.',
      'Guinness repaid 11.25 billion francs of debt, the company said.',
    ].join('\n\n'),
  },
  {
    id: 'ford-plant',
    date: '1987-03-12',
    title: 'FORD TO CLOSE OHIO PLANT',
    text: [
      'Ford Motor Co will close its Ohio truck plant for two weeks.',
      'Union leader John Brown said the closing would hurt workers who had hoped for overtime.',
      'The plant builds light trucks and employs 3,000 people, a Ford spokesman said on Thursday.',
      'Dealers hold too many trucks because winter sales were slow, he said.',
    ].join('\n\n'),
  },
  {
    id: 'tin-1',
    date: '1987-03-01',
    title: 'TIN AGREEMENT EXTENDED',
    text: 'The International Tin Agreement has been extended for two years, the tin council said.',
  },
  {
    id: 'tin-2',
    date: '1987-04-11',
    title: 'TIN COUNCIL SESSION ENDS',
    text: 'The quarterly session of the tin council ended without agreement on the extended tin agreement, delegates said.',
  },
  {
    id: 'pact-delay',
    date: '1987-04-01',
    title: 'CHRYSLER AND RENAULT DELAY FINAL AMC PACT',
    text: [
      'Chrysler and Renault delayed their final agreement on American Motors because some issues remain to be resolved.',
      'The companies said considerable progress has been made in the talks.',
      'The accord in principle had given each side 30 days to complete a definitive agreement, the statement said.',
      'AMC shares fell 1/4 on the news.',
    ].join('\n\n'),
  },
  {
    id: 'pact-target',
    date: '1987-04-03',
    title: 'CHRYSLER SETS MAY 5 TARGET FOR AMC PACT',
    text: 'Chrysler said it and Renault agreed to set May 5 as the new target date for a definitive agreement on American Motors.',
  },
  {
    id: 'ussr-corn',
    date: '1987-03-13',
    title: 'USSR BUYS MORE U.S. CORN',
    text: 'The Soviet Union bought 1.5 mln tonnes of U.S. corn for delivery this season, export sources said.',
  },
  {
    id: 'ussr-wheat',
    date: '1987-03-20',
    title: 'USSR BUYS U.S. WHEAT',
    text: 'The Soviet Union bought 500,000 tonnes of U.S. wheat under the grain agreement, the Agriculture Department said.',
  },
  {
    id: 'brazil-loans',
    date: '1987-03-02',
    title: 'BANK OF MONTREAL KEEPS BRAZIL LOANS PERFORMING',
    text: 'Bank of Montreal, the largest Canadian lender to Brazil, said it would not declare its Brazilian loans non-performing.',
  },
  {
    id: 'crow',
    date: '1987-03-04',
    title: 'CANADA CENTRAL BANK SEES MODERATE GROWTH',
    text: [
      'Bank of Canada Governor John Crow said he expects moderate growth this year.',
      'The governor said Canadian banks remain sound despite their exposure to Brazil.',
    ].join('\n\n'),
  },
  {
    id: 'baltic-cable',
    date: '1987-12-26',
    title: 'EU TO ACT OVER BALTIC CABLE',
    text: 'On December 25, the EstLink 2 power cable between Finland and Estonia was cut.',
  },
  {
    id: 'cable-tv',
    date: '1987-03-03',
    title: 'VALLEY CABLE ADDS SUBSCRIBERS',
    text: 'Valley Cable said on March 3 that its cable network happened to add 5,000 subscribers.',
  },
];

let archive: Archive;
let corpus: string;

beforeAll(async () => {
  corpus = await folderWith({ 'wire.jsonl': jsonLines(ARTICLES) }, 'suite');
  archive = await Archive.open({ corpusPaths: [corpus], cacheFile: null });
});

async function converse(conversation: string, ...questions: string[]) {
  const pages = [];
  for (const question of questions) pages.push(await archive.ask({ question, conversation }));
  return pages;
}

describe('answering in a conversation', () => {
  it('answers "and in march?" as the same question for March', async () => {
    const [, march] = await converse('dates', "what was belgium's unemployment rate in february?", 'and in march?');
    expect(march!.understood).toBe("what was belgium's unemployment rate in march?");
    expect(march!.notes[0]).toBe("Reading “and in march?” as “what was belgium's unemployment rate in march?”.");
    expect(march!.results[0]!.article.id).toBe('be-mar');
  });

  it('answers "and the month before?" as the same question for the month before', async () => {
    const [, before] = await converse('before', "what was belgium's unemployment rate in march?", 'and the month before?');
    expect(before!.understood).toBe("what was belgium's unemployment rate in february 1987?");
    expect(before!.results[0]!.article.id).toBe('be-feb');
  });

  it('answers "what about norway" with the story of the same kind about Norway', async () => {
    const [, norway] = await converse('names', "what was belgium's unemployment rate in february?", 'what about norway');
    expect(norway!.results[0]!.article.id).toBe('no-feb');
  });

  it('answers "and wheat?" after corn with the question again for wheat, the kin it replaces', async () => {
    const [, wheat] = await converse('kin', 'how much corn did the soviet union buy?', 'and wheat?');
    expect(wheat!.understood).toBe('how much wheat did the soviet union buy?');
    expect(wheat!.results[0]!.article.id).toBe('ussr-wheat');
  });

  it('replaces a name of two words, one of which the story also writes in lower case', async () => {
    const [first, canada] = await converse('two words', "what was new zealand's unemployment rate in february?", 'what about canada');
    expect(first!.results[0]!.article.id).toBe('nz-feb');
    expect(canada!.understood).toBe("what was canada's unemployment rate in february?");
    expect(canada!.results[0]!.article.id).toBe('ca-feb');
  });

  it('answers "who said that?" with the sentence that names the speaker of the quote shown', async () => {
    const [why, who] = await converse('who', "how fast did kenya's economy grow in 1985?", 'who said that?');
    expect(why!.results[0]!.quote).toContain('4.1 pct');
    expect(who!.results[0]!.quote).toContain('Planning Minister Robert Ouko');
  });

  it('answers "who said that?" for a speaker named by role with the sentence that introduces them', async () => {
    const [first, who] = await converse('unnamed', 'why is ford closing its ohio truck plant?', 'who said that?');
    expect(first!.results[0]!.quote).toContain('Dealers hold too many trucks');
    expect(who!.results[0]!.quote).toContain('a Ford spokesman said');
  });

  it('answers "which governor?" from another story when the speaker shown is no governor', async () => {
    const [first, which] = await converse('role', 'will bank of montreal declare its brazilian loans non-performing?', 'which governor?');
    expect(first!.results[0]!.article.id).toBe('brazil-loans');
    expect(which!.results[0]!.article.id).toBe('crow');
  });

  it('reads "who is robert ouko?" after another story as a new question, the name as the archive writes it', async () => {
    const [, who] = await converse('who is', 'why is ford closing its ohio truck plant?', 'who is robert ouko?');
    expect(who!.understood).toBeNull();
    expect(who!.results[0]!.article.id).toBe('ke-growth');
  });

  it('keeps the story shown first for "when?" when the date is in the quote already shown', async () => {
    const [first, when] = await converse('when shown', 'what happened to the estlink 2 cable?', 'when?');
    expect(first!.results[0]!.quote).toContain('December 25');
    expect(when!.results[0]!.article.id).toBe('baltic-cable');
  });

  it('answers "why?" from the story just shown, with what it says besides the quote', async () => {
    const [, why] = await converse('why', "how fast did kenya's economy grow last year?", 'why?');
    expect(why!.results[0]!.article.id).toBe('ke-growth');
    // The one sentence that answers, without a companion the choice model would add for a question asked alone.
    expect(why!.results[0]!.quote).toBe('This was owing to high prices for coffee exports and low oil prices, the figures showed.');
  });

  it('answers "what else?" and "what else did he say?" from the story just shown, with a sentence not shown yet', async () => {
    const [first, more] = await converse('else', 'is ford closing its ohio truck plant?', 'what else?');
    expect(first!.results[0]!.quote).toContain('Ford Motor Co will close its Ohio truck plant');
    expect(more!.results[0]!.article.id).toBe('ford-plant');
    expect(more!.results[0]!.quote).not.toContain('Ford Motor Co will close');
    const [, said] = await converse('else-said', 'why is ford closing its ohio truck plant?', 'what else did he say?');
    expect(said!.results[0]!.article.id).toBe('ford-plant');
    expect(said!.results[0]!.quote).toMatch(/said/);
    expect(said!.results[0]!.quote).not.toContain('Dealers hold too many trucks');
  });

  it('answers "when is the meeting?" and "how much did they pay back?" with that detail of the story just shown', async () => {
    const [, when, much] = await converse(
      'details',
      'what is the guinness board asking shareholders to do about saunders?',
      'when is the meeting?',
      'how much did they pay back?',
    );
    expect(when!.results[0]!.quote).toContain('The meeting will be held on May 27.');
    expect(much!.results[0]!.quote).toContain('11.25 billion francs');
  });

  it('answers a follow-up whose words the story shown does not write ("what\'s the new target date?") from the archive', async () => {
    const [first, target] = await converse(
      'target',
      'why did chrysler and renault delay their final agreement?',
      "what's the new target date?",
    );
    expect(first!.results[0]!.article.id).toBe('pact-delay');
    expect(first!.results[0]!.quote).not.toContain('30 days');
    expect(target!.understood).toBe("what's the new target date? (chrysler and renault delay their final agreement)");
    expect(target!.results[0]!.article.id).toBe('pact-target');
  });

  it('answers "any other reports on this?" with other articles on the story, not the one shown', async () => {
    const [first, other] = await converse('more', 'was the tin agreement extended?', 'any other reports on this?');
    const shown = first!.results[0]!.article.id;
    expect(other!.results.map((r) => r.article.id)).not.toContain(shown);
    expect(other!.results[0]!.article.id).toMatch(/^tin-/);
  });

  it('says when a follow-up has no answer before it to follow', async () => {
    const [alone] = await converse('nothing before', 'who said that?');
    expect(alone!.results).toEqual([]);
    expect(alone!.notes).toContain('“who said that?” follows up an answer, and there is none before it here: ask a full question first.');
  });

  it('keeps conversations apart, and reads a question that stands alone as new', async () => {
    await converse('one', "what was belgium's unemployment rate in february?");
    const [alone] = await converse('two', 'and in march?');
    expect(alone!.understood).toBeNull();
    const [fresh] = await converse('one', 'was the tin agreement extended for two years?');
    expect(fresh!.understood).toBeNull();
  });

  it('goes on reading follow-ups after a reload, from the text it kept', async () => {
    await converse('reload', "what was belgium's unemployment rate in february?");
    await writeFile(path.join(corpus, 'more.jsonl'), jsonLines([{ id: 'extra', text: 'Zinc output rose in Peru.' }]));
    expect((await archive.reload()).ok).toBe(true);
    const [march] = await converse('reload', 'and in march?');
    expect(march!.results[0]!.article.id).toBe('be-mar');
  });
});

describe('the sentence a follow-up is answered by, inside the story shown', () => {
  const story: ArticleFields = {
    id: 'ranong',
    date: '1987-03-20',
    title: 'KOLAR BANK TO TAKE OVER RANONG BANK',
    text: [
      'The state-owned Kolar Bank will take over Ranong Bank within a year, Finance Minister Anan Boonsri said.',
      'Some 40 Ranong Bank branches will be merged with Kolar Bank branches, the minister said.',
      'Ranong posted a loss of 350 mln baht in 1986, its president said.',
    ].join('\n\n'),
  };
  // `loss` is a common word of the archive; `Kolar` and `Ranong` are names only this story holds.
  const others: ArticleFields[] = ['steel', 'rubber', 'tin', 'shipping', 'sugar', 'cement'].map((trade, i) => ({
    id: `loss-${i}`,
    date: '1987-03-02',
    title: `${trade.toUpperCase()} FIRM LOSS`,
    text: `A ${trade} firm posted a loss for the year, its chairman said.`,
  }));

  it('is the one holding the follow-up’s own word, not the one repeating the story’s rare names', async () => {
    const archive = await archiveOf({ 'wire.jsonl': jsonLines([story, ...others]) });
    await archive.ask({ question: 'why is kolar bank taking over ranong bank?', conversation: 'losses' });
    await archive.ask({ question: 'who said that?', conversation: 'losses' });
    const losses = await archive.ask({ question: 'how big were those losses?', conversation: 'losses' });
    expect(losses.results[0]!.article.id).toBe('ranong');
    expect(losses.results[0]!.quote).toContain('a loss of 350 mln baht');
  });
});
