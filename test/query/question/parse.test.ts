import { describe, expect, it } from 'vitest';
import { acronymsDefined, isAcronym, spelledOut } from '../../../src/text/acronyms.ts';
import { filtersInQuestion, parseQuestion, queryTerms, questionKind, sourceMention } from '../../../src/query/question/parse.ts';
import { expandQuestion } from '../../../src/query/question/expand.ts';
import { QueryWeights, spanEvidence } from '../../../src/query/rank/evidence.ts';
import { tokensOf } from '../../../src/text/tokens.ts';
import { indexTerm } from '../../../src/text/terms.ts';
import { InMemoryTermStatistics } from '../../../src/ingest/index/term-stats.ts';
import { DEFAULT_RANK_OPTIONS } from '../../../src/query/options.ts';

const term = (word: string) => indexTerm(word)!;

describe('question terms', () => {
  it('marks names and numbers as exact and leaves question words out', () => {
    const terms = queryTerms('Why will Finland raise taxes in 1987?');
    expect(terms.map((t) => t.term)).toEqual([term('Finland'), term('raise'), term('taxes'), '1987']);
    expect(terms.filter((t) => t.exact).map((t) => t.term)).toEqual([term('Finland'), '1987']);
  });

  it('takes may for the month after a word of time, before a day, or capitalised inside the question, else for the verb', () => {
    const months = (question: string) => queryTerms(question).filter((t) => t.term === 'may' && t.exact).length;
    expect(months('what was the jobless rate in may')).toBe(1);
    expect(months('what happened on may 5')).toBe(1);
    expect(months('Which rates rose in early May?')).toBe(1);
    expect(queryTerms('Why may the bank raise rates?').map((t) => t.term)).not.toContain('may');
  });

  it('takes the names of a question typed in lower case by how the archive writes them', () => {
    const isName = (word: string) => word === 'japan';
    expect(queryTerms('what did japan export?', isName).find((t) => t.term === term('japan'))?.exact).toBe(true);
    expect(queryTerms('what did japan export?').find((t) => t.term === term('japan'))?.exact).toBe(false);
    // A question typed with its capitals says itself which words are names.
    expect(queryTerms('What did Tokyo say japan exports?', isName).find((t) => t.term === term('japan'))?.exact).toBe(false);
  });

  it('takes the first word for a name when the archive writes it as one, since any first word has a capital', () => {
    const isName = (word: string) => ['zimbabwe', 'kuala', 'lumpur'].includes(word);
    const exact = (question: string) => queryTerms(question, isName).flatMap((t) => (t.exact ? [t.term] : []));
    expect(exact('Zimbabwe beef exports to the EC')).toEqual([term('Zimbabwe'), term('EC')]);
    expect(exact('Beef exports from Zimbabwe')).toEqual([term('Zimbabwe')]);
    expect(queryTerms('Kuala Lumpur rubber prices', isName).find((t) => t.term === term('Lumpur'))?.name).toBe('kuala lumpur');
  });

  it('takes two words of a question typed in lower case for a name when the archive writes them as one', () => {
    const isName = (words: string) => words === 'big board';
    const exactOf = (question: string) => queryTerms(question, isName).flatMap((t) => (t.exact ? [t.term] : []));
    expect(exactOf('why does the big board prefer morning settlement?')).toEqual([term('big'), term('board')]);
    expect(exactOf('why does the big, board-approved plan fail?')).toEqual([]);
    expect(exactOf('Why does the big board prefer Tokyo?')).toEqual([term('Tokyo')]);
  });

  it('leaves out a reporting verb, which asks for speech or names a source, and which nearly every story holds', () => {
    expect(parseQuestion('What did Zakharova say about NATO?', []).terms.map((t) => t.term)).toEqual([term('Zakharova'), term('NATO')]);
    expect(parseQuestion('Who said Manila wants to fix its debt?', []).terms.map((t) => t.term)).toEqual(
      ['Manila', 'wants', 'fix', 'debt'].map(term),
    );
    expect(parseQuestion('How soon will the round ease debts, says the envoy?', []).terms.map((t) => t.term)).not.toContain(term('says'));
    expect(parseQuestion('What did Zakharova tell reporters?', []).terms.map((t) => t.term)).toEqual([
      term('Zakharova'),
      term('reporters'),
    ]);
    expect(parseQuestion('Who told NATO?', []).terms.map((t) => t.term)).toEqual([term('NATO')]);
  });

  it('leaves out the verb of "what drove …", which asks for a cause as "why" does', () => {
    const question = parseQuestion('What drove the rise in Dutch reserves?', []);
    expect(question.kind).toBe('why');
    expect(question.terms.map((t) => t.term)).toEqual([term('rise'), term('Dutch'), term('reserves')]);
    expect(parseQuestion('Who drove the rise in Dutch reserves?', []).terms.map((t) => t.term)).toContain(term('drove'));
  });

  it('leaves out the word after "how" that says what is measured, which the answer gives in figures', () => {
    const termsOf = (question: string) => parseQuestion(question, []).terms.map((t) => t.term);
    expect(termsOf("How fast was Japan's money supply growing?")).toEqual([term('Japan'), term('money'), term('supply'), term('growing')]);
    expect(termsOf('how big were those losses?')).toEqual([term('losses')]);
    expect(termsOf('Why was the fast train late?')).toContain(term('fast'));
  });

  it('finds a source named as written, or in any case when the question is typed in lower case', () => {
    const without = (text: string) => text.replace(sourceMention('TASS', text), '_');
    expect(without('what did tass report about tass?')).toBe('what did _ report about _?');
    expect(without('What did TASS report to the Tass office?')).toBe('What did _ report to the Tass office?');
  });

  it('reads the kind of answer asked for', () => {
    expect(questionKind('Who warned about the loans?')).toBe('who');
    expect(questionKind('How much cocoa was bought?')).toBe('amount');
    expect(questionKind('When will the plant open?')).toBe('when');
    expect(questionKind('Russia has paid into the ICRC budget since when?')).toBe('when');
    expect(questionKind('Why did Sarney let importers buy dollars?')).toBe('why');
    expect(questionKind('What prompted the strike?')).toBe('why');
    expect(questionKind('What did the minister say about taxes?')).toBe('said');
    expect(questionKind('What did Iran call the reports?')).toBe('said');
    expect(questionKind('What did the minister raise?')).toBe('general');
    expect(questionKind('Which Soviet official said talks would resume?')).toBe('who');
    expect(questionKind('What did the union say about pay?')).toBe('said');
  });

  it('reads keywords that end on what they measure as asking for an amount', () => {
    expect(questionKind('siemens jtag denmark order size')).toBe('amount');
    expect(questionKind('cecos kentucky incinerator cost')).toBe('amount');
    expect(questionKind('what eps does the analyst see for 1987')).toBe('amount');
    expect(questionKind('cost cutting at chrysler')).toBe('general');
  });

  it('reads a reason, a time or a measure asked for in other words than why, when and how much', () => {
    expect(questionKind('What drove the rise in reserves?')).toBe('why');
    expect(questionKind('On what grounds did the company ask for an injunction?')).toBe('why');
    expect(questionKind('How soon will the talks ease the debt?')).toBe('when');
    expect(questionKind('How steeply did hourly pay drop?')).toBe('amount');
    expect(questionKind('By what margin did the House reject the aid?')).toBe('amount');
    expect(questionKind("what's the new target date?")).toBe('when');
    expect(questionKind('What is the pay date on the eurobond?')).toBe('when');
    expect(questionKind('What was the share of imports?')).toBe('amount');
    expect(questionKind('What is the plan of the board?')).toBe('general');
    expect(questionKind('What did the company make?')).toBe('general');
  });

  it('reads a month of a year, however written, as that month and the next', () => {
    expect(filtersInQuestion('exports in late December 1986?', [])).toEqual({ from: '1986-12-01', to: '1987-01-31' });
    expect(filtersInQuestion('prices in sept. 1987', [])).toEqual({ from: '1987-09-01', to: '1987-10-31' });
    expect(filtersInQuestion('the June 1987 tariff cuts', [])).toEqual({});
  });

  it('takes Mr or Dr before a name for no word to find, and miss before a word in lower case for one', () => {
    expect(queryTerms('What did Mr Blair say to Dr Fox?').map((t) => t.term)).toEqual(['blair', 'say', 'fox']);
    expect(queryTerms('Did they miss targets?').map((t) => t.term)).toEqual(['miss', 'target']);
  });

  it('takes the words that introduce a source for no word to find, and per before a rate for one', () => {
    const termsOf = (question: string) => queryTerms(question).map((t) => t.term);
    expect(termsOf('According to the premier, which nation resists?')).toEqual(['premier', 'nation', 'resist']);
    expect(termsOf('How much will Bonn borrow, per the ministry?')).toEqual(['bonn', 'borrow', 'ministri']);
    expect(termsOf('How much will Bonn borrow, per Stoltenberg?')).toEqual(['bonn', 'borrow', 'stoltenberg']);
    expect(termsOf('What was the Louvre accord?')).toContain('accord');
    expect(termsOf('How much did earnings per share rise?')).toContain('per');
  });

  it('reads when and which role wherever the question puts them', () => {
    expect(questionKind('per the agency, when is the chairman due to retire?')).toBe('when');
    expect(questionKind('On what exact date does the colony return?')).toBe('when');
    expect(questionKind('Which London economist called the accord misconceived?')).toBe('who');
    expect(questionKind('What share of bank lending went to farms?')).toBe('amount');
  });

  it('reads "which" before any role a person holds as asking who', () => {
    expect(questionKind('which governor?')).toBe('who');
    expect(questionKind('Which Republican congressman warned about the bill?')).toBe('who');
    expect(questionKind('Which regulator approved the merger?')).toBe('who');
    expect(questionKind('Which trade figures were revised?')).toBe('general');
    expect(questionKind('What governor powers does the bank have?')).toBe('general');
  });

  it('marks the words that say who is asked for, after which or what', () => {
    const answerType = (text: string) =>
      parseQuestion(text, [])
        .terms.filter((t) => t.answerType)
        .map((t) => t.term);
    expect(answerType('Which union leader urged Reagan to act?')).toEqual([term('union'), term('leader')]);
    expect(answerType('Which Soviet official said talks would resume?')).toEqual([term('Soviet'), term('official')]);
    // A tagger may read `Which` before a name as a pronoun: before a noun it is the noun's determiner.
    expect(answerType('Which GM Canada union local is furthest apart?')).toEqual([
      term('GM'),
      term('Canada'),
      term('union'),
      term('local'),
    ]);
    expect(answerType('Which is furthest apart?')).toEqual([]);
    expect(answerType('Who urged Reagan to act?')).toEqual([]);
    expect(answerType('What share of the market did Acme win?')).toEqual([]);
  });
});

