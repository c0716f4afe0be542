import { describe, expect, it } from 'vitest';
import { answerReply } from '../../src/reply/reply.ts';
import { answerJson } from '../../src/reply/json.ts';
import { InputError } from '../../src/model/errors.ts';
import { type ArticleFields, archiveOf, article, jsonLines } from '../helpers/archive.ts';
import { rankArticles } from '../../src/query/rank/rank.ts';
import { expandQuestion } from '../../src/query/question/expand.ts';
import { parseQuestion } from '../../src/query/question/parse.ts';
import { DEFAULT_RANK_OPTIONS } from '../../src/query/options.ts';
import { answerQuestion } from '../../src/query/ask.ts';
import { indexTerm } from '../../src/text/terms.ts';

const COCOA = [
  'The International Cocoa Organization met in London this week to review the market.',
  'Delegates discussed the buffer stock rules at length. So far the buffer stock manager has bought 21,000 tonnes of cocoa, traders said. Prices rose slightly after the purchases. The next meeting is in June.',
  'Producers want higher prices.',
].join('\n\n');

const corpus = {
  'wire.jsonl': jsonLines([
    article({ id: 'cocoa-1', date: '1987-03-02', title: 'COCOA BUFFER STOCK', text: COCOA }),
    article({
      id: 'chips-1',
      date: '1987-04-10',
      title: 'CHIP PLANT',
      text: 'Acme Micro Corp <ACME> will build a chip plant in Texas. Production will begin in about 18 months, the company said.',
    }),
    article({
      id: 'gold-1',
      date: '1987-05-01',
      title: 'GOLD OUTPUT',
      text: 'South African gold output fell in April, the chamber of mines said.',
    }),
    article({
      id: 'gold-2',
      date: '1987-05-02',
      title: 'GOLD OUTPUT (REPEAT)',
      text: 'South African gold output fell in April, the chamber of mines said on Monday.',
    }),
    article({
      id: 'tin-1',
      date: '1987-06-01',
      title: 'TIN EXPORTS',
      text: 'Bolivian tin exports grew in 1987 as mines reopened after a long strike, the mining ministry said in La Paz on June 1. Exports reached 9,500 bags. Bolivian tin exports grew in 1987 as mines reopened after a strike, the ministry said.',
    }),
  ]),
  'tass.json': JSON.stringify([
    {
      link: 'https://tass.com/1',
      date: '2024-12-20 10:00:00',
      title: 'Grain deal',
      content: ['MOSCOW, December 20. /TASS/. Grain exports through the corridor reached 30 million tonnes, the ministry said.'],
    },
  ]),
};

/** The first answer to a question over an archive of the given articles, all from one source. */
async function firstAnswerFrom(articles: ArticleFields[], question: string, source = 'Reuters') {
  const archive = await archiveOf({ 'wire.jsonl': jsonLines(articles, source) });
  return (await archive.ask({ question })).results[0]!;
}

function verbatim(quote: string, article: string): void {
  for (const fragment of quote
    .split('…')
    .map((f) => f.trim())
    .filter(Boolean))
    expect(article).toContain(fragment);
}

