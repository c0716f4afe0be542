import { placeWords, tagWords } from '../../text/nlp.ts';
import { tagQuestion } from '../../text/question-tags.ts';
import { kinship } from '../../text/wordnet.ts';
import { type FollowUp, withWordsBeside } from './follow-up.ts';
import type { Turn } from '../../model/conversation.ts';

/**
 * A shift to a thing rather than a name ("and wheat?" after "how much corn did the soviet union buy?",
 * "what about silver?" after gold's price, "and inflation?" after the unemployment rate) asks the question
 * again with that thing in place of its kin: the question's noun closest to it in kind (see `kinship`).
 * A common word with no kin in the question ("and imports?" after Kenya's tea trade) is asked beside it,
 * the subject kept; a name stays as read, in place of the question's subject.
 */
export async function shiftToKin(
  reading: FollowUp,
  previous: Pick<Turn, 'topic' | 'subject'> | null,
  isName: (words: string) => boolean,
  isCommonWord: (word: string) => boolean,
): Promise<FollowUp> {
  const thing = reading.own.replace(/^the\s+/i, '');
  if (reading.kind !== 'entity-shift' || /\s/.test(thing) || isName(thing)) return reading;
  const topic = previous?.topic ?? '';
  const kin = await withKin(topic, thing);
  if (kin) return { ...reading, understood: kin, topic: kin, own: thing, subject: thing };
  if (!isCommonWord(thing)) return reading;
  const beside = withWordsBeside(topic, thing);
  return { ...reading, understood: beside, topic: beside, own: thing, subject: previous?.subject ?? null };
}

/** The question with its noun closest in kind to a new one replaced by it; null when none is kin. */
async function withKin(question: string, thing: string): Promise<string | null> {
  const [asked] = tagWords(thing);
  if (asked?.pos !== 'NOUN') return null;
  const nouns = placeWords(question, tagQuestion(question)).filter(
    (word) => word.pos === 'NOUN' && word.start >= 0 && word.lemma.toLowerCase() !== asked.lemma.toLowerCase(),
  );
  const kin = await Promise.all(nouns.map((word) => kinship(word.lemma.toLowerCase(), asked.lemma.toLowerCase())));
  let closest = -1;
  kin.forEach((steps, i) => {
    if (steps !== null && (closest === -1 || steps < kin[closest]!)) closest = i;
  });
  const word = nouns[closest];
  return word ? `${question.slice(0, word.start)}${thing}${question.slice(word.start + word.text.length)}` : null;
}
