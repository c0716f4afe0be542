/**
 * One turn of a conversation, kept as text so that it outlives the snapshot it was answered from:
 * a reload does not break a conversation, and the old index can still be released.
 */
export interface Turn {
  /** The question as it was read (a follow-up rewritten in full). */
  question: string;
  /** The question that set the subject: this one, or for a follow-up on a detail, the one it follows. */
  topic: string;
  /** The name a shift put in the topic ("what about norway"): the one the next shift replaces. */
  subject: string | null;
  /** What was shown first in answer, or null when nothing matched. */
  shown: ShownAnswer | null;
}

/** The first answer of a turn: the article it came from, the quote shown, and who speaks in it. */
export interface ShownAnswer {
  articleId: string;
  quote: string;
  /** The quote's speaker as the archive resolved it (`Robert Ouko` for "he said"); null when nobody is quoted. */
  speaker: string | null;
}
