/** A quotation found in an article, attributed to its speaker where the text says who spoke. */
export interface ExtractedQuote {
  paragraph: number;
  /** Character span of the quoted words within the paragraph (without the quote marks). */
  start: number;
  end: number;
  text: string;
  /** The resolved speaker: a person's fullest name in the article, an organisation, or an unnamed role; null when nobody is identifiable. */
  speaker: string | null;
  role: string | null;
  /** What the speaker is; null with no speaker. */
  speakerType: SpeakerType | null;
  /** How the text refers to the speaker nearest the quote: `she`, `the diplomat`, `Zakharova`. */
  mention: string | null;
  /** The reporting verb as written (`said`, `told`, `according to`); null when there is none. */
  cue: string | null;
  kind: 'direct' | 'indirect';
}

export type SpeakerType = 'person' | 'organisation' | 'unnamed';

/**
 * A quotation as the archive keeps it: where it is, and who said it. Its speaker is the one name the
 * archive knows them by, which groups their quotations ("Ronald Reagan").
 */
export interface StoredQuote extends Omit<ExtractedQuote, 'text'> {
  article: number;
  /** The speaker as their article names them, when the archive knows them by a fuller name ("Reagan"). */
  named?: string;
}

/** A speaker across the archive: one canonical name, the roles the text gives them (most frequent first), and their quotes. */
export interface Speaker {
  name: string;
  type: SpeakerType;
  roles: string[];
  quotes: number;
}

/** What the directory needs of a quote: who said it, and where, to count once the words nested in a longer quotation. */
export type SpeakerMention = Pick<StoredQuote, 'speaker' | 'speakerType' | 'role' | 'article' | 'paragraph' | 'start' | 'end'>;
