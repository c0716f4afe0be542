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
