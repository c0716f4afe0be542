import type { OptionValues } from './contract.ts';

/** A chat message read as a command: "who said …", "what did X say about Y", or any question. */
export interface ChatRoute {
  command: 'whosaid' | 'quotes' | 'ask';
  options: OptionValues;
}

// Words before the question (`hey,`, `@everyone`, `bot, please`) are passed over: each pattern starts at its first word.
const WHO_SAID = /\bwho\s+(?:said|says|has\s+said|told\s+\w+)\s*:?\s*(.+?)\s*\??\s*$/i;
const WHAT_ABOUT = /\bwhat\s+(?:did|does|has|have)\s+(.+?)\s+(?:say|said|tell\s+\w+)\s+(?:about|on|regarding)\s+(.+?)\s*\??\s*$/i;
const WHAT_SAID = /\bwhat\s+(?:did|does|has|have)\s+(.+?)\s+(?:say|said)\s*\??\s*$/i;
/** A speaker named by a pronoun, whom a question in its conversation reads better than a name lookup. */
const PRONOUN = /^(?:he|she|they|it|him|her|them)$/i;
/** A phrase that only points back at what was said: "that", "this", "it", "so". */
const POINTING_BACK = /^(?:that|this|it|so)\W*$/i;
/** Mentions of users, roles and channels, and `@everyone` / `@here`: addressing, not words of the question. */
const MENTIONS = /<@[!&]?\d+>|<#\d+>|@everyone\b|@here\b/g;

function unquote(text: string): string {
  return text
    .trim()
    .replace(/^["“'‘](.*)["”'’]$/s, '$1')
    .trim();
}

/** Whether the archive quotes anyone by a name (one or several people). */
export type SpeakerTest = (name: string) => Promise<boolean>;

/**
 * Routes the words of a chat message (mentions removed) to the command that answers them. "What did X say"
 * lists X's quotes when the archive quotes someone by that name; a role ("the mayor of Shanghai") or a
 * pronoun is no name to look up, and the message is asked as a question (in its conversation, "he" is read there).
 */
export async function routeChat(text: string, isSpeaker: SpeakerTest): Promise<ChatRoute> {
  const words = text.replace(MENTIONS, ' ').replace(/\s+/g, ' ').trim();
  const whoSaid = WHO_SAID.exec(words);
  // "who said that?" asks about the answer just given, which a question in its conversation reads.
  if (whoSaid && !POINTING_BACK.test(whoSaid[1]!)) return { command: 'whosaid', options: { phrase: unquote(whoSaid[1]!) } };
  const about = WHAT_ABOUT.exec(words);
  const said = about ?? WHAT_SAID.exec(words);
  const speaker = said?.[1]!.trim();
  if (speaker && !PRONOUN.test(speaker) && (await isSpeaker(speaker))) {
    return { command: 'quotes', options: about ? { speaker, about: about[2]!.trim() } : { speaker } };
  }
  return { command: 'ask', options: { question: words } };
}
