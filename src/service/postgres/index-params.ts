/** What BM25 needs of an index besides its postings: how many documents, and their average length per field. */
export interface IndexParams {
  documents: number;
  /** By field id: the passage index has one field (the text), the title index two (title, place). */
  averageLengths: number[];
}

/** What a generation keeps of its two indexes. */
export interface SearchParams {
  passages: IndexParams;
  titles: IndexParams;
}
