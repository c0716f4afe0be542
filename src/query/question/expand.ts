import { isAcronym } from '../../text/acronyms.ts';
import { NOMINAL_TAGS, type TaggedWord } from '../../text/nlp.ts';
import { indexTerm } from '../../text/terms.ts';
import {
  countriesOfCity,
  isDictionaryWord,
  nameSpellingOf,
  type PartOfSpeech,
  phraseSynonymsOf,
  relatedFormsOf,
  synonymsOf,
} from '../../text/wordnet.ts';
import { irregularFormsOf } from '../../text/inflections.ts';
import { type Question, type QueryTerm, hasCapitalsAfterFirstWord } from './parse.ts';
import { DEFAULT_RANK_OPTIONS, type ExpansionWeights } from '../options.ts';

/** What the archive tells of words as it writes them. */
export interface ArchiveWords {
  /** It writes the word, and mostly in lower case: `rebel`. */
  isCommonWord(word: string): boolean;
  /** It writes two words side by side as a name: `smith kline`. */
  isNamePhrase(first: string, second: string): boolean;
  /** It writes the word, and mostly capitalised: `timewarner` (`TimeWarner`). */
  isNameWord(word: string): boolean;
}

const NOTHING_KNOWN: ArchiveWords = { isCommonWord: () => false, isNamePhrase: () => false, isNameWord: () => false };

/** The parts of speech of the word after a verb that may make a phrasal verb of it (`pay back`, `step down`). */
const PARTICLES = new Set(['ADP', 'PART', 'ADV']);

/** The parts of speech of the word after a noun or adjective that may make a compound noun of it (`big board`). */
const COMPOUND_HEADS = new Set(['NOUN', 'PROPN']);

const WORDNET_POS: Record<string, PartOfSpeech> = { NOUN: 'noun', PROPN: 'noun', VERB: 'verb', ADJ: 'adjective', ADV: 'adverb' };

/**
 * Adds other forms of the question's content words: lemmas and irregular forms (`bought` → `buy`,
 * `grow` → `grew`, `grown`), related forms (`Finland` → `Finnish`, `grow` → `growth`) and WordNet
 * synonyms of their most common senses (`topic` → `issue`, `pay back` → `repay`), weighted below the user's own words.
 * Names keep their related forms only, a capital's country among them (`Budapest` → `Hungary`): a synonym of a
 * name is another name.
 */
export async function expandQuestion(
  question: Question,
  weights: ExpansionWeights = DEFAULT_RANK_OPTIONS.expansion,
  archive: ArchiveWords = NOTHING_KNOWN,
): Promise<Question> {
  const terms = new Map(question.terms.map((t) => [t.term, t]));
  const expansions: string[] = [];
  // WordNet is read from disk: the words are looked up together, then added in the question's order.
  const { words } = question;
  if (!hasCapitalsAfterFirstWord(question.text)) await markNamesWrittenInLowerCase(words, terms, archive.isCommonWord);
  const looked = await Promise.all(words.map((word, i) => formsOf(word, terms, weights, archive, words[i + 1])));
  for (const { own, forms } of looked.flatMap((found) => (found ? [found] : []))) {
    for (const [form, weight] of forms) {
      const term = indexTerm(form);
      if (!term || terms.has(term)) continue;
      terms.set(term, { term, weight, exact: false, expands: own.term });
      expansions.push(form);
    }
  }
  return { ...question, terms: [...terms.values()], expansions };
}

/**
 * A question typed in lower case (`what did putin say`) names people and places too, and its names
 * should count as names: WordNet tells which of its words are, unless the archive writes the word as a
 * common word (`rebel`, whose most common sense WordNet spells `Rebel`).
 */
async function markNamesWrittenInLowerCase(
  tagged: readonly TaggedWord[],
  terms: Map<string, QueryTerm>,
  isCommonWord: (word: string) => boolean,
): Promise<void> {
  await Promise.all(
    tagged.map(async (word) => {
      const own = terms.get(indexTerm(word.text) ?? '');
      const pos = WORDNET_POS[word.pos];
      if (!own || own.exact || !pos || !NOMINAL_TAGS.has(word.pos) || !/^\p{L}+$/u.test(word.text)) return;
      if (isCommonWord(word.text.toLowerCase())) return;
      const spelling = await nameSpellingOf(word.lemma.toLowerCase(), pos);
      if (spelling) terms.set(own.term, { ...own, exact: true, ...(isAcronym(spelling) ? { acronym: spelling } : {}) });
    }),
  );
}

