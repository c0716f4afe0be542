import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../../src/query/question/parse.ts';
import { expandQuestion } from '../../../src/query/question/expand.ts';
import { indexTerm } from '../../../src/text/terms.ts';
import { DEFAULT_RANK_OPTIONS } from '../../../src/query/options.ts';

const term = (word: string) => indexTerm(word)!;

describe('question expansion', () => {
  const expand = async (text: string) => (await expandQuestion(parseQuestion(text, []))).terms;

  it('adds the irregular past forms of a verb at the weight of the word itself', async () => {
    const terms = await expand('How much did trade grow?');
    const forms = terms.filter((t) => t.expands === term('grow'));
    expect(forms.filter((t) => t.weight === 0.8).map((t) => t.term)).toEqual(expect.arrayContaining([term('grew'), term('grown')]));
  });

  it("adds the adjective of a country's name, and no synonyms of a name", async () => {
    const terms = await expand("What is the main topic in Finland's election?");
    const fromFinland = terms.filter((t) => t.expands === term('Finland'));
    expect(fromFinland.map((t) => t.term)).toEqual([term('Finnish')]);
    expect(fromFinland[0]!.weight).toBeLessThan(1);
  });

  it('adds the country a capital stands for, as a related form of the name', async () => {
    const terms = await expand("What made Budapest's budget deficit overshoot?");
    const fromBudapest = terms.filter((t) => t.expands === term('Budapest')).map((t) => t.term);
    expect(fromBudapest).toEqual(expect.arrayContaining([term('Hungary'), term('Hungarian')]));
    expect(terms.find((t) => t.term === term('Hungary'))!.weight).toBe(DEFAULT_RANK_OPTIONS.expansion.related);

    const twoWords = await expand('Why do Kuala Lumpur dealers see support for rubber?');
    expect(twoWords.find((t) => t.term === term('Malaysia'))).toMatchObject({ expands: term('Kuala') });
  });

  it("adds the adjective of a capital's country, as stories name its government (`Bonn` → `West German`)", async () => {
    const terms = await expand('How much was Bonn planning to borrow?');
    const fromBonn = terms.filter((t) => t.expands === term('Bonn'));
    expect(fromBonn.map((t) => t.term)).toEqual([term('Germany'), term('German')]);
    expect(fromBonn.every((t) => t.weight === DEFAULT_RANK_OPTIONS.expansion.related)).toBe(true);
  });

  it('adds no country for a city that is no capital in its definition, nor for a word that is no name', async () => {
    const terms = await expand('Why did Chicago traders sell the deficit?');
    expect(terms.filter((t) => t.expands === term('Chicago'))).toEqual([]);
    expect(terms.map((t) => t.term)).not.toContain(term('America'));
  });

  it('reads a name typed in lower case as a noun, whatever the tagger makes of it', async () => {
    const archiveWritesAsName = (word: string) => word === 'italy';
    const question = parseQuestion("what was italy's annual inflation rate in march?", [], archiveWritesAsName);
    const terms = (await expandQuestion(question)).terms;
    expect(terms.find((t) => t.term === term('Italian'))).toMatchObject({ expands: term('Italy') });
  });

  it('takes no word the archive writes in lower case for a name, whatever WordNet spells', async () => {
    const exactOf = async (isCommonWord = (_word: string) => false) =>
      (
        await expandQuestion(parseQuestion('how did lawmakers rebuff the rebel funding', []), undefined, {
          isCommonWord,
          isNamePhrase: () => false,
          isNameWord: () => false,
        })
      ).terms
        .filter((t) => t.exact)
        .map((t) => t.term);
    expect(await exactOf()).toContain(term('rebel'));
    expect(await exactOf((word) => word === 'rebel')).not.toContain(term('rebel'));
  });

  it('adds the two words the archive writes a name as when the question joins them, and the one word when it splits them', async () => {
    const archive = {
      isCommonWord: () => false,
      isNamePhrase: (first: string, second: string) => ['smith kline', 'air lines'].includes(`${first} ${second}`),
      isNameWord: (word: string) => word === 'timewarner',
    };
    const termsOf = async (text: string) => (await expandQuestion(parseQuestion(text, []), undefined, archive)).terms;
    const fromName = (await termsOf('Why is SmithKline buying back shares?')).filter((t) => t.expands === term('SmithKline'));
    expect(fromName.map((t) => t.term)).toEqual(expect.arrayContaining([term('Smith'), term('Kline')]));
    expect((await termsOf('Why is GlaxoWellcome buying back shares?')).filter((t) => t.expands === term('GlaxoWellcome'))).toEqual([]);
    // A word of the dictionary is not a name run together, whatever the archive writes.
    expect((await termsOf('Why did Western Airlines cut fares?')).map((t) => t.term)).not.toContain(term('Air'));
    expect((await termsOf('How much did Time Warner earn?')).find((t) => t.term === term('TimeWarner'))).toMatchObject({
      expands: term('Time'),
    });
  });

  it('adds synonyms below related forms, and related forms below the user’s own words', async () => {
    const terms = await expand('main economic topic');
    const weightOf = (word: string) => terms.find((t) => t.term === term(word))?.weight;
    expect(weightOf('topic')).toBe(1);
    expect(weightOf('economy')).toBe(0.5);
    expect(weightOf('issue')).toBe(0.3);
  });

  it('adds the noun of an adjective’s quality as a related form', async () => {
    const terms = await expand('Which countries were willing to accept the package?');
    expect(terms.find((t) => t.term === term('willingness'))).toMatchObject({ weight: 0.5, expands: term('willing') });
  });

  it('reads a verb and its particle as the phrasal verb WordNet lists, above the verb’s own synonyms', async () => {
    const terms = await expand('Who stepped down as chairman?');
    const weightOf = (word: string) => terms.find((t) => t.term === term(word))?.weight;
    expect(weightOf('resign')).toBe(0.5);
    expect(terms.find((t) => t.term === term('resign'))!.expands).toBe(term('stepped'));
    expect((await expand('Who stepped on the chairman?')).map((t) => t.term)).not.toContain(term('resign'));
  });

  it('reads a phrasal verb the tagger takes for a noun before its particle', async () => {
    // After a plural noun, `call` is tagged a noun; WordNet lists `call off` as a verb.
    const terms = await expand('Why did the buyers call off their legal challenge?');
    expect(terms.find((t) => t.term === term('cancel'))).toMatchObject({ weight: 0.5, expands: term('call') });
  });

  it('reads a noun and the noun after it as the compound WordNet lists, a name too', async () => {
    const terms = await expand('Why does the Big Board prefer morning settlement?');
    expect(terms.find((t) => t.term === term('NYSE'))).toMatchObject({ weight: 0.5, expands: term('Big') });
    expect((await expand('What did the prime minister say?')).map((t) => t.term)).toContain(term('premier'));
    expect((await expand('Why does the big company prefer a board?')).map((t) => t.term)).not.toContain(term('NYSE'));
  });

  it('reads the names of a question typed in lower case as names, an acronym as an acronym', async () => {
    const terms = await expand('what did putin tell the imf about japan and manila exports?');
    const exact = terms.filter((t) => t.exact).map((t) => t.term);
    expect(exact).toEqual(expect.arrayContaining([term('putin'), term('imf'), term('japan')]));
    expect(exact).not.toContain(term('manila'));
    expect(exact).not.toContain(term('exports'));
    expect(terms.find((t) => t.term === term('imf'))!.acronym).toBe('IMF');
    const cased = await expand('What did the minister tell Japan about exports?');
    expect(cased.filter((t) => t.exact).map((t) => t.term)).toEqual([term('Japan')]);
  });

  it('stands a broader term in for the synonyms a noun lacks, and only then', async () => {
    const terms = await expand('battlefield updates on the main topic');
    const formsOf = (word: string) => terms.filter((t) => t.expands === term(word)).map((t) => [t.term, t.weight]);
    expect(formsOf('updates')).toContainEqual([term('information'), 0.3]);
    expect(formsOf('topic').map(([form]) => form)).not.toContain(term('message'));
  });
});