describe('quotes', () => {
  it('trims a passage to the sentence that answers, with ellipses where it cuts, verbatim', async () => {
    const archive = await archiveOf(corpus);
    const page = await archive.ask({ question: 'How much cocoa has the buffer stock manager bought so far?' });
    const [first] = page.results;
    expect(first!.article.id).toBe('cocoa-1');
    expect(first!.quote).toContain('So far the buffer stock manager has bought 21,000 tonnes of cocoa, traders said.');
    expect(first!.quote).toMatch(/^… /);
    expect(first!.quote).not.toContain('The next meeting is in June.');
    verbatim(first!.quote, COCOA);
  });

  it('reads an acronym the story defines as the name it stands for', async () => {
    const text = [
      'Cocoa futures were steady in London on Friday.',
      'The International Commodity Clearing House (ICCH) will cut deposits on cocoa, a spokesman said.',
      'Dealers said deposits on sugar would stay as they are.',
      'The ICCH had been watching swings in cocoa prices for weeks, he said.',
    ].join('\n\n');
    const first = await firstAnswerFrom([article({ id: 'icch', text })], 'What had the clearing house been watching in cocoa?');
    expect(first.quote).toMatch(/^The ICCH had been watching/);
  });

  it('quotes the sentence with an amount when the question asks how much, and a repeated sentence once', async () => {
    const archive = await archiveOf(corpus);
    const [first] = (await archive.ask({ question: 'How much tin did Bolivia export in 1987?' })).results;
    expect(first!.article.id).toBe('tin-1');
    expect(first!.quote).toContain('Exports reached 9,500 bags.');
    expect(first!.quote.match(/tin exports grew/g)).toHaveLength(1);
  });

  it('reads the leading articles whole, finding an answer made only of words too common to search for', async () => {
    const fillers = Array.from({ length: 31 }, (_, i) =>
      article({ id: `f${i}`, title: 'MEETING', text: 'Trade barriers were discussed.' }),
    );
    const target = article({
      id: 'pta',
      date: '1987-03-01',
      title: 'AFRICAN STATES MEET',
      text: 'The PTA met in Lusaka.\n\nDelegates arrived late.\n\nAll trade barriers will go by the year 2000.',
    });
    const archive = await archiveOf({ 'wire.jsonl': jsonLines([...fillers, target]) }, { commonPassages: 30 });
    const [first] = (await archive.ask({ question: 'When will the PTA end trade barriers?' })).results;
    expect(first!.article.id).toBe('pta');
    expect(first!.quote).toContain('All trade barriers will go by the year 2000.');
  });

  it('quotes beside the best sentence one that adds a word it lacks, not another form of a word it holds', async () => {
    const text = [
      'CME members rejected a petition for a ban on dual trading, the exchange said.',
      'Members voted 1,272 to 525 against the petition.',
      'Floor traders had expected the result.',
      'A ballot of the board voted to limit trading by brokers.',
    ].join(' ');
    const first = await firstAnswerFrom(
      [article({ id: 'cme', date: '1987-04-20', title: 'EXCHANGE VOTE', text: text })],
      'How did CME members vote on the ban?',
    );
    expect(first.quote).toContain('CME members rejected a petition');
    expect(first.quote).toContain('Members voted 1,272 to 525');
    expect(first.quote).not.toContain('A ballot of the board');
    // Nor the sentence beside them, which holds nothing asked for.
    expect(first.quote).not.toContain('Floor traders');
  });

  it('quotes with the best sentence the one beside it when the choice model rates it nearly as likely the answer', async () => {
    const text = [
      'Cocoa futures were steady in London on Friday, dealers said.',
      'The London clearing house will cut the deposit on cocoa futures by a quarter from Friday, a spokesman said.',
      'Its staff had watched swings in cocoa prices narrow for weeks, reflecting calmer trading.',
      'Dealers in New York expect a quiet week.',
      'Margins on sugar futures stay as they are.',
    ].join('\n\n');
    const first = await firstAnswerFrom(
      [article({ id: 'icch', date: '1987-04-09', title: 'COCOA DEPOSITS CUT', text })],
      'Why did the clearing house lower margins on cocoa?',
    );
    expect(first.quote).toContain('The London clearing house will cut the deposit');
    // The next paragraph follows on without an ellipsis: nothing is left out between them.
    expect(first.quote).toContain('a spokesman said. Its staff had watched swings in cocoa prices');
    // Beside the companion that adds a word of the question the first lacks.
    expect(first.quote).toContain('calmer trading. … Margins on sugar futures');
    expect(first.quote).not.toContain('Dealers in New York');
  });

  it('takes for the neighbour of the first sentence only one beside it in the text, not one a paragraph not read away', async () => {
    const text = [
      'Texas business news in brief.',
      'Acme will close its Austin chip plant, the company said.',
      'Shares were unchanged in quiet trading on Monday.',
      'Acme will close the Austin chip plant in June as demand for memory chips fell, the company said.',
    ].join('\n\n');
    const files = { 'wire.jsonl': jsonLines([article({ id: 'acme', date: '1987-04-09', title: 'ACME', text })]) };
    // Read only where the question's words are: the paragraph on shares is not.
    const archive = await archiveOf(files, { articlesReadWhole: 0 });
    const [first] = (await archive.ask({ question: 'Why will Acme close its Austin chip plant?' })).results;
    expect(first!.quote).toContain('in June as demand for memory chips fell');
    expect(first!.quote).not.toContain('Acme will close its Austin chip plant, the company said.');
  });

  const CHAIRMAN_SPEECH =
    'Speaking to shareholders at the annual meeting in Austin on Tuesday, the Acme chairman thanked the staff for a hard year of work.';
  /** The quote for a chairman's speech told three paragraphs into a story that opens with the given lead. */
  async function quoteBelowLead(lead: string, title: string) {
    const text = [lead, 'Trading in the shares was brisk.', CHAIRMAN_SPEECH].join('\n\n');
    return (
      await firstAnswerFrom(
        [article({ id: 'story-1', date: '1987-04-21', title: title, text: text })],
        'What did the chairman do at the Austin shareholder meeting?',
      )
    ).quote;
  }

  it("introduces a sentence quoted alone with the story's lead when the lead names what the sentence names", async () => {
    const lead = 'Acme Micro Corp expects record chip sales next year as carmakers order more, its chairman told Reuters.';
    expect(await quoteBelowLead(lead, 'ACME SEES RECORD YEAR')).toBe(`${lead} … ${CHAIRMAN_SPEECH}`);
  });

  it('leaves out a lead about something else', async () => {
    const lead = 'Bolivian tin exports grew in 1987 as mines reopened after a long strike, the mining ministry said on Monday.';
    expect(await quoteBelowLead(lead, 'BUSINESS DIGEST')).toBe(CHAIRMAN_SPEECH);
  });

  it('prefers a story naming whom the question names to one holding more of its other words', async () => {
    const articles: ArticleFields[] = [
      article({
        id: 'war-1',
        date: '1987-03-30',
        title: 'WAR COMMUNIQUE',
        text: 'Fierce fighting raged on the battlefield for 24 hours, a war communique said.',
      }),
      article({
        id: 'putin-1',
        date: '2024-12-26',
        title: 'FRONTLINE',
        text: 'Putin said he receives information about the frontline situation round the clock.',
      }),
    ];
    const first = await firstAnswerFrom(articles, 'Does Putin get battlefield updates at all hours?');
    expect(first.article.id).toBe('putin-1');
  });

  it('quotes the reason when the question asks why', async () => {
    const text =
      'Acme Micro Corp closed its chip plant in Austin, Texas on Monday after ten years of production there, the company said in a statement issued at its headquarters. ' +
      'Local officials said they regretted the decision. The plant was closed because demand for its chips fell.';
    const first = await firstAnswerFrom(
      [article({ id: 'plant-1', date: '1987-06-02', title: 'ACME CLOSES PLANT', text: text })],
      'Why did Acme close its Austin chip plant?',
    );
    expect(first.quote).toContain('because demand for its chips fell');
  });

  it('marks the question words found in the quote', async () => {
    const archive = await archiveOf(corpus);
    const [first] = (await archive.ask({ question: 'Acme chip plant production' })).results;
    const marked = first!.highlights.map(({ start, end }) => first!.quote.slice(start, end));
    expect(marked).toEqual(expect.arrayContaining(['Acme', 'chip plant', 'Production']));
    expect(marked).not.toContain('Texas');
  });

  it('reads a quotation as its speaker\'s though the text names them only as "he"', async () => {
    const visit = [
      'Secretary of State George Shultz met President Corazon Aquino in Manila on Monday.',
      'The talks covered the insurgency and the economy, officials said.',
      '"The future of this country is bright," he said.',
    ].join('\n\n');
    const bankers = 'Local bankers said the future of the peso looked uncertain before Shultz arrived in Manila.';
    const archive = await archiveOf({
      'wire.jsonl': jsonLines([
        article({ id: 'visit-1', date: '1987-06-16', title: 'SECRETARY OF STATE VISITS', text: visit }),
        article({ id: 'bankers-1', date: '1987-06-16', title: 'PESO OUTLOOK', text: bankers }),
      ]),
    });
    const page = await archive.ask({ question: 'What did Shultz say about the future?' });
    const [first] = page.results;
    expect(first!.article.id).toBe('visit-1');
    expect(first!.quote).toContain('"The future of this country is bright," he said.');
    expect(first!.speaker).toEqual({ speaker: 'George Shultz', role: 'Secretary of State' });
    expect(answerReply(page).cards[0]!.meta).toBe('Reuters · 1987-06-16 · quoting George Shultz (Secretary of State)');
    expect(answerJson(page).results[0]).toMatchObject({ speaker: 'George Shultz', role: 'Secretary of State' });
  });

  it('asked who, quotes beside words quoted the sentence that names their speaker', async () => {
    const text = [
      'The dollar fell again in London on Monday after the crash on Wall Street.',
      'David Morrison of Goldman Sachs International said turbulence would grow if a base for the dollar were confirmed.',
      'Economists said the crash had shaken every market. Dealers said trading was thin.',
      'But rigid adherence to dollar ranges would be bad, said Morrison. "The Louvre Accord is fundamentally misconceived. To stabilise the dollar at too high a level is wrong," he said.',
    ].join('\n\n');
    const first = await firstAnswerFrom(
      [article({ id: 'louvre', text })],
      'Which economist called the Louvre Accord fundamentally misconceived?',
    );
    expect(first.quote).toContain('said Morrison. "The Louvre Accord is fundamentally misconceived.');
  });

  it('answers "what did X say" from what X says, not from what others say about X', async () => {
    const archive = await archiveOf({
      'wire.jsonl': jsonLines([
        article({
          id: 'navy-1',
          date: '1987-05-20',
          title: 'NAVY BRIEFING',
          text: 'Navy spokesman Fred Redman said he could not confirm reports that Iran planned new attacks on shipping.',
        }),
        article({
          id: 'iran-1',
          date: '1987-05-20',
          title: 'TEHRAN RADIO',
          text: 'The Iranian spokesman said reports of planned attacks on shipping were "misleading propaganda."',
        }),
      ]),
    });
    const [first, second] = (await archive.ask({ question: 'What did Iran call reports of planned attacks on shipping?' })).results;
    expect(first!.article.id).toBe('iran-1');
    expect(second!.quote).toContain('Fred Redman said');
    expect(second!.speaker).toBeNull();
  });

  it('quotes a lead once though the story repeats it without its dateline', async () => {
    const text = [
      'MOSCOW, December 26. /TASS/. Russia could use the Oreshnik missile again if need be, Russian President Vladimir Putin told reporters.',
      'Russia could use the Oreshnik missile again if need be, the president said.',
      'Gas transit through Ukraine ends on January 1.',
    ].join('\n\n');
    const first = await firstAnswerFrom(
      [article({ id: 'brief-1', date: '2024-12-26', title: 'IN BRIEF: Putin on Oreshnik', text: text })],
      'Could Russia use the Oreshnik missile again?',
      'TASS',
    );
    expect(first.quote.match(/use the Oreshnik missile again/g)).toHaveLength(1);
  });

  it('names no speaker beside a quote that names them, a company by its first word', async () => {
    const text =
      'Tenneco Inc said it would carry gas for others.\n\nBut Tenneco today said open access "is one step the industry is taking."';
    const first = await firstAnswerFrom(
      [article({ id: 'gas-1', date: '1987-06-19', title: 'TENNECO TO CARRY GAS', text: text })],
      'What did Tenneco say about open access?',
    );
    expect(first.quote).toContain('is one step the industry is taking');
    expect(first.speaker).toBeNull();
  });

  it('finds a ticker written in angle brackets', async () => {
    const archive = await archiveOf(corpus);
    expect((await archive.ask({ question: 'ACME' })).results[0]!.article.id).toBe('chips-1');
  });
});