describe('how the archive writes a word', () => {
  it('measures the share of its uses written capitalised, acronyms included', () => {
    const stats = InMemoryTermStatistics.count(['Japan and the UK agreed.', 'Exports from japan rose. Agreed terms.']);
    expect(stats.nameShare('japan')).toBeCloseTo(1 / 2);
    expect(stats.nameShare('uk')).toBe(1);
    expect(stats.nameShare('rose')).toBe(0);
    expect(stats.nameShare('agreed')).toBeCloseTo(1 / 2);
    expect(stats.nameShare('unseen')).toBe(0);
    expect(InMemoryTermStatistics.fromJSON(stats.toJSON()).nameShare('japan')).toBeCloseTo(1 / 2);
  });

  it('reads two words written side by side as a name more often than not, and often enough, as a name phrase', () => {
    const stats = InMemoryTermStatistics.count([
      ...Array.from({ length: 3 }, () => 'Shares of Caesars World rose. The Central Bank of Peru and the Big Board agreed.'),
      'The big board met, and caesars world fell. The central bank said so.',
      'The central bank said so, and the central bank acted as central bank staff advised. The big board fell.',
    ]);
    expect(stats.isNamePhrase('caesars', 'world')).toBe(true);
    // Three times of five as a name: more often than not.
    expect(stats.isNamePhrase('big', 'board')).toBe(true);
    expect(stats.isNamePhrase('central', 'bank')).toBe(false);
    // A stop word between two words makes no phrase of them.
    expect(stats.isNamePhrase('bank', 'peru')).toBe(false);
    expect(stats.isNamePhrase('peru', 'big')).toBe(false);
    expect(InMemoryTermStatistics.fromJSON(stats.toJSON()).isNamePhrase('caesars', 'world')).toBe(true);
  });
});

