import { describe, expect, it } from 'vitest';
import { extractQuotes, isScareQuote } from '../../../src/ingest/quotes/extract.ts';
import { parseSpeaker } from '../../../src/ingest/quotes/speaker-phrase.ts';
import { sentenceBounds } from '../../../src/text/sentences.ts';

function quotesOf(...paragraphs: string[]) {
  return extractQuotes(paragraphs, paragraphs.map(sentenceBounds)).map(({ text, speaker, role, cue, kind, mention }) => ({
    text,
    speaker,
    role,
    cue,
    kind,
    mention,
  }));
}

describe('direct quotes', () => {
  it('attributes a quote-first sentence, straight or curly, and resolves a later surname to the fullest name', () => {
    const quotes = quotesOf(
      'Grain Minister Olga Petrova opened the session on Monday.',
      '“The harvest was the best in a decade,” Petrova said.',
      '"Exports will rise," she added.',
    );
    expect(quotes).toEqual([
      {
        text: 'The harvest was the best in a decade',
        speaker: 'Olga Petrova',
        role: 'Grain Minister',
        cue: 'said',
        kind: 'direct',
        mention: 'Petrova',
      },
      { text: 'Exports will rise', speaker: 'Olga Petrova', role: 'Grain Minister', cue: 'added', kind: 'direct', mention: 'she' },
    ]);
  });

  it('reads a reporting verb in the present tense, where news gives a statement that stands', () => {
    const quotes = quotesOf(
      '"This is where the market is going," said analyst Carole Ryavec.',
      'But Tadahiro Sekimoto argues that NEC will carry the day.',
      '"None is in the top 10 in all three," he said.',
      '"We must not forget that ours is a vulnerable economy," warns Fiat managing director Cesare Romiti.',
    );
    expect(quotes.map((q) => [q.speaker, q.cue])).toEqual([
      ['Carole Ryavec', 'said'],
      ['Tadahiro Sekimoto', 'argues'],
      ['Tadahiro Sekimoto', 'said'],
      ['Cesare Romiti', 'warns'],
    ]);
  });

  it('reads no speech in a present-tense verb that seldom reports it', () => {
    const quotes = quotesOf(
      'As long as OPEC maintains its output curbs, demand for its oil will rise, Sheikh Ali said.',
      'It fully agrees with the Central Bank policy, director Julien Geertsema told Reuters.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Sheikh Ali', 'Julien Geertsema']);
  });

  it('reads the speaker after the verb: said PaineWebber analyst Stephen Smith', () => {
    const [quote] = quotesOf('"Margins will recover by summer," said PaineWebber analyst Stephen Smith.');
    expect(quote).toMatchObject({ speaker: 'Stephen Smith', role: 'PaineWebber analyst', cue: 'said' });
  });

  it('reads the person named after "says" set off by a comma, not the words the sentence runs on with before it', () => {
    const quotes = quotesOf(
      'The market is "much more freeform now" than in 1956, the year things began to change, says Detroit analyst Arvid Jauppi.',
      '"I cannot," Congressman Arthur Ravenel, a Republican, said on Tuesday of his decision.',
      '"He knows inflation," Richard Medley, a partner, said of Greenspan.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Arvid Jauppi', 'Arthur Ravenel', 'Richard Medley']);
  });

  it('reads a name with of after the verb: said the Bank of England, said Tom Smith of Shearson', () => {
    const quotes = quotesOf(
      '"Rates will not be cut," said the Bank of England.',
      '"Demand is strong," said Bank of Japan senior economist Taro Sato.',
      '"Exports will grow," said Tom Smith of Shearson Lehman Brothers.',
    );
    expect(quotes.map((q) => [q.speaker, q.role])).toEqual([
      ['Bank of England', null],
      ['Taro Sato', 'Bank of Japan senior economist'],
      ['Tom Smith', 'of Shearson Lehman Brothers'],
    ]);
  });

  it("keeps a person's role when a later mention gives only their firm: Jardine Fleming's Edwards", () => {
    const quotes = quotesOf(
      '"Exports will fall," said Jardine Fleming Ltd analyst Nick Edwards.',
      '"Prices will hold," said Tom Murtha, a broker.',
      '"The approach is full of contradictions," Jardine Fleming\'s Edwards said.',
    );
    expect(quotes.map((q) => [q.speaker, q.role])).toEqual([
      ['Nick Edwards', 'Jardine Fleming Ltd analyst'],
      ['Tom Murtha', 'a broker'],
      ['Nick Edwards', 'Jardine Fleming Ltd analyst'],
    ]);
  });

  it('reads the speaker before the quote: Zakharova said: "…"', () => {
    const [quote] = quotesOf('Maria Zakharova said: "The only way out is dialogue."');
    expect(quote).toMatchObject({ text: 'The only way out is dialogue.', speaker: 'Maria Zakharova', cue: 'said' });
  });

  it('gives both halves of a quote split by its attribution to one speaker', () => {
    const quotes = quotesOf('"We are ready," trade union leader Ivan Sokolov said, "but only for a fair deal."');
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['We are ready', 'Ivan Sokolov'],
      ['but only for a fair deal.', 'Ivan Sokolov'],
    ]);
  });

  it('follows a quote over paragraphs: an opening mark with no closing one', () => {
    const quotes = quotesOf(
      '"The first part of the statement runs on here.',
      '"And the second part ends it," the spokesman for the ministry, Anna Lind, said.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Anna Lind', 'Anna Lind']);
    expect(quotes[0]!.text).toBe('The first part of the statement runs on here.');
  });

  it('reads the name in apposition after a role opened by a or an, with a party or an age after it', () => {
    const quotes = quotesOf(
      'A leading farm-state Congressman, Jerry Huckaby, D-La., warned he will press for legislation.',
      'A senior Treasury official, John Smith, 52, said rates would fall.',
    );
    expect(quotes.map((q) => [q.speaker, q.role])).toEqual([
      ['Jerry Huckaby', 'leading farm-state Congressman'],
      ['John Smith', 'senior Treasury official'],
    ]);
  });

  it('gives a quotation to who describes, brands or labels something with it', () => {
    const quotes = quotesOf(
      'BZW spokesman Geoffrey Kelly described the rumours as "absolute rubbish."',
      'Liberal leader John Turner labelled the sales tax "a money machine for the minister of finance."',
    );
    expect(quotes.map((q) => [q.speaker, q.cue])).toEqual([
      ['Geoffrey Kelly', 'described'],
      ['John Turner', 'labelled'],
    ]);
  });

  it('reads a body named after "the", a newspaper without the word newspaper, and a pronoun after a quotation ending its sentence as the next one', () => {
    const quotes = quotesOf(
      'The Indian Express said: "The defence cow has never been holier."',
      'The Sunday Mail newspaper branded the budget "shamelessly political." It said the "budget is bad for growth."',
    );
    expect(quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker)).toEqual(['Indian Express', 'Sunday Mail', 'Sunday Mail']);
  });

  it('resolves a legislator named by party and state to the one named before', () => {
    const quotes = quotesOf(
      'Senate Banking Committee chairman William Proxmire opened the hearing.',
      '"This bill is the first step," the Wisconsin Democrat said.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['William Proxmire']);
  });

  it('reads someone unnamed by their role and workplace at the opening of a sentence, and the body after', () => {
    const quotes = quotesOf(
      'One senior dealer for a German bank said, "There is no way they can have hoped to get away with it."',
      'A spokeswoman for the EC Commission said the report was a response.',
      'The Commission said not all the barriers were inconsistent.',
      'An analyst of Soviet agriculture at USDA noted that an article in Izvestia said output would be "30 mln tonnes more."',
    );
    expect(quotes.map((q) => q.speaker)).toEqual([
      'one senior dealer for a german bank',
      'a spokeswoman for the ec commission',
      'EC Commission',
      'an analyst of soviet agriculture at usda',
      'an analyst of soviet agriculture at usda',
    ]);
  });

  it('names an unnamed speaker without an apposition that tells when or how they spoke', () => {
    const quotes = quotesOf(
      'The report, published on Monday, said prices would rise.',
      'An official, speaking on condition of anonymity, said the talks had failed.',
      'Senior economists, including Susumu Taketomi, said rates would fall.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['the report', 'an official', 'senior economists']);
  });

  it('names an unnamed speaker without a relative clause that tells of them, before the verb or after it', () => {
    const quotes = quotesOf(
      'Rates will fall, one industry source, who asked not to be named, told Reuters.',
      'Exports will rise, the 24-nation OECD, which hosted the talks, said.',
      '"Acreage should be up," said one commission house analyst, whose estimate was based on forecasts.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['one industry source', 'the 24-nation oecd', 'one commission house analyst']);
  });

  it('reads no person in a list of names after a role', () => {
    const [quote] = quotesOf('An attorney with Kronish, Lieb, Weiner and Hellman in New York, said the plan had failed.');
    expect(quote!.speaker).toBe('an attorney with kronish, lieb, weiner and hellman in new york');
  });

  it('resolves "the diplomat" and "she" to the named speaker before them', () => {
    const quotes = quotesOf(
      'Talks were productive, Foreign Ministry Spokeswoman Elena Morozova said.',
      '"The remaining questions are technical," the diplomat said.',
    );
    expect(quotes.at(-1)).toMatchObject({ speaker: 'Elena Morozova', mention: 'the diplomat' });
  });

  it('takes "he" for the subject of the sentence before, not the last person it names', () => {
    const quotes = quotesOf('Secretary of State George Shultz met President Corazon Aquino in Manila.', '"The future is bright," he said.');
    expect(quotes[0]).toMatchObject({ speaker: 'George Shultz', mention: 'he' });
  });

  it('takes "he" for an unnamed speaker who spoke after a named one', () => {
    const quotes = quotesOf(
      '"Margins will recover," analyst Philip Fricke said.',
      'But a Western diplomat warned that buyers would stay away.',
      '"Investors are not interested," he said.',
    );
    expect(quotes.at(-1)).toMatchObject({ speaker: 'a western diplomat', mention: 'he' });
  });

  it('gives a quote after a verb with no subject ("and then added") to the speaker of the quote before', () => {
    const quotes = quotesOf(
      'Agriculture Secretary Richard Lyng met farmers on Monday.',
      'Asked about comments by Rep. Pat Roberts of Kansas, Lyng said, "well it won\'t be today," and then added, "we have no official comment."',
    );
    expect(quotes.map((q) => [q.speaker, q.cue])).toEqual([
      ['Richard Lyng', 'said'],
      ['Richard Lyng', 'added'],
    ]);
  });

  it('leaves a place before a name to the role: "Ambassador to Hanoi Gennady Bezdetko"', () => {
    const quotes = quotesOf("Russia's Ambassador to Hanoi Gennady Bezdetko met the delegation.", '"The talks went well," Bezdetko said.');
    expect(quotes[0]!.speaker).toBe('Gennady Bezdetko');
  });

  it('takes a given name ending like a nationality for part of the name: "Prime Minister Brian Mulroney"', () => {
    const quotes = quotesOf(
      '"We will not retreat," Prime Minister Brian Mulroney said.',
      '"Nor will we," said Lebanese envoy Julian Hakim.',
    );
    expect(quotes.map((q) => [q.speaker, q.role])).toEqual([
      ['Brian Mulroney', 'Prime Minister'],
      ['Julian Hakim', 'Lebanese envoy'],
    ]);
  });

  it('takes the trade a sentence opens with for the role, not part of the name: "Investor Paul Bilzerian said"', () => {
    const quotes = quotesOf('Investor Paul Bilzerian said he would bid.', 'Novelist Ian McEwan said: "It is a fine book."');
    expect(quotes.map((q) => [q.speaker, q.role])).toEqual([
      ['Paul Bilzerian', 'Investor'],
      ['Ian McEwan', 'Novelist'],
    ]);
  });

  it('reads an adverb of when or how between the speaker and "told": "Alan Moore subsequently told Reuters"', () => {
    const quotes = quotesOf(
      'In a statement, chief executive Brian Pitman said "We are leaving the market."',
      'Treasurer Alan Moore subsequently told Reuters the decision was taken today.',
      'He said the move was not a reaction to losses.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Brian Pitman', 'Alan Moore', 'Alan Moore']);
  });

  it('takes no place or sentence opening for a person: "In Japan", "in New York"', () => {
    const quotes = quotesOf('In Japan, growth slowed as the committee met in New York on Monday.', '"It will recover," he said.');
    expect(quotes.map((q) => q.speaker)).toEqual([null]);
  });

  it('takes "it" for no person', () => {
    const quotes = quotesOf('Chairman John Smith opened the new plant on Monday.', '"Sales rose," it said.');
    expect(quotes[0]!.speaker).toBeNull();
  });

  it('takes "the official" for an unnamed speaker when nobody named has spoken yet, and "U.S." for no sentence end', () => {
    const quotes = quotesOf(
      'Washington views the plan with concern, a U.S. delegate at the meeting said.',
      '"Any change would send the wrong message," the official said.',
      '"Reform should be the theme," chief U.S. Delegate Charles Dallara told the meeting.',
    );
    expect(quotes.filter((q) => q.kind === 'direct').map((q) => [q.speaker, q.cue])).toEqual([
      ['a u.s. delegate at the meeting', 'said'],
      ['Charles Dallara', 'told'],
    ]);
    expect(quotes.at(-1)!.role).toBe('chief U.S. Delegate');
  });

  it('reads who a report quotes "as saying", and "the spokesman" later as the same speaker', () => {
    const quotes = quotesOf(
      'Tehran radio quoted a Foreign Ministry spokesman as saying any interference would meet "a strong response from Iran."',
      'Defence Secretary Caspar Weinberger said the U.S. would keep shipping lanes open.',
      'The Iranian spokesman said the reports were "misleading propaganda."',
      'He said Iran would use "all its legitimate means to stem the cause of tension."',
    );
    expect(quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker)).toEqual(Array(3).fill('a foreign ministry spokesman'));
  });

  it('takes no conjunction for part of a name: "the U.S. And Japan," the official said', () => {
    const quotes = quotesOf(
      '"The bank was set up as a partnership between the U.S. And Japan," the official said.',
      'Japan holds 15 pct of the stock.',
    );
    expect(quotes[0]!.speaker).toBe('the official');
    expect(parseSpeaker('But a U.S. Embassy official')).toMatchObject({ kind: 'unnamed', name: 'a u.s. embassy official' });
  });

  it('takes "the spokesman" with no one before to be for someone unnamed, as the text calls them', () => {
    const quotes = quotesOf('The plant will close in June.', '"The decision is final," the Shell spokesman said.');
    expect(quotes.map((q) => q.speaker)).toEqual(['the shell spokesman']);
  });

  it('names an unnamed speaker by role, and an organisation by its name, without an article or initials after it', () => {
    const quotes = quotesOf(
      '"We expect a dividend," a Ford spokesman said.',
      '"The decision stands," the Foreign Ministry said.',
      '"Stocks fell," the American Petroleum Institute (API) said.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['a ford spokesman', 'Foreign Ministry', 'American Petroleum Institute']);
  });

  it('reads a surname after Mr or Dr as a person, the one named in full before when there is one', () => {
    const quotes = quotesOf('Gordon Brown spoke on Monday.', '"Growth will return," Mr Brown said.', '"It will," said Dr Okafor.');
    expect(quotes.map((q) => q.speaker)).toEqual(['Gordon Brown', 'Okafor']);
    expect(extractQuotes(['"It will," said Dr Okafor.'], [[0, 26]])[0]!.speakerType).toBe('person');
  });

  it('takes no "Both" or "its" that opens a phrase for part of a name or a role: "Both Sears and Kellwood", "its president"', () => {
    const quotes = quotesOf(
      'Both Sears and Kellwood Co, a Sears supplier, agreed to pay penalties.',
      'Sears said it was "the only retailer to act."',
      'Hutton LBO will keep the courier business, its president Warren Idsal said.',
    );
    expect(quotes.map((q) => [q.speaker, q.role])).toEqual([
      ['Sears', null],
      ['Sears', null],
      ['Warren Idsal', 'president'],
    ]);
  });

  it("gives the words of Mr Akaev's spokesman to the spokesman, not to Akaev", () => {
    const quotes = quotesOf(
      'President Askar Akaev pushed through the law.',
      '"The ink is one part of the effort," said Mr Akaev\'s spokesman.',
    );
    expect(quotes.map((q) => [q.speaker, q.role])).toEqual([["Mr Akaev's spokesman", 'spokesman']]);
  });

  it('reads a straight double mark inside a word as the apostrophe it stands for (Brazil"s), not a quote mark', () => {
    const quotes = quotesOf(
      'Critics attacked Brazil"s new budget.',
      'The Daily Post, the country"s biggest paper, said: "The budget is a mistake." Officials didn"t comment.',
    );
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['The budget is a mistake.', 'Daily Post']]);
  });

  it('takes a nickname inside a name for no quotation, a word of reply with its comma for one', () => {
    const quotes = quotesOf('Sales chief J.R. "Buzz" Miller said the plan was sound.', '"No," Miller said when asked about cuts.');
    const direct = quotes.filter((q) => q.kind === 'direct');
    expect(direct.map((q) => q.text)).toEqual(['No']);
    expect(direct[0]!.speaker).toMatch(/Miller$/);
  });

  it('takes scare quotes around a term, a title or a nickname for no quotation', () => {
    expect(isScareQuote('shadow fleet')).toBe(true);
    expect(isScareQuote('Iron Lady')).toBe(true);
    expect(isScareQuote('The New York Times')).toBe(true);
    expect(isScareQuote('we will use it, but we are not in a hurry.')).toBe(false);
    expect(
      quotesOf('The so-called "shadow fleet" was discussed, the minister Pavel Orlov said.').filter((q) => q.kind === 'direct'),
    ).toEqual([]);
  });

  it('takes a term named "so-called", "dubbed" or "termed" for no quotation, however many words it has', () => {
    expect(
      quotesOf('The union intends to sanction the so-called "Russia’s shadow fleet" over the incident, according to a statement.'),
    ).toEqual([expect.objectContaining({ kind: 'indirect', text: expect.stringContaining('so-called "Russia’s shadow fleet"') })]);
    expect(quotesOf('The bonds, dubbed "alternative participation instruments," will be issued, Gonzalez said.')).toEqual([
      expect.objectContaining({ kind: 'indirect', speaker: 'Gonzalez' }),
    ]);
  });
  it('reads the speaker before an adverb and the verb that open a quotation: "Carney also agreed: …"', () => {
    expect(
      quotesOf(
        '"Act in step with the talk," said Willy de Clercq. Trade Minister Patricia Carney also agreed: "We are meeting in a time of tension."',
      ),
    ).toEqual([
      expect.objectContaining({ text: 'Act in step with the talk', speaker: 'Willy de Clercq' }),
      expect.objectContaining({ text: 'We are meeting in a time of tension.', speaker: 'Patricia Carney' }),
    ]);
  });

  it('takes no possessive for the speaker of a quotation: "Reynolds also said GenCorp\'s previously announced sales are …"', () => {
    expect(
      quotesOf(
        'Reynolds, the chairman, spoke.',
        'Reynolds also said GenCorp\'s previously announced sales are "proceeding satisfactorily."',
      ),
    ).toContainEqual(expect.objectContaining({ kind: 'direct', text: 'proceeding satisfactorily.', speaker: 'Reynolds' }));
  });

  it('reads a speaker whose age and home town stand between commas: "Ann Smith, 34, from Leeds, said: …"', () => {
    const quotes = quotesOf(
      'Flood waters rose in the city centre on Monday.',
      'Ann Smith, 34, from Leeds, said: "We lost everything."',
      'Peter Hale, 52, told reporters: "The council was too slow."',
    );
    expect(quotes.map(({ text, speaker, cue }) => ({ text, speaker, cue }))).toEqual([
      { text: 'We lost everything.', speaker: 'Ann Smith', cue: 'said' },
      { text: 'The council was too slow.', speaker: 'Peter Hale', cue: 'told' },
    ]);
  });

  it('resolves "the 27-year-old" and "the Frenchman" to the person named before, as it does "the diplomat"', () => {
    const quotes = quotesOf(
      'Thierry Henri scored twice as Arsenal won. Henri said the team had played well.',
      '"It is an honour to play here," said the 27-year-old.',
      'Arsenal manager Arnaud Wenger said his players were superb. "We are very pleased," said the Frenchman.',
    );
    expect(quotes.filter((quote) => quote.kind === 'direct').map(({ speaker, mention }) => ({ speaker, mention }))).toEqual([
      { speaker: 'Thierry Henri', mention: 'the 27-year-old' },
      { speaker: 'Arnaud Wenger', mention: 'the Frenchman' },
    ]);
  });

  it('reads past a relative clause between the speaker and the verb before a quotation', () => {
    const quotes = quotesOf(
      'Chrysler Corp agreed to buy the carmaker.',
      'Chrysler, which signed a letter of intent on March 9, said "considerable progress has been made."',
    );
    expect(quotes.at(-1)).toMatchObject({ speaker: 'Chrysler Corp', cue: 'said' });
  });

  it('reads a quotation led into by a colon as what its speaker said, the words before the colon as no speech', () => {
    const quotes = quotesOf(
      'Grain prices fell sharply, Minister Olga Petrova said on Monday.',
      'Anna Berg, Chairwoman of the Grain Marketing Board (GMB) told Reuters in an interview: "Prices will fall further. We expect a glut."',
      'Olaf Lind said the harvest had been poor: "We lost half the crop."',
    );
    expect(quotes.filter((quote) => quote.kind === 'direct').map(({ text, speaker, cue }) => ({ text, speaker, cue }))).toEqual([
      { text: 'Prices will fall further. We expect a glut.', speaker: 'Anna Berg', cue: 'told' },
      { text: 'We lost half the crop.', speaker: 'Olaf Lind', cue: 'said' },
    ]);
    expect(quotes.filter((quote) => quote.kind === 'indirect').map((quote) => quote.text)).toEqual([
      'Grain prices fell sharply',
      'the harvest had been poor: "We lost half the crop."',
    ]);
  });

  it('reads the subject after the words that carry a quotation on: "a wait and see attitude" by buyers, he said', () => {
    const quotes = quotesOf(
      'Trader Aldo Hofmeister said stocks were ample.',
      'Selling had levelled off, which could reflect a "wait and see attitude" by buyers, he said.',
      '"I am concerned that we have gotten so nervous," about exchange rates, Governor Martha Seger said.',
    );
    expect(quotes.filter((quote) => quote.kind === 'direct').map(({ text, speaker, mention }) => ({ text, speaker, mention }))).toEqual([
      { text: 'wait and see attitude', speaker: 'Aldo Hofmeister', mention: 'he' },
      { text: 'I am concerned that we have gotten so nervous', speaker: 'Martha Seger', mention: 'Governor Martha Seger' },
    ]);
    const [unnamed] = quotesOf('The plan "is still under review" by the working group, a USDA official said.');
    expect(unnamed).toMatchObject({ text: 'is still under review', speaker: 'a usda official' });
  });

  it('finds no speaker in words that carry a quotation on without a subject: the one named before it speaks', () => {
    const quotes = quotesOf(
      'Raul Gonzalez said the charges would be filed "within the week" in a special court, adding that an appeal was possible.',
    );
    expect(quotes.find((quote) => quote.kind === 'direct')).toMatchObject({ text: 'within the week', speaker: 'Raul Gonzalez' });
  });

  it('does not take the subject of what is said for who says it: Ford has been "a laggard" in that area, he said', () => {
    const quotes = quotesOf(
      'Henry Ford, the founder, built the first plant.',
      '"Carmakers must diversify," said analyst Jack Kirnan. Ford has been "a little bit of a laggard" in that area, he said.',
    );
    expect(quotes.find((quote) => quote.text === 'a little bit of a laggard')).toMatchObject({ speaker: 'Jack Kirnan', mention: 'he' });
  });

  it('gives he and she to someone they can mean: she after he for the woman named since, he after her for the man', () => {
    const quotes = quotesOf(
      'Analyst Tom Reed said the chain could be worth 15 dlrs a share. "They have attractive leases," he said.',
      'Anna Levy of Hutton also believes a deal is near. "Something is going to happen," she said.',
      'Earnings will recover. "The worst is over," he said.',
    );
    expect(quotes.filter((quote) => quote.kind === 'direct').map(({ text, speaker }) => [text, speaker])).toEqual([
      ['They have attractive leases', 'Tom Reed'],
      ['Something is going to happen', 'Anna Levy'],
      ['The worst is over', 'Tom Reed'],
    ]);
  });

  it('knows a woman or a man by Mrs, Ms, Miss or Mr before the surname: he after Mrs Hodge spoke is the man named since', () => {
    const quotes = quotesOf(
      'Margaret Hodge said the scheme was working.',
      'Mrs Hodge met Chancellor Gordon Brown on Monday. "The numbers are good," he said.',
    );
    expect(quotes.find((quote) => quote.kind === 'direct')).toMatchObject({ text: 'The numbers are good', speaker: 'Gordon Brown' });
  });
});