describe('what a question asks for', () => {
  it.each([
    ['opening the story', []],
    ['after a summary', ['Pipeline gas is expected soon']],
  ])('never takes the dateline for the date a when-question asks, the dateline %s', async (_, summary) => {
    const text = [
      ...summary,
      'MOSCOW, December 26. /TASS/. Gas will flow through the Baltic pipeline, the operator said.',
      'Gas will flow through the Baltic pipeline from March 2026, the operator added.',
    ].join('\n\n');
    const archive = await archiveOf({ 'wire.jsonl': jsonLines([article({ id: 'pipe', title: 'PIPELINE', text })], 'TASS') });
    const snapshot = archive.snapshot();
    const question = await expandQuestion(parseQuestion('When will gas flow through the Baltic pipeline?', ['TASS']));
    const [ranked] = await rankArticles(snapshot, question, {}, DEFAULT_RANK_OPTIONS);
    const fits = ranked!.passages.flatMap((p) =>
      p.sentences.map((s) => [p.text.slice(s.span.start, s.span.start + 12), s.evidence.fitsKind]),
    );
    expect(fits.filter(([, fitting]) => fitting)).toEqual([['Gas will flo', true]]);
    expect(fits.map(([opening]) => opening)).toContain('MOSCOW, Dece');
  });
});