/**
 * The other forms of one of the question's words, each with its weight; null for a word not searched.
 * A word with the one that follows it may be a phrase WordNet lists, whose synonyms it takes too: a verb
 * and its particle (`pay back` → `repay`), a noun or adjective and a noun (`Big Board` → `NYSE`).
 */
async function formsOf(
  word: TaggedWord,
  terms: ReadonlyMap<string, QueryTerm>,
  weights: ExpansionWeights,
  archive: ArchiveWords,
  next?: TaggedWord,
): Promise<{ own: QueryTerm; forms: [string, number][] } | null> {
  const own = terms.get(indexTerm(word.text) ?? '');
  // A name is a noun, whatever a tagger makes of it in a question typed in lower case (`italy's` as an adverb).
  const pos = own?.exact && !NOMINAL_TAGS.has(word.pos) ? 'noun' : WORDNET_POS[word.pos];
  if (!pos || !own || /\d/.test(word.text)) return null;
  const lemma = word.lemma.toLowerCase();
  const isName = own.exact;
  const [related, phrase, synonyms, countries] = await Promise.all([
    relatedFormsOf(lemma, pos),
    phraseSynonyms(word, lemma, next),
    isName ? [] : synonymsOf(lemma, pos),
    isName && pos === 'noun' ? countriesOfName(lemma, next) : [],
  ]);
  const forms: [string, number][] = [];
  if (!isName) {
    forms.push([lemma, weights.lemma]);
    if (pos === 'verb') for (const form of irregularFormsOf(lemma)) forms.push([form, weights.lemma]);
  }
  for (const form of related) forms.push([form, weights.related]);
  for (const form of phrase) forms.push([form, weights.phrase]);
  for (const form of synonyms) forms.push([form, weights.synonym]);
  for (const form of countries) forms.push([form, weights.related]);
  if (isName) for (const form of await writtenOtherwise(lemma, next, terms, archive)) forms.push([form, weights.related]);
  return { own, forms };
}

/** A name of at least this many letters may be one the archive writes as two words. */
const JOINED_NAME = 7;

/**
 * A name as the archive writes it when the question writes it otherwise: the two words of a name the
 * question runs together (`SmithKline` → `Smith Kline`), never for a word of the dictionary (`airlines` is no
 * `Air Lines`); the one word of a name the question writes as two (`Time Warner` → `TimeWarner`).
 */
async function writtenOtherwise(
  name: string,
  next: TaggedWord | undefined,
  terms: ReadonlyMap<string, QueryTerm>,
  archive: ArchiveWords,
): Promise<string[]> {
  const joined = next && terms.get(indexTerm(next.text) ?? '')?.exact ? `${name}${next.text.toLowerCase()}` : null;
  if (joined && archive.isNameWord(joined)) return [joined];
  if (name.length < JOINED_NAME || !/^[a-z]+$/.test(name) || (await isDictionaryWord(name))) return [];
  for (let cut = 3; cut <= name.length - 3; cut++) {
    if (archive.isNamePhrase(name.slice(0, cut), name.slice(cut))) return [name.slice(0, cut), name.slice(cut)];
  }
  return [];
}

/**
 * The country a name stands for when it names a capital, alone (`Tokyo`) or with the next word (`Kuala Lumpur`),
 * and the country's adjective, as stories name its government (`Bonn` → `Germany`, `the West German government`).
 */
async function countriesOfName(lemma: string, next: TaggedWord | undefined): Promise<string[]> {
  const phrase = next && NOMINAL_TAGS.has(next.pos) ? [`${lemma}_${next.lemma.toLowerCase()}`] : [];
  const countries = (await Promise.all([lemma, ...phrase].map(countriesOfCity))).flat();
  const adjectives = await Promise.all(countries.map((country) => relatedFormsOf(country, 'noun')));
  return [...countries, ...adjectives.flat()];
}

/** Synonyms of the phrase a word makes with the next, when WordNet lists it (see `formsOf`). */
function phraseSynonyms(word: TaggedWord, lemma: string, next: TaggedWord | undefined): Promise<string[]> | [] {
  if (next === undefined) return [];
  // A tagger may take a verb before its particle for a noun (`buyers call off`): WordNet's phrasal verb decides.
  if ((word.pos === 'VERB' || word.pos === 'NOUN') && PARTICLES.has(next.pos))
    return phraseSynonymsOf(lemma, next.text.toLowerCase(), 'verb');
  if (NOMINAL_TAGS.has(word.pos) && COMPOUND_HEADS.has(next.pos)) return phraseSynonymsOf(lemma, next.lemma.toLowerCase(), 'noun');
  return [];
}