describe('query weights', () => {
  it('never lets an expansion count for more than the word it stands for', () => {
    const stats = InMemoryTermStatistics.count(['a day of reports', 'a circadian day', 'the day after']);
    const weights = new QueryWeights(
      [
        { term: term('day'), weight: 1, exact: false },
        { term: term('circadian'), weight: 0.5, exact: false, expands: term('day') },
      ],
      stats,
      DEFAULT_RANK_OPTIONS.weights.nameWords,
    );
    expect(stats.idf(term('circadian'))).toBeGreaterThan(stats.idf(term('day')));
    expect(weights.weightOf(term('circadian'))).toBeCloseTo(0.5 * weights.weightOf(term('day')));
  });
});

describe('answer kinds asked with which', () => {
  it('takes a sentence for the answer to "which union leader" only when it names one, in its text or its speaker', () => {
    const question = parseQuestion('Which union leader urged Reagan to act?', []);
    const weights = new QueryWeights(
      question.terms,
      InMemoryTermStatistics.count(['union leader', 'Reagan acts']),
      DEFAULT_RANK_OPTIONS.weights.nameWords,
    );
    const fits = (text: string, speaker: string[] = []) =>
      spanEvidence(text, tokensOf(text), weights, question.kind, new Set(speaker)).fitsKind;
    expect(fits('President Reagan said he would act.')).toBe(false);
    expect(fits('The union leader said Reagan must act.')).toBe(true);
    expect(fits('"Reagan must act," he said.', [term('union')])).toBe(true);
    expect(fits('The union leader met Reagan.')).toBe(false);
  });
});