describe('names in a question typed in lower case', () => {
  it('takes two words for a name when the archive writes them capitalised side by side more often than not', async () => {
    const stories = [
      'The Big Board said trading would open early. The central bank said rates would hold.',
      'The Big Board and the Central Bank of Peru agreed. The central bank said so.',
      'Members of the Big Board voted. A big board of directors met. The central bank disagreed.',
    ];
    const archive = await archiveOf({ 'wire.jsonl': jsonLines(stories.map((text, i) => article({ id: `nyse-${i}`, text }))) });
    const { question } = await answerQuestion(archive.snapshot(), { question: 'why did the big board and the central bank disagree' });
    expect(question.terms.filter((t) => t.exact).map((t) => t.term)).toEqual([indexTerm('big'), indexTerm('board')]);
  });

  it('reads `us` before what it describes as the country the archive writes `U.S.`, and elsewhere as the pronoun', async () => {
    const stories = [
      'U.S. car sales fell 3.6 pct in March, the industry said.',
      '"Let us talk about car sales," the dealer said. Sales of cars rose in Japan.',
    ];
    const archive = await archiveOf({ 'wire.jsonl': jsonLines(stories.map((text, i) => article({ id: `cars-${i}`, text }))) });
    const top = async (question: string) => (await answerQuestion(archive.snapshot(), { question })).ranked[0]?.article;
    const idOf = (question: string) => top(question).then((n) => (n === undefined ? null : archive.snapshot().articles[n]!.id));
    expect(await idOf('how did us car sales do')).toBe('cars-0');
    expect(await idOf('How did US car sales do?')).toBe('cars-0');
    expect(await idOf('let us talk about car sales')).toBe('cars-1');
  });

  it('takes no word the archive writes in lower case for a name, though WordNet spells it as one', async () => {
    const text = 'The rebel army advanced. Congress voted on rebel aid.';
    const archive = await archiveOf({ 'wire.jsonl': jsonLines([article({ id: 'contra', text })]) });
    const { question } = await answerQuestion(archive.snapshot(), { question: 'how much rebel aid did congress vote' });
    expect(question.terms.find((t) => t.term === indexTerm('rebel'))?.exact).toBe(false);
  });
});

