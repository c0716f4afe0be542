import { type AnswerSet, type AskRequest, answerQuestion, checkQuestion, isCommonWord, isNameWord, nameTest } from '../ask.ts';
import type { Question } from '../question/parse.ts';
import { type FollowUp, readFollowUp } from './follow-up.ts';
import { shiftToKin } from './kin.ts';
import { namesOfArticle } from './names.ts';
import { mustName, shiftedFirst, storyWords, withStoryWords } from './shift.ts';
import { OWN_WORDS, answerFromStory, askedWords } from './story.ts';
import { termsOf, termsWrittenIn } from './terms-of.ts';
import type { Turn } from '../../model/conversation.ts';
import type { Snapshot } from '../../model/snapshot.ts';
import type { RankOptions } from '../options.ts';
import type { RankedArticle } from '../rank/scored.ts';

/** An answer set for a message read in its conversation, with how it was read. */
export interface AnswerInContext extends AnswerSet {
  reading: FollowUp;
}

/**
 * Answers a message in the light of the turn before it: a shift asks the last question again for another
 * period or name; `who` and detail follow-ups are answered first from the article just shown (what it
 * says besides what was quoted), then from the archive; `more-like` leaves out the articles shown.
 */
export async function answerInContext(
  snapshot: Snapshot,
  request: AskRequest,
  previous: Turn | null,
  options: RankOptions,
): Promise<AnswerInContext> {
  const shown = previous?.shown ?? null;
  const focus = shown ? await snapshot.search.article(shown.articleId) : undefined;
  // A word capitalised in one story is no name when the archive mostly writes it in lower case (`Fell` after `U.K.`).
  const commonWord = (word: string) => isCommonWord(snapshot, word);
  let names: Set<string> | null = null;
  // Read only when a follow-up needs them: a new question never does.
  const namesShown = () => (names ??= focus === undefined ? new Set<string>() : namesOfArticle(snapshot.articles[focus]!, commonWord));
  // A word the story writes as a name; two the archive writes as one, or each as a name (`kaja kallas`).
  const isName = nameTest(
    (word) => namesShown().has(word),
    (first, second) => snapshot.terms.isNamePhrase(first, second) || (isNameWord(snapshot, first) && isNameWord(snapshot, second)),
  );
  const shownDate = focus === undefined ? null : snapshot.articles[focus]!.date;
  const shownYear = shownDate ? Number(shownDate.slice(0, 4)) : null;
  const read = readFollowUp(checkQuestion(request.question), previous, isName, shownYear);
  const reading = await shiftToKin(read, previous, isName, commonWord);
  const asked = { ...request, question: reading.understood };
  if (reading.kind === 'new') return { ...(await answerQuestion(snapshot, asked, options)), reading };
  const own = termsOf(reading.own);
  // Names as the story wrote them, and the name a shift brings: in a question typed in lower case, still names.
  const named = new Set([...termsOf([...namesShown()].join(' ')), ...(reading.kind === 'entity-shift' ? own : [])]);
  const shift = reading.kind === 'date-shift' || reading.kind === 'entity-shift';
  const stressed = shift ? new Set<string>() : own;
  const kindOfStory = shift && focus !== undefined ? storyWords(snapshot.articles[focus]!.title, commonWord, isName) : [];
  const answers = await answerQuestion(snapshot, asked, options, (question) =>
    withStoryWords(emphasized(question, stressed, named), kindOfStory),
  );
  if (shift) {
    const required = mustName(answers.question, own, reading.kind === 'date-shift', (term) => snapshot.terms.surfaceOf(term));
    return { ...answers, ranked: shiftedFirst(snapshot, answers.ranked, required, focus), reading };
  }
  if (reading.kind === 'more-like') return { ...answers, ranked: answers.ranked.filter((r) => r.article !== focus), reading };
  const within = focus === undefined ? null : answerFromStory(snapshot, answers.question, focus, shown!, reading, options);
  if (!within) {
    return { ...answers, ranked: storyShownLast(snapshot, answers.ranked, focus, askedWords(answers.question, own)), reading };
  }
  return { ...answers, ranked: [within, ...answers.ranked.filter((r) => r.article !== focus)], reading };
}

/**
 * The results with the story shown after the others when it writes none of the words a follow-up asks for:
 * it was asked and did not answer ("which governor?" of a story no governor speaks in).
 */
function storyShownLast(snapshot: Snapshot, ranked: RankedArticle[], focus: number | undefined, asked: ReadonlySet<string>) {
  if (focus === undefined || asked.size === 0) return ranked;
  const written = termsWrittenIn(snapshot.articles[focus]!);
  if ([...asked].some((term) => written.has(term))) return ranked;
  return [...ranked.filter((r) => r.article !== focus), ...ranked.filter((r) => r.article === focus)];
}

/** The question with the follow-up's own words weighing more than the context's, and its names marked as names. */
function emphasized(question: Question, own: ReadonlySet<string>, named: ReadonlySet<string>): Question {
  const terms = question.terms.map((t) => {
    const word = t.expands ?? t.term;
    return { ...t, weight: own.has(word) ? t.weight * OWN_WORDS : t.weight, exact: t.exact || named.has(word) };
  });
  return { ...question, terms };
}