describe('unattributed quotes', () => {
  it('go to the article’s principal speaker, not to someone quoted once in passing', () => {
    const quotes = quotesOf(
      'Exports will grow next year, President Ivan Petrov told reporters.',
      '"We are ready for any scenario," Petrov said.',
      '"Nobody will be left behind," he added.',
      'Back in 2020, Prime Minister Olga Sand suggested "waiting for a better moment to talk."',
      '"We always keep our word."',
    );
    expect(quotes.at(-1)).toMatchObject({ text: 'We always keep our word.', speaker: 'Ivan Petrov', cue: null });
  });

  it('continue the last speaker within a run of their quotes', () => {
    const quotes = quotesOf('"The harvest is in," farm minister Olga Sand said.', '"Prices will hold."');
    expect(quotes.at(-1)).toMatchObject({ speaker: 'Olga Sand', cue: null });
  });
});

describe('unnamed speakers', () => {
  it('lets an unnamed speaker who spoke last go on speaking in the quotes that follow', () => {
    const quotes = quotesOf(
      '"We will reform prices," President Ana Ruiz said. "Wages will follow," Ruiz said.',
      'A Western diplomat said the plan was modest.',
      '"This is a repeat of what they did in 1985."',
    );
    expect(quotes.at(-1)).toMatchObject({ text: 'This is a repeat of what they did in 1985.', speaker: 'a western diplomat' });
  });
});