describe('filters', () => {
  it('applies source and dates given as options', async () => {
    const archive = await archiveOf(corpus);
    const tass = await archive.ask({ question: 'tonnes', source: 'tass' });
    expect(tass.results.map((r) => r.article.id)).toEqual(['https://tass.com/1']);
    const spring = await archive.ask({ question: 'tonnes', from: '1987-03', to: '1987-03-31' });
    expect(spring.results.map((r) => r.article.id)).toEqual(['cocoa-1']);
  });

  it('says so when the filters exclude everything that matches', async () => {
    const archive = await archiveOf(corpus);
    const page = await archive.ask({ question: 'cocoa buffer stock', from: '2000' });
    expect(page.results).toEqual([]);
    expect(page.notes).toEqual([expect.stringMatching(/^No passage matches from 2000-01-01; passages outside those filters do match/)]);
  });

  it('reads a year, a month and a source stated in the question', async () => {
    const archive = await archiveOf(corpus);
    const inYear = await archive.ask({ question: 'tonnes exported in 2024' });
    expect(inYear.filters).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(inYear.results.map((r) => r.article.id)).toEqual(['https://tass.com/1']);
    // A month runs on to the end of the next, when what happened in it is reported.
    const inMonth = await archive.ask({ question: 'gold output in May 1987' });
    expect(inMonth.filters).toEqual({ from: '1987-05-01', to: '1987-06-30' });
    expect((await archive.ask({ question: 'gold output in early apr. 1987' })).filters).toEqual({ from: '1987-04-01', to: '1987-05-31' });
    const bySource = await archive.ask({ question: 'What did TASS report about tonnes?' });
    expect(bySource.filters).toEqual({ source: 'TASS' });
    expect(bySource.results.map((r) => r.article.source)).toEqual(['TASS']);
    expect((await archive.ask({ question: 'what did tass report about tonnes?' })).filters).toEqual({ source: 'TASS' });
  });

  it('reads a month in the question as when the story ran or the month after, not as words to find', async () => {
    const archive = await archiveOf({
      'wire.jsonl': jsonLines([
        article({
          id: 'prices',
          date: '1987-03-27',
          title: 'ENERGY COSTS',
          text: 'Gasoline prices were 18 pct below their levels of February 1986.',
        }),
        article({
          id: 'earnings',
          date: '1987-03-31',
          title: 'EARNINGS',
          text: 'Net earnings for the two months to Feb 28, 1987, rose, and gasoline sales were below plan.',
        }),
        article({ id: 'later', date: '1987-04-02', title: 'PRICES', text: 'Gasoline prices fell below last year, in Feb 1987 too.' }),
      ]),
    });
    const page = await archive.ask({ question: 'how far below a year earlier were gasoline prices in feb 1987' });
    expect(page.filters).toEqual({ from: '1987-02-01', to: '1987-03-31' });
    expect(page.results.map((r) => r.article.id)).toEqual(['prices', 'earnings']);
  });

  it('falls back to the whole archive, and says so, when a date in the question matches nothing', async () => {
    const archive = await archiveOf(corpus);
    const page = await archive.ask({ question: 'cocoa buffer stock in 1990' });
    expect(page.results[0]!.article.id).toBe('cocoa-1');
    expect(page.notes.join(' ')).toMatch(/Nothing matched dates 1990-01-01 to 1990-12-31; showing answers from the whole archive/);
  });

  it('reads a date in the question as words to find when no article of the archive is dated', async () => {
    const archive = await archiveOf({
      'business/profits.txt': 'TimeWarner projects higher profits\n\nFor 2005, TimeWarner is projecting profits growth of around 5%.',
      'business/dollar.txt': 'Dollar gains\n\nThe dollar rose against the euro in February after a speech.',
    });
    const page = await archive.ask({ question: 'What profits does TimeWarner expect in February 2005?' });
    expect(page.filters).toEqual({});
    expect(page.notes).toEqual([]);
    expect(page.results[0]!.article.id).toBe('business/profits');
  });

  it('rejects impossible dates, naming the option', async () => {
    const archive = await archiveOf(corpus);
    await expect(archive.ask({ question: 'gold', from: '1987-02-30' })).rejects.toThrow('from: "1987-02-30" is not a real date');
    await expect(archive.ask({ question: 'gold', from: '1988', to: '1987' })).rejects.toThrow('from: 1988-01-01 is after to 1987-12-31');
  });
});

