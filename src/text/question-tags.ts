import { type TaggedWord, tagWords } from './nlp.ts';

/** Auxiliaries that invert with the subject and leave a main verb in its base form after it: `why did sales drop`. */
const DO_OR_MODAL = /^(?:do|does|did|will|would|can|could|should|may|might|must|shall)$/i;
/** The tags the tagger gives a main verb it mistakes for part of the subject (`lenders tie`, `sales drop`). */
const MISREAD_AS = new Set(['NOUN', 'ADJ']);
const ENDS_SUBJECT = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * The words of a question with their parts of speech, its main verb found where the inverted word order
 * hides it. The tagger reads `Why did sales drop so much?` with no verb (`drop` a noun); a question with
 * `did`, `will` or `would` must have one. It is the first word after the subject that, told as a statement
 * (`sales would drop so much`), is tagged a verb and does not begin a compound (`clearing house`).
 */
export function tagQuestion(text: string): TaggedWord[] {
  const words = tagWords(text);
  const auxiliary = words.slice(0, 3).findIndex((word) => DO_OR_MODAL.test(word.text));
  if (auxiliary === -1 || words.slice(auxiliary + 1).some((word) => word.pos === 'VERB')) return words;
  const subject = auxiliary + (words[auxiliary + 1]?.pos === 'PART' ? 2 : 1);
  for (let at = subject + 1; at < words.length; at++) {
    const verb = asStatementVerb(words, subject, at);
    if (verb) return words.map((word, i) => (i === at ? verb : word));
  }
  return words;
}

/** The word at `at` tagged again in the statement `<subject> would <word> …`, if it then is the verb. */
function asStatementVerb(words: readonly TaggedWord[], subject: number, at: number): TaggedWord | null {
  const word = words[at]!;
  if (!MISREAD_AS.has(word.pos) || !ENDS_SUBJECT.has(words[at - 1]!.pos) || MISREAD_AS.has(words[at + 1]?.pos ?? '')) return null;
  const statement = [...words.slice(subject, at), { text: 'would' }, ...words.slice(at)].map((w) => w.text).join(' ');
  const retagged = tagWords(statement);
  const verbAt = at - subject + 1;
  const asVerb = retagged[verbAt];
  const subjectHasVerb = retagged.slice(0, verbAt - 1).some((w) => w.pos === 'VERB');
  return asVerb?.text === word.text && asVerb.pos === 'VERB' && !subjectHasVerb ? asVerb : null;
}