describe('names', () => {
  it('counts a name found in another of its forms as found', async () => {
    const question = await expandQuestion(parseQuestion("What is the main issue in Finland's election?", []));
    const weights = new QueryWeights(
      question.terms,
      InMemoryTermStatistics.count(['Finnish elections', 'Finland votes']),
      DEFAULT_RANK_OPTIONS.weights.nameWords,
    );
    const exactOf = (text: string) => spanEvidence(text, tokensOf(text), weights, 'general').exact;
    expect(exactOf('Taxes are the issue in Finnish elections.')).toBe(1);
    expect(exactOf("Finland's voters go to the polls.")).toBe(1);
    expect(exactOf('Swedish voters go to the polls.')).toBe(0);
  });

  it('marks the words of a name written as several words as one name, not a name beside a day or a month', () => {
    const names = (question: string, isName?: (words: string) => boolean) =>
      Object.fromEntries(queryTerms(question, isName).flatMap((t) => (t.name ? [[t.term, t.name]] : [])));
    expect(names('Why did Kuala Lumpur dealers expect rubber to rise in Tokyo Monday trading and in June 1987?')).toEqual({
      [term('Kuala')]: 'kuala lumpur',
      [term('Lumpur')]: 'kuala lumpur',
    });
    // Two names that share a word stay two.
    expect(names('Do New York rules differ from those of New Jersey?')).toEqual({
      [term('York')]: 'new york',
      [term('New')]: 'new jersey',
      [term('Jersey')]: 'new jersey',
    });
    expect(names('what did the bank of england say')).toEqual({});
    expect(names('what did the finance ministry say', (words) => words === 'finance ministry')).toEqual({
      [term('finance')]: 'finance ministry',
      [term('ministry')]: 'finance ministry',
    });
  });

  it('counts a name of several words as one thing, its other words only in part', () => {
    const terms = queryTerms('rubber prices in Kuala Lumpur');
    const stats = InMemoryTermStatistics.count(['Kuala Lumpur', 'rubber prices', 'rubber prices', ...Array<string>(7).fill('markets')]);
    const coverageOf = (text: string, nameWords: number) =>
      spanEvidence(text, tokensOf(text), new QueryWeights(terms, stats, nameWords), 'general').coverage;
    const [city, answer] = ['Riots broke out in Kuala Lumpur.', 'Rubber prices rose.'];
    expect(coverageOf(city, 1)).toBeGreaterThan(coverageOf(answer, 1));
    expect(coverageOf(city, 0)).toBeLessThan(coverageOf(answer, 0));
    expect(coverageOf(city, 0.5)).toBeLessThan(coverageOf(city, 1));
    expect(coverageOf(city, 0.5)).toBeGreaterThan(coverageOf(city, 0));
  });
});