describe('results', () => {
  it('answers a link alone with the article it names, and says so when the archive has none by that link', async () => {
    const archive = await archiveOf(corpus);
    for (const question of ['https://tass.com/1', '<https://tass.com/1>']) {
      const page = await archive.ask({ question });
      expect(page.results.map((r) => r.article.id)).toEqual(['https://tass.com/1']);
      expect(page.results[0]!.quote).toContain('Grain exports through the corridor');
    }
    const missing = await archive.ask({ question: 'https://tass.com/2' });
    expect(missing.notes).toContain('No article of the archive has that link: searching for its words.');
  });

  it('collapses repeated wire copy into one result, shown as the earliest', async () => {
    const archive = await archiveOf(corpus);
    const page = await archive.ask({ question: 'South African gold output' });
    const gold = page.results.filter((r) => r.article.id.startsWith('gold'));
    expect(gold).toHaveLength(1);
    expect(gold[0]).toMatchObject({ article: { id: 'gold-1' }, repeats: 1 });
  });

  it('takes the earliest of repeats sent the same day by their time', async () => {
    const story = 'Aid donors have promised Senegal 1.8 billion dlrs in soft loans over the next three years.';
    const archive = await archiveOf({
      'wire.jsonl': jsonLines([
        article({ id: 'later', date: '1987-04-01T14:32:55Z', title: 'SENEGAL AID', text: story }),
        article({ id: 'first', date: '1987-04-01T14:18:48Z', title: 'SENEGAL AID', text: `${story} Reuter` }),
      ]),
    });
    const [result] = (await archive.ask({ question: 'How much aid did donors promise Senegal?' })).results;
    expect(result).toMatchObject({ article: { id: 'first' }, repeats: 1 });
  });

  it('pages through a result set, and expires politely', async () => {
    const archive = await archiveOf(corpus);
    const first = await archive.ask({ question: 'tonnes', limit: 1 });
    expect(first!.total).toBe(2);
    expect(first!.next).not.toBeNull();
    const second = (await archive.more(first!.next!))!;
    expect(second.offset).toBe(1);
    expect(second.results[0]!.article.id).not.toBe(first!.results[0]!.article.id);
    expect(second.next).toBeNull();
    expect(await archive.more('nosuchtoken:1')).toBeNull();
  });

  it('answers "no passage found" with suggestions rather than an empty reply', async () => {
    const archive = await archiveOf(corpus);
    const page = await archive.ask({ question: 'kakoa bofferr' });
    expect(page.results).toEqual([]);
    expect(page.suggestions.length).toBeGreaterThan(0);
    const reply = answerReply(page);
    expect(reply.title).toBe('No passage found');
    expect(reply.lines.join(' ')).toMatch(/No passage found for “kakoa bofferr”\. Did you mean: .+\?/);
    expect(reply.footer).toBeUndefined();
    const talks = await archiveOf({
      'wire.jsonl': jsonLines([
        article({ id: 'talks', date: '1987-05-02', title: 'COCOA', text: 'Cocoa buffer stock talks resume in May, on a day to be set.' }),
      ]),
    });
    const said = await talks.ask({ question: 'What did the kakoa bofferr say?' });
    expect(said.suggestions.length).toBeGreaterThan(0);
    for (const suggestion of said.suggestions) expect(suggestion).toMatch(/^(cocoa|buffer)/i);
  });

  it('reads a misspelt word as the word of the archive one edit away, and says so', async () => {
    const archive = await archiveOf(corpus);
    const page = await archive.ask({ question: 'How much cocao has the bufer stock manager bought?' });
    expect(page.notes).toEqual(['Reading “cocao” as “cocoa”.', 'Reading “bufer” as “buffer”.']);
    expect(page.results[0]!.quote).toContain('So far the buffer stock manager has bought 21,000 tonnes of cocoa');
  });

  it('refuses an empty or overlong question with a clear message', async () => {
    const archive = await archiveOf(corpus);
    await expect(archive.ask({ question: '   ' })).rejects.toBeInstanceOf(InputError);
    await expect(archive.ask({ question: 'x'.repeat(6000) })).rejects.toThrow('question: too long (6000 characters; at most 500)');
  });
});