describe('indirect speech', () => {
  /** Each quotation read from the paragraphs, as its speaker and its words. */
  const said = (...paragraphs: string[]) => quotesOf(...paragraphs).map((q) => [q.speaker, q.text]);

  it('reads a clause followed by its speaker and verb', () => {
    const [quote] = quotesOf('Russia could use the system again if need be, Russian President Vladimir Putin told reporters.');
    expect(quote).toMatchObject({
      text: 'Russia could use the system again if need be',
      speaker: 'Vladimir Putin',
      role: 'Russian President',
      cue: 'told',
      kind: 'indirect',
    });
  });

  it('reads what was told a broadcaster or one of its programmes, the broadcaster no part of it', () => {
    expect(said('Gordon Brown told BBC News the plan was flawed.')).toEqual([['Gordon Brown', 'the plan was flawed']]);
    expect(said("Michael Howard told BBC Radio 4's Today programme the tax would rise.")).toEqual([
      ['Michael Howard', 'the tax would rise'],
    ]);
    expect(said('Adolfo Calero told Cable News Network that he had found the deposits.')).toEqual([
      ['Adolfo Calero', 'he had found the deposits'],
    ]);
  });

  it('reads no speech in "stated this" or "said so", which point back to what was said', () => {
    expect(quotesOf('Foreign Ministry Spokeswoman Maria Zakharova stated this at a briefing.')).toEqual([]);
    expect(quotesOf('Jones said so on Monday.')).toEqual([]);
    expect(quotesOf('Smith said this in turn would hurt exports.').map((q) => q.text)).toEqual(['this in turn would hurt exports']);
  });

  it('reads the clause after "that," and after whom it was told, named in capitals', () => {
    const textOf = (sentence: string) => quotesOf(sentence).map((q) => q.text);
    expect(textOf('Schroeder told a news conference that, contrary to assurances, the tax was kept.')).toEqual([
      'contrary to assurances, the tax was kept',
    ]);
    expect(textOf('Donald Trump told UAL Inc Chairman Richard Ferris that he was interested in the stock.')).toEqual([
      'he was interested in the stock',
    ]);
    expect(textOf('Angell told a business lunch the dollar was stable.')).toEqual(['the dollar was stable']);
    expect(textOf('Industrial Equity Ltd told the Securities and Exchange Commission it has acquired 72,600 shares.')).toEqual([
      'it has acquired 72,600 shares',
    ]);
  });

  it('reads a subject with two words in lower case before its name ("state agency Interbras"), not "head of" a body', () => {
    expect(said('In a statement, state agency Interbras said it had raised prices.')).toEqual([['Interbras', 'it had raised prices']]);
    expect(said('But Hannes Androsch, head of Creditanstalt-Bankverein <CABV.VI> told Reuters he opposed a cut.')).toEqual([
      ['Hannes Androsch', 'he opposed a cut'],
    ]);
  });

  it('reads a clause followed by its speaker and a verb with its auxiliary: "…, officials have said"', () => {
    expect(said('Sharp price rises could provoke unrest, union leaders have said.')).toEqual([
      ['union leaders', 'Sharp price rises could provoke unrest'],
    ]);
    expect(said('Under the nonbinding pact, Moscow has agreed to buy nine mln tonnes of grain a year.')).toEqual([]);
  });

  it('reads whom something was told on through "of" and "and": a meeting of analysts, the House of Lords, the SEC', () => {
    expect(said('Chairman Hugh Liedtke told a meeting of securities analysts that the company would consider an offer.')).toEqual([
      ['Hugh Liedtke', 'the company would consider an offer'],
    ]);
    expect(said('Lord Belstead told the House of Lords the tax would raise the price of food.')).toEqual([
      ['Lord Belstead', 'the tax would raise the price of food'],
    ]);
    expect(said('Governor Martha Seger told the Savings and Loan executives that she was concerned about markets.')).toEqual([
      ['Martha Seger', 'she was concerned about markets'],
    ]);
    expect(said('Siebel Capital Inc told the Securities and Exchange Commission (SEC) it bought 1.3 mln shares.')).toEqual([
      ['Siebel Capital Inc', 'it bought 1.3 mln shares'],
    ]);
  });

  it('reads a subject with its initials in brackets inside it, and without the time it spoke, which alone is no speaker', () => {
    expect(said('European Community (EC) commissioner Willy de Clercq meanwhile told reporters the talks had failed.')).toEqual([
      ['Willy de Clercq', 'the talks had failed'],
    ]);
    expect(said('Senator Bill Bradley (Democrat) of New Jersey said the administration was under a cloud.')).toEqual([
      ['Bill Bradley', 'the administration was under a cloud'],
    ]);
    expect(said('Industrial Equity (Pacific) Ltd said it raised its stake in Wrather Corp.')).toEqual([
      ['Industrial Equity (Pacific) Ltd', 'it raised its stake in Wrather Corp'],
    ]);
    expect(said('Zenith Data Corp said its offer was final.', 'The company earlier this month said it would sell two plants.')).toEqual([
      ['Zenith Data Corp', 'its offer was final'],
      ['Zenith Data Corp', 'it would sell two plants'],
    ]);
    expect(said('Earlier today, state bank Banca Commerciale Italiana, BCI, said it will sign a venture.')).toEqual([
      ['Banca Commerciale Italiana', 'it will sign a venture'],
    ]);
  });

  it("leaves out a dateline, a story's or a round-up item's, of the speaker and of what was said", () => {
    expect(said('LONDON - Yamaichi International (Europe) Ltd said it is repackaging 137 mln dlrs of notes.')).toEqual([
      ['Yamaichi International (Europe) Ltd', 'it is repackaging 137 mln dlrs of notes'],
    ]);
    expect(said('LONDON, March 26 - The Bank of England said it provided 15 mln stg in assistance.')).toEqual([
      ['Bank of England', 'it provided 15 mln stg in assistance'],
    ]);
    expect(said('FRANKFURT - The Bundesbank did not intervene as the dollar was fixed lower, dealers said.')).toEqual([
      ['dealers', 'The Bundesbank did not intervene as the dollar was fixed lower'],
    ]);
  });

  it('gives what follows to who opens the sentence saying it, not to what it is according to', () => {
    const [quote] = quotesOf('Helmut Wiehn said earnings per share, according to the DVFA method, were 26.95 marks.');
    expect(quote).toMatchObject({ speaker: 'Helmut Wiehn', text: 'earnings per share, according to the DVFA method, were 26.95 marks' });
    const [source] = quotesOf('China has added 30,000 tonnes of corn to its purchases, according to the Agriculture Department.');
    expect(source!.speaker).toBe('Agriculture Department');
  });

  it('reads "X said …" without "that", with the reporting verbs of news copy', () => {
    expect(quotesOf('A company spokesman said the Lima plant would close in May.')).toEqual([
      expect.objectContaining({ text: 'the Lima plant would close in May', speaker: 'a company spokesman', cue: 'said', kind: 'indirect' }),
    ]);
    expect(quotesOf('Ana Ruiz denied the bank had sold its bonds.')[0]).toMatchObject({ speaker: 'Ana Ruiz', cue: 'denied' });
    expect(quotesOf('Farm-state senators indicated they may broaden the rescue package.')[0]).toMatchObject({
      text: 'they may broaden the rescue package',
      cue: 'indicated',
      kind: 'indirect',
    });
    expect(quotesOf('Ana Ruiz hinted that rates would fall.')[0]).toMatchObject({ speaker: 'Ana Ruiz', cue: 'hinted' });
  });

  it('reads speech reported in the present, "X say …", "X point out …"', () => {
    expect(quotesOf('Western diplomats say the talks will fail.')).toEqual([
      expect.objectContaining({ text: 'the talks will fail', speaker: 'western diplomats', kind: 'indirect' }),
    ]);
    expect(quotesOf('Ana Ruiz pointed out that three lenders had agreed.')).toEqual([
      expect.objectContaining({ text: 'three lenders had agreed', speaker: 'Ana Ruiz', kind: 'indirect' }),
    ]);
  });

  it('takes a reporting verb before "to" and a verb for what was done, not said: "X agreed to …"', () => {
    expect(quotesOf('The bank agreed to lend 50 mln dlrs to the state.')).toEqual([]);
    expect(quotesOf('The committee agreed to open debate on the complaint in July, trade officials said.')).toEqual([
      expect.objectContaining({ text: 'The committee agreed to open debate on the complaint in July', speaker: 'trade officials' }),
    ]);
  });

  it('reads a subject the text describes in lower case after an opening phrase: "At the same time, rival Ford Motor Co said …"', () => {
    expect(quotesOf('At the same time, rival Ford Motor Co <F> said its car sales rose 29.3 pct.')).toEqual([
      expect.objectContaining({ text: 'its car sales rose 29.3 pct', speaker: 'Ford Motor Co', kind: 'indirect' }),
    ]);
  });

  it('reads speech reported in the perfect, "X has said …"', () => {
    expect(quotesOf('The ministers have said they want new talks.')).toEqual([
      expect.objectContaining({ text: 'they want new talks', kind: 'indirect' }),
    ]);
  });

  it('gives what "the ministers" or "the local press" report to that group or body, not to a person named before', () => {
    const quotes = quotesOf(
      'Finance Minister Ana Ruiz met bankers on Monday.',
      'The ministers have said they want new talks.',
      'The local press reported the deal was close.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['the ministers', 'the local press']);
  });

  it('gives what "they" say to the group of people who spoke last, else to the body', () => {
    const quotes = quotesOf(
      'The Communist Party said the reform plan was approved on Monday.',
      'Western diplomats said the party was divided.',
      'They said the conservatives were critical of the plan.',
      'The Communist Party said the plan would go ahead. They said it would be put to a vote.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual([
      'Communist Party',
      'western diplomats',
      'western diplomats',
      'Communist Party',
      'Communist Party',
    ]);
  });

  it('reads a second speaker after a source: "…, according to the president, but Kiev announced that …"', () => {
    const quotes = quotesOf(
      'President Ana Ruiz spoke.',
      'Gas will flow, according to the president, but Kiev announced that it will end the contract.',
    );
    expect(quotes.map((q) => [q.text, q.speaker, q.cue])).toEqual([
      ['Gas will flow', 'Ana Ruiz', 'according to'],
      ['it will end the contract', 'Kiev', 'announced'],
    ]);
  });

  it('names a body without whose it is and what it is ("Yukos\' owner Menatep Group"), a report by whose it is', () => {
    const speakers = [
      "Yukos' owner Menatep Group says it will ask Rosneft to repay the loan.",
      "Japan's largest carmaker Toyota Motor Corp said exports would fall.",
      "The U.S. Agriculture Department's latest Export Sales report said wheat sales rose.",
      "Lloyd's Bank Plc said profits would rise.",
    ].map((paragraph) => quotesOf(paragraph)[0]?.speaker);
    expect(speakers).toEqual(['Menatep Group', 'Toyota Motor Corp', 'U.S. Agriculture Department', "Lloyd's Bank Plc"]);
  });

  it('takes a month or a day before a reporting verb for no speaker', () => {
    const quotes = quotesOf('Brazil, which in February declared a moratorium, is still talking.', 'It said the talks would go on.');
    expect(quotes.map((q) => q.speaker)).not.toContain('February');
  });

  it('reads past an opening adverbial phrase to the subject and its verb', () => {
    expect(quotesOf('In a speech to bankers in Lima, Ana Ruiz said rates would fall.')).toEqual([
      expect.objectContaining({ text: 'rates would fall', speaker: 'Ana Ruiz', kind: 'indirect' }),
    ]);
  });

  it('reads past other opening phrases, to a pronoun too: "Last week, he said …", "Among …, X said …"', () => {
    const quotes = quotesOf(
      'President Ana Ruiz spoke in Lusaka.',
      'Last week, he said the auction had run into trouble.',
      'Among the smaller carmakers, Andean Motors said its sales rose 9 pct.',
      'Reaffirming the plan, Ana Ruiz said exports would grow.',
    );
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['the auction had run into trouble', 'Ana Ruiz'],
      ['its sales rose 9 pct', 'Andean Motors'],
      ['exports would grow', 'Ana Ruiz'],
    ]);
  });

  it('reads a clause followed by its speaker and verb and a clause of what else they did: "…, X said, but declined …"', () => {
    expect(quotesOf('Rates will stay low for some time, a senior official said, but declined to be more specific.')).toEqual([
      expect.objectContaining({ text: 'Rates will stay low for some time', speaker: 'a senior official', kind: 'indirect' }),
    ]);
  });

  it('reads a speaker with what the text says of them between commas, before the verb or after the clause', () => {
    const quotes = quotesOf(
      'Paul Rand, D-Okla., chairman of the farm subcommittee, said the rescue should help all borrowers.',
      'The debt is low given the size of the economy, Jean Leveque, chairman of Credit Lyonnais, told reporters.',
      'Meanwhile, most lenders, including the big banks, acknowledge the plan has failed.',
    );
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['the rescue should help all borrowers', 'Paul Rand'],
      ['The debt is low given the size of the economy', 'Jean Leveque'],
    ]);
  });

  it('reads a name and its role at a body before the verb though the comma closing the apposition is missing', () => {
    const quotes = quotesOf(
      'Arun Shah, President of the Bombay Traders Association said the tax change would lift trading volume.',
      'Share prices fell sharply on the news, the president of the exchange said.',
    );
    expect(quotes.map((q) => [q.text, q.speaker, q.role])).toEqual([
      ['the tax change would lift trading volume', 'Arun Shah', 'President of the Bombay Traders Association'],
      ['Share prices fell sharply on the news', 'the president of the exchange', 'president of the exchange'],
    ]);
    expect(quotesOf('But Neil Harl, professor of economics at Iowa State University told the hearing the cost could rise.')).toEqual([
      expect.objectContaining({
        text: 'the cost could rise',
        speaker: 'Neil Harl',
        role: 'professor of economics at Iowa State University',
      }),
    ]);
  });

  it('takes a surname misspelt once for the one person whose surname it misses by a letter', () => {
    const quotes = quotesOf(
      'Trade representative Clayton Yeutter said retaliation would close markets.',
      '"Congress still supports dangerous trade bills," Yuetter said.',
      '"Exports will grow," Baxter said.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Clayton Yeutter', 'Clayton Yeutter', 'Baxter']);
  });

  it('reads a place run into a surname without a comma as the person the story named in full, not as a body', () => {
    const quotes = quotesOf(
      'Agriculture Secretary Mary Delane declined to confirm the wheat offer.',
      'Asked whether wheat would be offered to the Soviet Union Delane said, "well it won\'t be today."',
      'Chairman Edgar Bronfield said the company would grow.',
      'The wine maker House of Bronfield said, "we will buy the vineyard."',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Mary Delane', 'Edgar Bronfield', 'House of Bronfield']);
  });

  it('takes a role in a summary before anyone is named for the first person named after it with that role', () => {
    const quotes = quotesOf(
      'The Russian leader recalled that the US President spoke about the alliance',
      'MOSCOW, December 26. /TASS/. US President Joe Biden offered Russia’s leader Vladimir Putin a delay.',
    );
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['the US President spoke about the alliance', 'Vladimir Putin']]);
  });

  it('takes "the statement" for the authors of the statement named before with them, though a person is among them', () => {
    const quotes = quotesOf(
      'The union will impose sanctions, according to a joint statement by the Commission and foreign policy chief Anna Lind.',
      '"We will propose further measures," the statement said.',
    );
    expect(quotes.map((q) => [q.kind, q.speaker])).toEqual([
      ['indirect', 'Anna Lind'],
      ['direct', 'Anna Lind'],
    ]);
  });

  it('takes "the editorial", "the paper" or "the journal" for the publication named last, else for the body that spoke last', () => {
    const speakersOf = (...paragraphs: string[]) => quotesOf(...paragraphs).map((q) => [q.speaker, q.kind]);
    expect(
      speakersOf(
        'The U.S. Embassy said the figures were inaccurate.',
        'The official International Business newspaper today published the demands in an editorial.',
        '"Curbs must go," the editorial said.',
        '"Trade will grow," it added.',
      ),
    ).toEqual([
      ['U.S. Embassy', 'indirect'],
      ['International Business newspaper', 'direct'],
      ['International Business newspaper', 'direct'],
    ]);
    expect(speakersOf('Granma said the harvest was late.', '"Sugar will be short," the newspaper said.')).toEqual([
      ['Granma', 'indirect'],
      ['Granma', 'direct'],
    ]);
    expect(speakersOf('The Wall Street Journal said two stocks will be dropped.', 'The Journal said Inco is being dropped.')).toEqual([
      ['Wall Street Journal', 'indirect'],
      ['Wall Street Journal', 'indirect'],
    ]);
  });

  it('takes "he said" for the person a clause of the paragraph opens with, unless the last speaker was named after them', () => {
    const quotes = quotesOf(
      'Vice-Premier Ana Ruiz and Vice-Premier Luis Pardo spoke to reporters.',
      'Ruiz said the harvest would be late.',
      'On exports, Pardo repeated the policy. "We will sell more," he said.',
      'Ruiz was wrong to blame the weather, Pardo said. "We need rain," he added.',
    );
    const speakers = new Map(quotes.map((q) => [q.text, q.speaker]));
    expect(speakers.get('We will sell more')).toBe('Luis Pardo');
    expect(speakers.get('We need rain')).toBe('Luis Pardo');
    expect(speakers.get('the harvest would be late')).toBe('Ana Ruiz');
  });

  it('takes "he said" for a person a clause opens with after an unnamed speaker, past a word of when, never after an initial', () => {
    const quotes = quotesOf(
      'Finance Minister Luis Pardo met bankers.',
      '"Rates will stay," one dealer said.',
      'Pardo yesterday moved to calm the market. Traders had misread his comments, he said.',
      '"It is calm," said a broker. Letters signed L. Pardo reached the banks. Prices will hold, he said.',
    );
    const speakers = new Map(quotes.map((q) => [q.text, q.speaker]));
    expect(speakers.get('Traders had misread his comments')).toBe('Luis Pardo');
    expect(speakers.get('Prices will hold')).toBe('a broker');
  });

  it('reads a subject with its ticker and an apposition before the verb', () => {
    expect(quotesOf("Andean Trust Bank (ATB) <ATB.LM>, Peru's biggest lender, said it raised its profits by a third.")).toEqual([
      expect.objectContaining({ text: 'it raised its profits by a third', speaker: 'Andean Trust Bank', kind: 'indirect' }),
    ]);
  });

  it('reads a relative clause after the subject as what the text says of it, not as part of who speaks', () => {
    const quotes = quotesOf(
      'Acme Tractor Corp said it would cut 200 jobs.',
      'The company, which makes tractors in Iowa, said sales fell 10 pct.',
      'An official, who asked not to be named, said the plant would close.',
    );
    expect(quotes.map(({ speaker, text }) => [speaker, text])).toEqual([
      ['Acme Tractor Corp', 'it would cut 200 jobs'],
      ['Acme Tractor Corp', 'sales fell 10 pct'],
      ['an official', 'the plant would close'],
    ]);
  });

  it('takes a name after "in", "at" or "from" for a place or a body, never for who speaks', () => {
    const quotes = quotesOf(
      'Economist Ravi Patel said the fall was no reason to panic.',
      '"Stay in the market," Patel, a professor at Northern State University, told Reuters.',
      'Sales fell at the plant in Ohio, the report said. "It was a bad year," said an engineer from Ohio.',
    );
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['Ravi Patel', 'Ravi Patel', 'an engineer from ohio', 'the report']);
  });

  it('reads a company named in angle brackets as the subject, which "the company" then stands for', () => {
    const quotes = quotesOf(
      '<Granite Valley Mining Corp> said it found gold at its Ridge property, which <Ridge Partners Ltd> <RDG.TO> owns.',
      'The company said drilling would resume in May.',
      'The <Harbour City Exchange> said it would list the shares.',
      '<Northern Pine Bank>, the oldest in the state, said profits rose.',
    );
    expect(quotes.map(({ speaker, text }) => [speaker, text])).toEqual([
      ['Granite Valley Mining Corp', 'it found gold at its Ridge property, which <Ridge Partners Ltd> <RDG.TO> owns'],
      ['Granite Valley Mining Corp', 'drilling would resume in May'],
      ['Harbour City Exchange', 'it would list the shares'],
      ['Northern Pine Bank', 'profits rose'],
    ]);
  });

  it('takes a name ending in a word of business (Airlines, Laboratories, Bancorp) for a body, which "it" then stands for', () => {
    const quotes = quotesOf(
      'Skyward Airlines said it will begin service to Detroit in June.',
      'It said it will then serve 27 cities.',
      'Maple Leaf Laboratories said its drug works. It said trials would start soon.',
    );
    expect(quotes.map(({ speaker }) => speaker)).toEqual([
      'Skyward Airlines',
      'Skyward Airlines',
      'Maple Leaf Laboratories',
      'Maple Leaf Laboratories',
    ]);
  });

  it('takes no body named after a preposition for the subject after it: "In a filing with the SEC, the group said"', () => {
    const quotes = quotesOf(
      'Acme Corp said its shares were offered.',
      'In a filing with the Securities and Exchange Commission, the group said it sold 365,375 shares.',
    );
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['Acme Corp', 'Acme Corp']);
  });

  it('takes "The" opening a sentence for no body: "The newsletter said", "The USDA report said"', () => {
    const quotes = quotesOf('The newsletter said output fell.', 'The USDA report said stocks were high.');
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['the newsletter', 'USDA']);
  });

  it('takes a trade in the plural opening a sentence for people, not a body: "Diplomats said", not "Strommen said"', () => {
    const quotes = quotesOf('Diplomats said the talks had stalled.', 'Businessmen said costs rose.', 'Strommen said prices fell.');
    expect(quotes.map(({ speaker, role }) => [speaker, role])).toEqual([
      ['diplomats', 'diplomats'],
      ['businessmen', 'businessmen'],
      ['Strommen', null],
    ]);
  });

  it('keeps a word of nationality in a body\'s name ("American Motors"), not in a person\'s role ("US President Reagan")', () => {
    const quotes = quotesOf('American Motors said it broke off talks.', 'US President Reagan said the talks would go on.');
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['American Motors', 'Reagan']);
  });

  it('takes "it" after a speaker named without a role, and no body before, for that speaker as a body', () => {
    const body = quotesOf('First Harbour Supermarkets said sales rose.', 'It said it would open 20 stores.');
    expect(body.map(({ speaker }) => speaker)).toEqual(['First Harbour Supermarkets', 'First Harbour Supermarkets']);
    const person = quotesOf('John Smith, the chairman, said costs fell.', 'It said it would open 20 stores.');
    expect(person.map(({ speaker }) => speaker)).toEqual(['John Smith', null]);
  });

  it('takes "its annual report" for the body named before, and an editor\'s note for no part of the speaker', () => {
    const quotes = quotesOf(
      'Acme Steel Corp said it expects higher profits this year.',
      'Its annual report said demand for steel pipe would recover.',
      'Note - The company said the figures were unaudited.',
    );
    expect(quotes.map(({ speaker }) => speaker)).toEqual(['Acme Steel Corp', 'Acme Steel Corp', 'Acme Steel Corp']);
  });

  it('reads a role opened by "Its" or "The", then the name in apposition: "Its chief executive, Mike Parton, said"', () => {
    const quotes = quotesOf('Its chief executive, Mike Parton, said the firm was back on track.');
    expect(quotes.map(({ speaker, role }) => [speaker, role])).toEqual([['Mike Parton', 'chief executive']]);
  });

  it('reads a reporting verb after a word of when (yesterday, today, last week)', () => {
    expect(quotesOf('Frank Naylor, chairman of the agency, yesterday said a secondary market would help farmers.')).toEqual([
      expect.objectContaining({ text: 'a secondary market would help farmers', speaker: 'Frank Naylor', kind: 'indirect' }),
    ]);
    expect(quotesOf('Officials last week told Reuters that the export licence would be refused.')).toEqual([
      expect.objectContaining({ text: 'the export licence would be refused', speaker: 'officials', kind: 'indirect' }),
    ]);
  });

  it('reads the speech of people named by their trade, with a name after the verb that is no speaker', () => {
    expect(quotesOf('Federal regulators said Boyd Jefferies took part in schemes to manipulate the price of a stock.')).toEqual([
      expect.objectContaining({
        text: expect.stringMatching(/^Boyd Jefferies took part/),
        speaker: 'federal regulators',
        kind: 'indirect',
      }),
    ]);
  });

  it('reads the clause after "that" when an adverb stands between it and the verb', () => {
    expect(quotesOf('Reagan has said repeatedly that he opposes higher taxes.').map((q) => q.text)).toEqual(['he opposes higher taxes']);
    expect(quotesOf('The bank said only that talks were continuing.').map((q) => q.text)).toEqual(['talks were continuing']);
  });

  it('takes no verb before an infinitive for speech: "it said" after "X agreed to park its stock" is still the body that spoke', () => {
    const quotes = quotesOf(
      'The SEC said the firm broke the rules.',
      'Seemala then agreed to hold the stock under the deal in which Seemala agreed to park its stock at the firm, it said.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['SEC', 'SEC']);
  });

  it('ends one speech where a second speaker comes in after a comma and a conjunction', () => {
    expect(quotesOf('The ministry said it could not confirm the departure, but an official said it was likely.')).toEqual([
      expect.objectContaining({ text: 'it could not confirm the departure', speaker: 'the ministry' }),
      expect.objectContaining({ text: 'it was likely', speaker: 'an official' }),
    ]);
    const paid = 'Prime Minister Branko Mikulic said Yugoslavia had always paid its debts, and he said creditors should wait.';
    expect(quotesOf(paid)).toEqual([
      expect.objectContaining({ text: 'Yugoslavia had always paid its debts', speaker: 'Branko Mikulic' }),
      expect.objectContaining({ text: 'creditors should wait', speaker: 'Branko Mikulic' }),
    ]);
    // A clause that goes on without a speaker of its own stays one speech.
    expect(quotesOf('The ministry said prices rose, but the rise was small.').map((q) => q.text)).toEqual([
      'prices rose, but the rise was small',
    ]);
  });

  it('reads speech after "but", by people named by their role or after the clause', () => {
    expect(quotesOf('A bank spokesman declined all comment but sources close to the bank said it had also intervened.')).toEqual([
      expect.objectContaining({ text: 'it had also intervened', speaker: 'sources close to the bank', kind: 'indirect' }),
    ]);
    expect(quotesOf('The date has not been decided but delegates said they expected the rules to apply next week.')).toEqual([
      expect.objectContaining({ text: 'they expected the rules to apply next week', speaker: 'delegates', kind: 'indirect' }),
    ]);
    expect(
      quotesOf('Under the accord, the mandate would end in 1999 but the old system would be maintained until 2050, Silva said.'),
    ).toEqual([expect.objectContaining({ speaker: 'Silva', kind: 'indirect' })]);
  });

  it('reads speech in a relative clause on a name, up to where the sentence goes on', () => {
    expect(
      quotesOf('The plan won support from Sen. James McClure, R-Idaho, who agreed that the package should cover all lenders.'),
    ).toEqual([expect.objectContaining({ text: 'the package should cover all lenders', speaker: 'James McClure', cue: 'agreed' })]);
    expect(quotesOf('Robert Blanz, who announced his intention to retire in June, was elected chairman.')).toEqual([
      expect.objectContaining({ text: 'his intention to retire in June', speaker: 'Robert Blanz' }),
    ]);
  });

  it('reads speech in a participle, by the subject of the clause before it', () => {
    expect(quotesOf('Moller quickly issued a statement, saying the bank would remain an attractive place to invest.')).toEqual([
      expect.objectContaining({ text: 'the bank would remain an attractive place to invest', speaker: 'Moller', cue: 'saying' }),
    ]);
    expect(quotesOf('Baker moved to calm the market, telling an interviewer he stood by the agreement.')).toEqual([
      expect.objectContaining({ text: 'he stood by the agreement', speaker: 'Baker', cue: 'telling' }),
    ]);
    expect(quotesOf('The plan was opposed at the hearing, with chairman Dan Glickman saying that more study was necessary.')).toEqual([
      expect.objectContaining({ text: 'more study was necessary', speaker: 'Dan Glickman' }),
    ]);
    expect(quotesOf('The central bank last night raised the reserve rule, saying that liquidity threatened its targets.')).toEqual([
      expect.objectContaining({ text: 'liquidity threatened its targets', speaker: 'the central bank' }),
    ]);
  });

  it('reads a participle after reported speech as the same speaker\'s, "he" read once for both', () => {
    expect(
      quotesOf(
        '"I will be sad to see Paul Varga go," said Carl Lind.',
        'Varga knows the problems of debtors, he said, adding that it is unlikely Kovacs is as familiar with them.',
      ),
    ).toEqual([
      expect.objectContaining({ text: 'I will be sad to see Paul Varga go' }),
      expect.objectContaining({ text: 'Varga knows the problems of debtors', speaker: 'Carl Lind' }),
      expect.objectContaining({ text: 'it is unlikely Kovacs is as familiar with them', speaker: 'Carl Lind', cue: 'adding' }),
    ]);
    expect(quotesOf('He told reporters that "our ideas are progressing," adding that the ministers have talked of cooperation.')).toEqual([
      expect.objectContaining({ kind: 'direct', text: 'our ideas are progressing' }),
      expect.objectContaining({ kind: 'indirect', text: 'the ministers have talked of cooperation', cue: 'adding' }),
    ]);
  });

  it('reads what follows the verb as the speech when it is a clause of its own, not the phrase the sentence opens with', () => {
    expect(quotesOf('Together with the shares it already owns, the company said it now holds a 97 pct stake.')).toEqual([
      expect.objectContaining({ text: 'it now holds a 97 pct stake', speaker: 'the company', kind: 'indirect' }),
    ]);
    expect(quotesOf('By better than a three-to-one ratio, a majority of those polled said they liked the plan.')).toEqual([
      expect.objectContaining({ text: 'they liked the plan', kind: 'indirect' }),
    ]);
  });

  it('reads speech around a speaker set between commas: the whole sentence, or what comes before a clause of its own', () => {
    expect(quotesOf('Norte Credito, the dealers said, was buying 1.2 mln barrels a day.')).toEqual([
      expect.objectContaining({
        text: 'Norte Credito, the dealers said, was buying 1.2 mln barrels a day',
        speaker: 'the dealers',
        kind: 'indirect',
      }),
    ]);
    expect(quotesOf('Other signs of progress include, Ana Ruiz said, better terms with the banks.')).toEqual([
      expect.objectContaining({ text: 'Other signs of progress include, Ana Ruiz said, better terms with the banks', speaker: 'Ana Ruiz' }),
    ]);
    expect(quotesOf('Peru had the largest trade surplus in the region, Ruiz said, although its share of world trade was small.')).toEqual([
      expect.objectContaining({ text: 'Peru had the largest trade surplus in the region', speaker: 'Ruiz', kind: 'indirect' }),
    ]);
    expect(quotesOf('Prices will rise sharply this year, Ruiz said, in a speech to the farmers.')).toEqual([
      expect.objectContaining({ text: 'Prices will rise sharply this year', speaker: 'Ruiz' }),
    ]);
  });

  it('reads speech in a clause whose subject is the noun it tells of: "which Ruiz says is needed", "a recovery the bank says will follow"', () => {
    expect(quotesOf('Deputies spoke against the tax, which Ana Ruiz says is needed to balance the budget.')).toEqual([
      expect.objectContaining({ text: 'is needed to balance the budget', speaker: 'Ana Ruiz', kind: 'indirect' }),
    ]);
    expect(quotesOf('Work on the vessel, which Ruiz said would be the largest of its kind, would begin next year.')).toEqual([
      expect.objectContaining({ text: 'would be the largest of its kind', speaker: 'Ruiz' }),
    ]);
    expect(quotesOf('Peru is still waiting for a recovery the central bank says will follow from its policies.')).toEqual([
      expect.objectContaining({ text: 'will follow from its policies', speaker: 'the central bank' }),
    ]);
  });

  it('reads a long opening phrase as no speech, and a clause before the speaker as no opening phrase', () => {
    expect(
      quotesOf(
        "Reaffirming the government's view that the key to solving those problems and meeting payments on a 33.5 billion dlr foreign debt lay in increasing exports, Ana Ruiz said private enterprise could play a greater role.",
      ),
    ).toEqual([expect.objectContaining({ text: 'private enterprise could play a greater role', speaker: 'Ana Ruiz' })]);
    expect(
      quotesOf(
        'Asked to comment on a report from New York that two Brazilian exporters had sent telexes to their customers informing them of the price rise, Ruiz said Norte Credito was not aware of it.',
      ),
    ).toEqual([expect.objectContaining({ text: 'Norte Credito was not aware of it', speaker: 'Ruiz' })]);
    expect(quotesOf('Growing protectionism had caused a deterioration in the terms of trade, Ruiz said in a speech.')).toEqual([
      expect.objectContaining({ text: 'Growing protectionism had caused a deterioration in the terms of trade', speaker: 'Ruiz' }),
    ]);
    expect(quotesOf('But the balance sheet total was four pct higher than a year ago, Norte Credito said in a statement.')).toEqual([
      expect.objectContaining({ text: 'But the balance sheet total was four pct higher than a year ago', speaker: 'Norte Credito' }),
    ]);
    expect(quotesOf('Turning to exchange rates, the official said the fall of the dollar was beginning to help.')).toEqual([
      expect.objectContaining({ text: 'the fall of the dollar was beginning to help', speaker: 'the official' }),
    ]);
  });

  it('gives what "the report" says to the authors a sentence named it by, though another body spoke since', () => {
    const quotes = quotesOf(
      'A recent report by the Organisation for Economic Cooperation and Development criticised French industry.',
      'Renault SA said it did not agree.',
      'Outside the high technology sectors, French goods were "increasingly ill-adapted to demand" and over-priced, the report said.',
    );
    const speaker = 'Organisation for Economic Cooperation and Development';
    expect(quotes).toEqual([
      expect.objectContaining({ kind: 'indirect', text: 'it did not agree', speaker: 'Renault SA' }),
      expect.objectContaining({ kind: 'direct', text: 'increasingly ill-adapted to demand', speaker }),
      expect.objectContaining({ kind: 'indirect', text: expect.stringMatching(/^Outside .* over-priced$/), speaker }),
    ]);
  });

  it('gives what "it" says, when no body has spoken, to the body a sentence before opened with', () => {
    const quotes = quotesOf(
      'The Bank of Andorra has paid out arrears from three auctions, a bank spokesman said.',
      'It has said the auctions were suspended because it planned a new system.',
      'President Ana Ruiz of Andean Trust Bank said she welcomed the payments. It added that more would follow.',
    );
    expect(quotes.map(({ text, speaker }) => [text, speaker])).toEqual([
      ['The Bank of Andorra has paid out arrears from three auctions', 'a bank spokesman'],
      ['the auctions were suspended because it planned a new system', 'Bank of Andorra'],
      ['she welcomed the payments', 'Ana Ruiz'],
      ['more would follow', 'Bank of Andorra'],
    ]);
  });

  it('takes a reporting verb used as an adjective for none, and reads the speaker after the speech', () => {
    expect(quotesOf('Opec remains within its agreed output ceiling of 15.8 mln barrels a day, Energy Minister Ana Ruiz said.')).toEqual([
      expect.objectContaining({ text: 'Opec remains within its agreed output ceiling of 15.8 mln barrels a day', speaker: 'Ana Ruiz' }),
    ]);
    expect(quotesOf('Hog prices are expected 1.00 dlr higher on estimated receipts of 1,500 head, private sources said.')).toEqual([
      expect.objectContaining({ speaker: 'private sources', kind: 'indirect' }),
    ]);
  });

  it('takes one name with a title before it for a person, whom "he" then stands for; a group by its trade for none', () => {
    const typed = (...paragraphs: string[]) =>
      extractQuotes(paragraphs, paragraphs.map(sentenceBounds)).map(({ speaker, speakerType }) => [speaker, speakerType]);
    expect(
      typed('Output remains within the ceiling, Indonesian Energy Minister Subroto said.', 'He told reporters that prices would recover.'),
    ).toEqual([
      ['Subroto', 'person'],
      ['Subroto', 'person'],
    ]);
    expect(typed('Farm-state Senators indicated they may broaden the rescue package.')).not.toContainEqual([expect.anything(), 'person']);
  });

  it('takes "the union" or "the association" for the last body named so, and a time before the subject for none of it', () => {
    const quotes = quotesOf(
      'The United Food and Commercial Workers Union said the strike would go on.',
      'Andean Mining Corp said it would close the plant.',
      'The union said its members would vote on Friday.',
      'Last month the union said it would not accept the offer.',
    );
    expect(quotes.map(({ speaker }) => speaker)).toEqual([
      'United Food and Commercial Workers Union',
      'Andean Mining Corp',
      'United Food and Commercial Workers Union',
      'United Food and Commercial Workers Union',
    ]);
  });

  it('reads an apposition of where one spoke as no part of who they are: "Sprinkel, in a speech to the Chamber of Commerce"', () => {
    const quotes = quotesOf(
      'Economic adviser Beryl Sprinkel spoke in Los Angeles.',
      'Sprinkel, in a speech to the Los Angeles Chamber of Commerce, said the deficit must be reduced.',
    );
    expect(quotes).toEqual([expect.objectContaining({ speaker: 'Beryl Sprinkel', text: 'the deficit must be reduced' })]);
  });

  it('reads a speaker after a joining word without it, and their speech after the verb when there is any', () => {
    expect(quotesOf('The strike would go on for weeks, the seamen said, and union leaders said.')).toEqual([
      expect.objectContaining({ speaker: 'union leaders' }),
    ]);
    expect(quotesOf('The cost of membership is a source of friction, and diplomats said the plan could reopen the wound.')).toEqual([
      expect.objectContaining({ text: 'the plan could reopen the wound', speaker: 'diplomats' }),
    ]);
    expect(quotesOf('The figures were read as neutral, although some said a full breakdown would be needed.')).toEqual([
      expect.objectContaining({ text: 'a full breakdown would be needed', speaker: 'some' }),
    ]);
    expect(quotesOf('The provinces will play a major role, and some provincial leaders complained of a lack of progress.')).toEqual([]);
  });

  it('reads no speech in a participle without a verb of its own, or after a subject that names no one', () => {
    expect(quotesOf('Shares of the group rose sharply on the news, adding more than 60 pct to their value this year.')).toEqual([]);
    expect(quotesOf('It was the third blast since the moratorium ended, saying the refusal had forced it to resume testing.')).toEqual([]);
  });

  it('leaves where and to whom something was said out of the clause', () => {
    const clauses = (sentence: string) => quotesOf(sentence).map((q) => q.text);
    expect(clauses('The bank said in a statement it forecast a net cash withdrawal.')).toEqual(['it forecast a net cash withdrawal']);
    expect(clauses('Smith told a news conference here that the plan was dead.')).toEqual(['the plan was dead']);
    expect(clauses('Harl told the hearing the cost could reach 3.5 billion dlrs.')).toEqual(['the cost could reach 3.5 billion dlrs']);
    expect(clauses('The company said in a filing with the Securities and Exchange Commission that it had raised its stake.')).toEqual([
      'it had raised its stake',
    ]);
    expect(clauses('The ministry said last week that troops had crossed the border.')).toEqual(['troops had crossed the border']);
  });

  it('takes "the official" or "the sources" for the unnamed speakers who spoke before, though others spoke since', () => {
    const speakersOf = (...paragraphs: string[]) => quotesOf(...paragraphs).map((q) => q.speaker);
    expect(
      speakersOf(
        'One Treasury official said rates would fall.',
        'Monetary sources said banks were worried.',
        '"We will see," the official said.',
      ),
    ).toEqual(['one treasury official', 'monetary sources', 'one treasury official']);
    expect(
      speakersOf(
        'Sources close to the central bank said it had intervened on Monday.',
        'Dealers said the dollar was steady.',
        'The sources said the bank could intervene again.',
      ),
    ).toEqual(['sources close to the central bank', 'dealers', 'sources close to the central bank']);
  });

  it('takes "she" after a comma for the subject, not for what the text says of the name before it', () => {
    const quotes = quotesOf(
      'Trade director Ana Ruiz said exports would grow.',
      'The ministry will cut supply because of a slump in exports to the United States, she added.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });

  it('takes a name that an apposition calls a body for that body, which "the bank" and "it" then stand for', () => {
    const quotes = quotesOf(
      "Norte Credito, Peru's biggest commercial bank, said it raised its profits by a third.",
      '"Costs fell sharply," the bank said.',
      'Loans to farmers grew, it added.',
    );
    expect(quotes.map((q) => [q.speaker, q.kind])).toEqual([
      ['Norte Credito', 'indirect'],
      ['Norte Credito', 'direct'],
      ['Norte Credito', 'indirect'],
    ]);
    expect(quotesOf('Ana Ruiz, chairman of the Lima Exchange, said trading would resume.')[0]).toMatchObject({ speaker: 'Ana Ruiz' });
  });

  it('reads what the speaker of a quotation adds in the same sentence: "…," X said, adding that …', () => {
    const quotes = quotesOf('"Rates will fall," said Ana Ruiz, adding that banks would follow within a week.');
    expect(quotes.map((q) => [q.kind, q.text, q.speaker, q.cue])).toEqual([
      ['direct', 'Rates will fall', 'Ana Ruiz', 'said'],
      ['indirect', 'banks would follow within a week', 'Ana Ruiz', 'adding'],
    ]);
  });

  it('reads no reported speech in a sentence that a direct quotation touches', () => {
    const quotes = quotesOf('"Talks went well. The ministers announced a new round of talks," Ana Ruiz said.');
    expect(quotes.map((q) => [q.kind, q.speaker])).toEqual([['direct', 'Ana Ruiz']]);
  });

  it('reads reported speech holding a quoted fragment as both: the fragment direct, the clause indirect', () => {
    const quotes = quotesOf('Speaking to reporters, Luis Funaro said the creditor banks had "agreed on the need to find a solution."');
    expect(quotes.map((q) => [q.kind, q.text, q.speaker])).toEqual([
      ['direct', 'agreed on the need to find a solution.', 'Luis Funaro'],
      ['indirect', 'the creditor banks had "agreed on the need to find a solution."', 'Luis Funaro'],
    ]);
  });

  it('reads past an adverb before the verb, and a relative clause after the subject', () => {
    const quotes = quotesOf(
      'Treasury Secretary James Baker spoke in Washington.',
      'He also noted interest rates are lower today than when the crisis broke out.',
      'Baker, who is in Washington to attend the meetings of the World Bank and the International Monetary Fund this week, said debtors were making progress.',
    );
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['interest rates are lower today than when the crisis broke out', 'James Baker'],
      ['debtors were making progress', 'James Baker'],
    ]);
  });

  it('names unnamed groups as written, and does not take "he" for one of them', () => {
    const quotes = quotesOf(
      'Central bank governor Karl Otto Pohl spoke on Monday.',
      'A farm loan market could be set up this year, congressional and financial sources said.',
      'He said rates would stay where they are.',
    );
    expect(quotes.map((q) => [q.speaker, q.role])).toEqual([
      ['congressional and financial sources', 'sources'],
      ['Karl Otto Pohl', null],
    ]);
  });

  it('reads "X said that …" and "according to X, …"', () => {
    const quotes = quotesOf(
      'Finance Minister Anton Petrov said that spending would grow by 8 percent.',
      'According to the minister, the deficit will shrink.',
    );
    expect(quotes.map((q) => [q.text, q.speaker, q.cue])).toEqual([
      ['spending would grow by 8 percent', 'Anton Petrov', 'said'],
      ['the deficit will shrink', 'Anton Petrov', 'according to'],
    ]);
  });
});

