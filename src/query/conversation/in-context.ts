import { escapeRegExp } from '../../text/regexp.ts';
import { type AnswerSet, type AskRequest, answerQuestion, checkQuestion } from '../ask.ts';
import type { Question, QueryTerm } from '../question/parse.ts';
import { rankWithin } from '../rank/rank.ts';
import type { RankedArticle } from '../rank/scored.ts';
import { quotationsShown } from '../rank/attribution.ts';
import { type FollowUp, readFollowUp } from './follow-up.ts';
import { namesOfArticle } from './names.ts';
import { overlap, termsWithin, tokensOf } from '../../text/tokens.ts';
import type { ShownAnswer, Turn } from '../../model/conversation.ts';
import type { Snapshot } from '../../model/snapshot.ts';
import type { RankOptions } from '../options.ts';

/** An answer set for a message read in its conversation, with how it was read. */
export interface AnswerInContext extends AnswerSet {
  reading: FollowUp;
}

/** A speaker's role counts for less than their name in the sentence that names them. */
const ROLE_WORDS = 0.5;
/** Below this share of capitalised uses across the archive, a word capitalised in one story is no name (`Fell` after `U.K.`). */
const NAME_SHARE = 0.5;
/** How much the words of the story's context count when choosing the sentence inside it. */
const CONTEXT_IN_STORY = 0.1;
/** A follow-up's own words count this many times its context's: "why so low?" asks *why*, about the surplus. */
const OWN_WORDS = 2;

const articleIndexes = new WeakMap<Snapshot, Map<string, number>>();