describe('acronyms', () => {
  it('finds an acronym of the question spelled out as a name, and in its own letters', () => {
    const weights = new QueryWeights(
      queryTerms('GM talks'),
      InMemoryTermStatistics.count(['GM talks', 'General Motors of Canada talks']),
      DEFAULT_RANK_OPTIONS.weights.nameWords,
    );
    const matched = (text: string) => [...spanEvidence(text, tokensOf(text), weights, 'general').matched].sort();
    expect(matched('The deepest divisions were between General Motors of Canada and the union.')).toEqual(['gm']);
    expect(matched('GM talks went on.')).toEqual(['gm', 'talk']);
    expect(matched('Good morning, general managers.')).toEqual([]);
  });

  it('reads two to six capitals as an acronym, and spells out runs of capitalized words with small joining words', () => {
    expect(['GM', 'IMF', 'OPEC'].every(isAcronym)).toBe(true);
    expect(['G', 'Gm', 'ABCDEFG', 'gm'].some(isAcronym)).toBe(false);
    const spelled = (text: string, ...wanted: string[]) => [...spelledOut(tokensOf(text), new Set(wanted))];
    expect(spelled('talks at the International Monetary Fund', 'IMF')).toEqual(['IMF']);
    expect(spelled('the Organization of Petroleum Exporting Countries met', 'OPEC')).toEqual(['OPEC']);
    expect(spelled('United States officials said', 'US')).toEqual(['US']);
    expect(spelled('International monetary policy', 'IMP')).toEqual([]);
  });

  it('reads the acronyms a text defines in parentheses after the name they stand for', () => {
    const defined = (text: string) => Object.fromEntries(acronymsDefined(text));
    expect(defined('a spokesman for the International Commodity Clearing House (ICCH) said')).toEqual({
      ICCH: 'International Commodity Clearing House',
    });
    expect(defined('the Organisation for Economic Cooperation and Development (OECD) said')).toEqual({
      OECD: 'Organisation for Economic Cooperation and Development',
    });
    // Initials that the words before do not spell are no definition.
    expect(defined('shares of Acme Corp (NYSE) rose, and the spokesman (EPA) said')).toEqual({});
  });
});

describe('answer kinds', () => {
  const stats = InMemoryTermStatistics.count(['cocoa prices', 'cocoa output']);
  const weights = new QueryWeights(queryTerms('cocoa'), stats, DEFAULT_RANK_OPTIONS.weights.nameWords);
  const isAmount = (text: string) => spanEvidence(text, tokensOf(text), weights, 'amount').fitsKind;

  it('takes percentages, units, large numbers and counts for amounts', () => {
    for (const text of [
      'Growth will be about 4% this year.',
      'It bought 21,000 tonnes.',
      'Prices rose 3.5 pct.',
      'It has 5 systems.',
      'Trade has doubled.',
      'The 100-kg bomb went off.',
    ]) {
      expect(isAmount(text), text).toBe(true);
    }
  });

  it('does not take a year or a day of the month for an amount', () => {
    for (const text of [
      'MOSCOW, December 26. /TASS/. The talks went on.',
      'The plant opened in 1987 after a delay.',
      'It was signed on 26 December.',
    ]) {
      expect(isAmount(text), text).toBe(false);
    }
  });

  it('takes attributed speech for what someone said or called something', () => {
    const fitsSaid = (text: string) => spanEvidence(text, tokensOf(text), weights, 'said').fitsKind;
    expect(fitsSaid('The spokesman said the reports were "misleading propaganda."')).toBe(true);
    expect(fitsSaid('Cocoa prices rose on the reports.')).toBe(false);
  });
});