describe('speaker phrases', () => {
  it.each([
    [
      'Russian Foreign Ministry Spokeswoman Maria Zakharova',
      { kind: 'person', name: 'Maria Zakharova', role: 'Russian Foreign Ministry Spokeswoman' },
    ],
    ['Gene Cartledge, chairman of Union Camp', { kind: 'person', name: 'Gene Cartledge', role: 'chairman of Union Camp' }],
    ['analyst Philip Fricke of Goldman Sachs', { kind: 'person', name: 'Philip Fricke', role: 'analyst of Goldman Sachs' }],
    ["Russia's Ambassador to Hanoi Gennady Bezdetko", { kind: 'person', name: 'Gennady Bezdetko', role: "Russia's Ambassador to Hanoi" }],
    ['Finance Minister Ronnie De Mel', { kind: 'person', name: 'Ronnie De Mel', role: 'Finance Minister' }],
    [
      'William McLucas, associate director of enforcement, declined to',
      { kind: 'person', name: 'William McLucas', role: 'associate director of enforcement' },
    ],
    ['he', { kind: 'pronoun' }],
    ['the Russian leader', { kind: 'nominal' }],
    ['one trader', { kind: 'unnamed', name: 'one trader' }],
    ['the company', { kind: 'unnamed', name: 'the company' }],
    ['the Bank', { kind: 'unnamed', name: 'the bank' }],
    ['the U.S. Agriculture Department', { kind: 'organisation' }],
    ['the Federal Reserve Bank of New York', { kind: 'organisation' }],
    ['the Organisation for Economic Cooperation', { kind: 'organisation' }],
    ['the Organisation for Economic Cooperation and Development', { kind: 'organisation' }],
    ['Harvard University', { kind: 'organisation', name: 'Harvard University' }],
    ['The Confederation of British Industry', { kind: 'organisation' }],
    ['Bank of England Governor Robin Leigh-Pemberton', { kind: 'person', name: 'Robin Leigh-Pemberton', role: 'Bank of England Governor' }],
    ['A recent report by the Organisation for Economic Cooperation and Development', { kind: 'organisation' }],
    ['Dealers', { kind: 'unnamed', name: 'dealers' }],
    ['western diplomats', { kind: 'unnamed', name: 'western diplomats', role: 'diplomats' }],
    ["One of China's top economists", { kind: 'unnamed', name: "one of china's top economists", role: 'economist' }],
    ['the OECD', { kind: 'organisation', name: 'OECD' }],
    ['senior economist with Bankers Trust in New York', { kind: 'organisation' }],
    ['the Bundesbank', { kind: 'organisation', name: 'Bundesbank' }],
    ['the Russian President', { kind: 'nominal' }],
    ['Chairman Sir Alan Crane', { kind: 'person', name: 'Alan Crane', role: 'Chairman' }],
    ['Sir Alan Crane', { kind: 'person', name: 'Alan Crane', role: null }],
    ['Mr Bell', { kind: 'person', name: 'Bell', role: null }],
    ['Dr. Ines Vogt', { kind: 'person', name: 'Ines Vogt', role: null }],
    ['Secretary General Lord Ashby', { kind: 'person', name: 'Lord Ashby', role: 'Secretary General' }],
    ['the sources', { kind: 'unnamed', name: 'the sources', role: 'sources' }],
    ['the officials', { kind: 'unnamed', name: 'the officials' }],
    ['Vice-Premier Ana Ruiz', { kind: 'person', name: 'Ana Ruiz', role: 'Vice-Premier' }],
    ['the envoy of the Andean Community Tomas Vela Ruiz', { kind: 'person', name: 'Tomas Vela Ruiz' }],
    ['the Andean Community Tomas Vela Ruiz', { kind: 'person', name: 'Tomas Vela Ruiz' }],
    ['Union Camp', { kind: 'organisation' }],
    // Capitalised words joined by `and`, or by `of` after a possessive or a word in capitals: a body.
    ["Lloyd's of London", { kind: 'organisation', name: "Lloyd's of London" }],
    ['S and P', { kind: 'organisation', name: 'S and P' }],
    ['Saab-Scania AB of Sweden', { kind: 'organisation', name: 'Saab-Scania AB of Sweden' }],
    ['Tom Smith of Shearson', { kind: 'person', name: 'Tom Smith' }],
    // A name after a body's possessive: a person of that body.
    ["Bank of Tokyo's Haruo Kimura", { kind: 'person', name: 'Haruo Kimura', role: "Bank of Tokyo's" }],
    ["Salomon Brothers' Henry Kaufman", { kind: 'person', name: 'Henry Kaufman', role: "Salomon Brothers'" }],
    // A publication without `newspaper` or `magazine` after its name; not a body's paper, nor a place's daily.
    ['Postimees newspaper', { kind: 'organisation', name: 'Postimees' }],
    ['Der Spiegel magazine', { kind: 'organisation', name: 'Der Spiegel' }],
    ['Communist Party newspaper', { kind: 'organisation', name: 'Communist Party newspaper' }],
    ['Milan daily', { kind: 'organisation', name: 'Milan daily' }],
    ["the Life Insurers' study", { kind: 'organisation', name: 'Life Insurers' }],
    ['the OECD report', { kind: 'organisation', name: 'OECD' }],
    ['sources close to the central bank', { kind: 'unnamed', name: 'sources close to the central bank', role: 'sources' }],
    ['officials at the Bank of Japan', { kind: 'unnamed', name: 'officials at the Bank of Japan', role: 'officials' }],
    // People near someone named, or in a place: not the one named.
    ['Sources close to Finance Minister Edouard Balladur', { kind: 'unnamed', role: 'sources' }],
    ['Traders in the state capital Salvador', { kind: 'unnamed', name: 'traders in the state capital Salvador', role: 'traders' }],
    // People by where they are posted or who asked them: not the place, nor the news agency.
    ['Ugandan officials based in Kenya', { kind: 'unnamed', name: 'ugandan officials based in Kenya', role: 'officials' }],
    ['economists polled by Reuters', { kind: 'unnamed', name: 'economists polled by Reuters', role: 'economists' }],
    // People by their trade, however they trade.
    ['Federal regulators', { kind: 'unnamed', name: 'federal regulators', role: 'regulators' }],
    ['U.S. exporters', { kind: 'unnamed', role: 'exporters' }],
    // What opens the sentence before its subject: an editor's note, when or where.
    ['Note - The company', { kind: 'unnamed', name: 'the company' }],
    ['In a report the Kiel Institute', { kind: 'organisation', name: 'Kiel Institute' }],
    ['after the company', { kind: 'unnamed', name: 'the company' }],
    ['In a statement BHP', { kind: 'organisation', name: 'BHP' }],
    ['At a news conference last week he', { kind: 'pronoun', mention: 'he' }],
    ['On Friday Mellon', { mention: 'Mellon', name: 'Mellon' }],
    // Whose text speaks: the body or person named before.
    ['its annual report', { kind: 'pronoun', mention: 'its annual report' }],
    ['his office', { kind: 'pronoun' }],
  ])('reads %j', (text, expected) => expect(parseSpeaker(text)).toMatchObject(expected));

  it('names no speaker in "Neither X nor Y", the subject of what is said, nor in an adverbial alone', () => {
    expect(parseSpeaker('Neither Sarney nor Finance Minister Dilson Funaro')).toBeNull();
    expect(parseSpeaker('In a special court for corruption cases')).toBeNull();
    // Mid-sentence, a preposition belongs to the phrase.
    expect(parseSpeaker('expert in Tokyo Tomas de Hora')).toMatchObject({ kind: 'person', name: 'Tomas de Hora' });
  });

  it('never takes a word that opens the sentence for part of a name or a role', () => {
    const phrase = parseSpeaker('Without North Field Ana Ruiz');
    expect(phrase).toMatchObject({ kind: 'person' });
    expect(phrase!.name).not.toMatch(/^Without/);
    expect(phrase!.role ?? '').not.toMatch(/Without/);
  });

  it('gives the words of "the bank" or "the statement" to the body last named', () => {
    const quotes = quotesOf('The Andean Trust Bank said on Monday that rates would rise.', '"We are ready for it," the bank said.');
    expect(quotes.map((q) => [q.kind, q.speaker])).toEqual([
      ['indirect', 'Andean Trust Bank'],
      ['direct', 'Andean Trust Bank'],
    ]);
    expect(quotesOf('"We are ready for it," the bank said.')[0]).toMatchObject({ speaker: 'the bank' });
  });

  it('reads a name whose first part is joined by a hyphen, and its surname alone later', () => {
    const quotes = quotesOf('Jean-Luc Marchand, head of sales, spoke on Monday.', '"Prices will hold," Marchand said.');
    expect(quotes).toEqual([expect.objectContaining({ text: 'Prices will hold', speaker: 'Jean-Luc Marchand' })]);
  });

  it('reads an unnamed speaker by role and workplace, and "she" for them after a named one', () => {
    const quotes = quotesOf(
      'Danish Foreign Minister Uffe Ellemann-Jensen said the move was unfair.',
      'But an official at the Canadian embassy in Copenhagen said the inspection was based on EC rules. "We are very concerned," she said.',
    );
    expect(quotes.map((q) => [q.kind, q.speaker])).toEqual([
      ['indirect', 'Uffe Ellemann-Jensen'],
      ['direct', 'an official at the canadian embassy in copenhagen'],
      ['indirect', 'an official at the canadian embassy in copenhagen'],
    ]);
  });

  it('reads "one of" a group as one person, whom "the economist" and "he" then mean', () => {
    const quotes = quotesOf(
      'Premier Zhao Ziyang spoke on reform.',
      'One of China\'s top economists wrote in the People\'s Daily last week, "Failure to explain prices has caused anxiety."',
      'The economist said, "Reform is risky."',
      '"But rigid markets stagnate," he said.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(Array(3).fill("one of china's top economists"));
  });

  it('gives a quoted fragment of reported speech to the one who reports it', () => {
    const quotes = quotesOf(
      'Federal Reserve Board chairman Paul Volcker spoke on Monday.',
      'One administration official said there was "very broad and strong support" for the strategy.',
    );
    expect(quotes.map((q) => [q.kind, q.speaker])).toEqual([
      ['direct', 'one administration official'],
      ['indirect', 'one administration official'],
    ]);
  });

  it('goes on with an unnamed speaker whom the narrative names again by role: "the official said …"', () => {
    const quotes = quotesOf(
      'Federal Reserve Board chairman Paul Volcker spoke on Monday.',
      'One administration official said the strategy had support.',
      'Volcker said rates would hold.',
      'But the official said the plan might backfire. "It is more complicated than they thought."',
    );
    expect(quotes.map((q) => [q.kind, q.speaker])).toEqual([
      ['indirect', 'one administration official'],
      ['indirect', 'Paul Volcker'],
      ['direct', 'one administration official'],
      ['indirect', 'one administration official'],
    ]);
  });

  it('gives what a document says to its authors: "a study by …", "a joint statement by …"', () => {
    expect(quotesOf('Coffee consumption has fallen 44 pct, according to a 1986 study by the International Coffee Organization.')).toEqual([
      expect.objectContaining({ speaker: 'International Coffee Organization', kind: 'indirect' }),
    ]);
    expect(parseSpeaker('a joint statement by the European Commission and EU diplomacy chief Kaja Kallas')).toMatchObject({
      kind: 'person',
      name: 'Kaja Kallas',
      mention: 'a joint statement by the European Commission and EU diplomacy chief Kaja Kallas',
    });
  });

  it('reads a source with initials to its end: "according to the U.S. Agriculture Department", "according to A.F. Stancell"', () => {
    const speakers = (sentence: string) => quotesOf(sentence).map((q) => q.speaker);
    expect(speakers('There were no shipments of grain last week, according to the U.S. Agriculture Department.')).toEqual([
      'U.S. Agriculture Department',
    ]);
    expect(speakers('The merger will save 15 mln dlrs a year, according to A.F. Stancell, a vice president.')).toEqual(['A.F. Stancell']);
  });

  it('gives reported speech of "the sources" to no one person named earlier in the text', () => {
    expect(quotesOf('Without Lower Kiran, exports would stop, the sources said.')).toEqual([
      expect.objectContaining({ text: 'Without Lower Kiran, exports would stop', speaker: 'the sources', kind: 'indirect' }),
    ]);
  });
});