/** An article's place in a snapshot by its id, or undefined when the snapshot no longer holds it. */
export function articleIndex(snapshot: Snapshot, id: string): number | undefined {
  let byId = articleIndexes.get(snapshot);
  if (!byId) {
    byId = new Map(snapshot.articles.map((article, i) => [article.id, i]));
    articleIndexes.set(snapshot, byId);
  }
  return byId.get(id);
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
  const focus = shown ? articleIndex(snapshot, shown.articleId) : undefined;
  const commonWord = (word: string) => snapshot.terms.wordCount(word) > 0 && snapshot.terms.nameShare(word) < NAME_SHARE;
  let names: Set<string> | null = null;
  // Read only when a follow-up needs them: a new question never does.
  const namesShown = () => (names ??= focus === undefined ? new Set<string>() : namesOfArticle(snapshot.articles[focus]!, commonWord));
  const reading = readFollowUp(checkQuestion(request.question), previous, (word) =>
    namesShown().has(word.toLowerCase().replace(/'s?$/, '')),
  );
  const asked = { ...request, question: reading.understood };
  if (reading.kind === 'new') return { ...(await answerQuestion(snapshot, asked, options)), reading };
  const own = ownTerms(reading.own);
  // Names as the story wrote them, and the name a shift brings: in a question typed in lower case, still names.
  const named = new Set([...ownTerms([...namesShown()].join(' ')), ...(reading.kind === 'entity-shift' ? own : [])]);
  const stressed = reading.kind === 'date-shift' || reading.kind === 'entity-shift' ? new Set<string>() : own;
  const answers = await answerQuestion(snapshot, asked, options, (question) => emphasized(question, stressed, named));
  if (reading.kind === 'date-shift' || reading.kind === 'entity-shift')
    return { ...answers, ranked: shiftedFirst(snapshot, answers.ranked, formsOf(answers.question, own), focus), reading };
  if (reading.kind === 'more-like') return { ...answers, ranked: answers.ranked.filter((r) => r.article !== focus), reading };
  const within = focus === undefined ? null : answerFromStory(snapshot, answers.question, focus, shown!, reading, options);
  if (!within) return { ...answers, reading };
  return { ...answers, ranked: [within, ...answers.ranked.filter((r) => r.article !== focus)], reading };
}

/** How many of the best answers a shift reorders: those a reader would look at. */
const REORDERED = 20;
/** How much a title shaped like the last answer's counts ("BELGIAN UNEMPLOYMENT FALLS" → "NORWEGIAN UNEMPLOYMENT FALLS"). */
const LIKE_LAST_TITLE = 0.5;

/**
 * A shift says what changes ("and in march?", "what about norway") and keeps the rest: among the best
 * answers, the articles that name what changed come first, and those whose titles read like the last
 * answer's (the same kind of story about another month or country) rise among them.
 */
function shiftedFirst(
  snapshot: Snapshot,
  ranked: RankedArticle[],
  shifted: ReadonlySet<string>,
  last: number | undefined,
): RankedArticle[] {
  const titleTerms = (article: number) => termsWithin(tokensOf(snapshot.articles[article]!.title));
  const lastTitle = last === undefined ? new Set<string>() : titleTerms(last);
  const written = new RegExp(`\\b(?:${[...shifted].map((term) => escapeRegExp(snapshot.terms.surfaceOf(term))).join('|')})`, 'i');
  const keyed = ranked.slice(0, REORDERED).map((r) => {
    const { title, paragraphs } = snapshot.articles[r.article]!;
    const names = shifted.size > 0 && (written.test(title) || paragraphs.some((p) => written.test(p)));
    return { r, names, score: r.score + LIKE_LAST_TITLE * overlap(titleTerms(r.article), lastTitle) };
  });
  keyed.sort((a, b) => Number(b.names) - Number(a.names) || b.score - a.score);
  return [...keyed.map((k) => k.r), ...ranked.slice(REORDERED)];
}

/** The terms and their other forms the question searches for (`norwegian` for `norway`). */
function formsOf(question: Question, terms: ReadonlySet<string>): Set<string> {
  return new Set([...terms, ...question.terms.filter((t) => t.expands !== undefined && terms.has(t.expands)).map((t) => t.term)]);
}

interface NamedSpeaker {
  name: string;
  role: string | null;
}

/** The speaker of the quote shown (of its last quotation: what answered, after the lead), by the name the archive resolved ("he said" → `Robert Ouko`); null when unnamed. */
function speakerShown(snapshot: Snapshot, article: number, shown: ShownAnswer): NamedSpeaker | null {
  // A quote that shows the story's lead shows it first, as an introduction to the detail that answered.
  const quotation = quotationsShown(snapshot, article, shown.quote).at(-1);
  if (quotation?.speaker && quotation.speakerType !== 'unnamed') return { name: quotation.speaker, role: quotation.role };
  return shown.speaker ? { name: shown.speaker, role: null } : null;
}

/** "Who said that?" asks for the sentence that names the speaker most fully: their name, then their role. */
function namingQuestion(question: Question, speaker: NamedSpeaker, own: ReadonlySet<string>): Question {
  const name = ownTerms(speaker.name);
  const role = [...ownTerms(speaker.role ?? ''), ...own].filter((term) => !name.has(term));
  const terms: QueryTerm[] = [
    ...[...name].map((term) => ({ term, weight: 1, exact: true })),
    ...[...new Set(role)].map((term) => ({ term, weight: ROLE_WORDS, exact: false })),
  ];
  return { ...question, kind: 'who', terms, expansions: [] };
}

function ownTerms(text: string): Set<string> {
  return new Set(tokensOf(text).flatMap((token) => (token.term ? [token.term] : [])));
}

/**
 * The question as it reads inside the story already found: the words that found the story say little of
 * which sentence answers, the follow-up's own words ("when is the *meeting*?") and its kind say most.
 */
function inStory(question: Question, own: ReadonlySet<string>): Question {
  const terms = question.terms.map((t) =>
    own.has(t.expands ?? t.term) ? { ...t, weight: t.weight / OWN_WORDS } : { ...t, weight: t.weight * CONTEXT_IN_STORY, exact: false },
  );
  return { ...question, terms };
}

/** The question with the follow-up's own words weighing more than the context's, and its names marked as names. */
function emphasized(question: Question, own: ReadonlySet<string>, named: ReadonlySet<string>): Question {
  const terms = question.terms.map((t) => {
    const word = t.expands ?? t.term;
    return { ...t, weight: own.has(word) ? t.weight * OWN_WORDS : t.weight, exact: t.exact || named.has(word) };
  });
  return { ...question, terms };
}

/**
 * The answer the article just shown gives to a follow-up. "Who said that?" is answered by the sentence
 * that names the speaker of the quote most fully (the quote itself when it does); other follow-ups by
 * what the article says besides what was quoted.
 */
function answerFromStory(
  snapshot: Snapshot,
  question: Question,
  article: number,
  shown: ShownAnswer,
  reading: FollowUp,
  options: RankOptions,
): RankedArticle | null {
  const own = ownTerms(reading.own);
  const speaker = reading.kind === 'who' ? speakerShown(snapshot, article, shown) : null;
  if (speaker) {
    const ranked = rankWithin(snapshot, namingQuestion(question, speaker, own), article, options, () => false);
    return ranked && answers(ranked, question, ownTerms(speaker.name), false) ? ranked : null;
  }
  const ranked = rankWithin(snapshot, inStory(question, own), article, options, (sentence) => shown.quote.includes(sentence.trim()));
  const asked = new Set([...own].filter((term) => question.terms.some((t) => t.term === term)));
  return ranked && answers(ranked, question, asked, reading.pointsBack) ? ranked : null;
}

/**
 * Whether an article's best sentence answers: it holds a word the follow-up asks (when it asks any), or,
 * for a follow-up pointing back at the story, what its kind asks for.
 */
function answers(ranked: RankedArticle, question: Question, asked: ReadonlySet<string>, pointsBack: boolean): boolean {
  const best = ranked.passages.flatMap((p) => p.sentences).reduce((a, b) => (b.score > a.score ? b : a));
  const stands = new Map(question.terms.map((t) => [t.term, t.expands ?? t.term]));
  const holdsAsked = asked.size === 0 || [...best.evidence.matched].some((term) => asked.has(stands.get(term) ?? term));
  return (holdsAsked && (best.evidence.coverage > 0 || best.evidence.fitsKind)) || (pointsBack && best.evidence.fitsKind);
}
