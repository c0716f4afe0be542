import type { Question, QueryTerm } from '../question/parse.ts';
import { rankWithin } from '../rank/rank.ts';
import type { RankedArticle, ScoredSentence } from '../rank/scored.ts';
import { quotationsShown } from '../rank/attribution.ts';
import type { FollowUp } from './follow-up.ts';
import { termsOf } from './terms-of.ts';
import { ROLE_WORDS } from '../../text/lexicon.ts';
import type { ShownAnswer } from '../../model/conversation.ts';
import type { Snapshot, TermStatistics } from '../../model/snapshot.ts';
import type { RankOptions } from '../options.ts';

/** Roles a follow-up may ask for a speaker by, as terms; a source is what any speaker is. */
const ROLE_TERMS = termsOf([...ROLE_WORDS].filter((word) => !/^sources?$/.test(word)).join(' '));
/** A speaker's role counts for less than their name in the sentence that names them. */
const ROLE_WEIGHT = 0.5;
/**
 * How much the words of the story's context count when choosing the sentence inside it, at most: a rare name
 * of the context counts no more than this share of the least of the follow-up's own words.
 */
const CONTEXT_IN_STORY = 0.1;
/** A follow-up's own words count this many times its context's: "why so low?" asks *why*, about the surplus. */
export const OWN_WORDS = 2;

interface NamedSpeaker {
  name: string;
  role: string | null;
  /** Named by role only (`a Ford spokesman`): their words are no name to match as written. */
  unnamed: boolean;
}

/**
 * The speaker of the quote shown (of its last quotation: what answered, after the lead), as the archive
 * resolved them ("he said" → `Robert Ouko`, "the spokesman said" → `a Ford spokesman`); null when nobody is known.
 */
function speakerShown(snapshot: Snapshot, article: number, shown: ShownAnswer): NamedSpeaker | null {
  // A quote that shows the story's lead shows it first, as an introduction to the detail that answered.
  const quotation = quotationsShown(snapshot, article, shown.quote).at(-1);
  if (quotation?.speaker) return { name: quotation.speaker, role: quotation.role, unnamed: quotation.speakerType === 'unnamed' };
  return shown.speaker ? { name: shown.speaker, role: null, unnamed: false } : null;
}

/** "Who said that?" asks for the sentence that names the speaker most fully: their name, then their role. */
function namingQuestion(question: Question, speaker: NamedSpeaker, own: ReadonlySet<string>): Question {
  const name = termsOf(speaker.name);
  const role = [...termsOf(speaker.role ?? ''), ...own].filter((term) => !name.has(term));
  const terms: QueryTerm[] = [
    ...[...name].map((term) => ({ term, weight: 1, exact: !speaker.unnamed })),
    ...[...new Set(role)].map((term) => ({ term, weight: ROLE_WEIGHT, exact: false })),
  ];
  return { ...question, kind: 'who', terms, expansions: [] };
}

/**
 * The question as it reads inside the story already found: the words that found the story say little of
 * which sentence answers, the follow-up's own words ("how big were those *losses*?") and its kind say most.
 * Terms weigh by their squared rarity, so a rare name of the context (`Sayam Bank`) would outweigh a common
 * own word (`losses`): each word of the context counts as no rarer than the least rare own word.
 */
function inStory(question: Question, own: ReadonlySet<string>, stats: TermStatistics): Question {
  const isOwn = (t: QueryTerm) => own.has(t.expands ?? t.term);
  // "What else?" asks no word of its own nor a kind of answer: the context's words choose among the story's other sentences.
  if (question.kind === 'general' && !question.terms.some(isOwn))
    return { ...question, terms: question.terms.map((t) => ({ ...t, exact: false })) };
  const least = Math.min(...question.terms.filter(isOwn).map((t) => stats.idf(t.term)));
  const terms = question.terms.map((t) => {
    if (isOwn(t)) return { ...t, weight: t.weight / OWN_WORDS };
    const asRare = Math.min(1, (least / stats.idf(t.term)) ** 2);
    return { ...t, weight: t.weight * CONTEXT_IN_STORY * asRare, exact: false };
  });
  return { ...question, terms };
}

/**
 * The answer the article just shown gives to a follow-up. "Who said that?" is answered by the sentence
 * that names the speaker of the quote most fully (the quote itself when it does); other follow-ups by
 * what the article says besides what was quoted.
 */
export function answerFromStory(
  snapshot: Snapshot,
  question: Question,
  article: number,
  shown: ShownAnswer,
  reading: FollowUp,
  options: RankOptions,
): RankedArticle | null {
  const own = termsOf(reading.own);
  const speaker = reading.kind === 'who' ? speakerShown(snapshot, article, shown) : null;
  if (speaker && fitsRoleAsked(speaker, own)) {
    const ranked = rankWithin(snapshot, namingQuestion(question, speaker, own), article, options, () => false);
    return quotedAlone(ranked, (best) => answers(best, question, termsOf(speaker.name), false));
  }
  const ranked = rankWithin(snapshot, inStory(question, own, snapshot.terms), article, options, (sentence) =>
    shown.quote.includes(sentence.trim()),
  );
  return quotedAlone(ranked, (best) => answers(best, question, askedWords(question, own), reading.pointsBack));
}

/**
 * Whether the speaker shown can be the one a follow-up asks for by role: "which governor?" is not answered by
 * a bank that spoke in the story, but by a sentence of it that names a governor, or by another story.
 */
function fitsRoleAsked(speaker: NamedSpeaker, own: ReadonlySet<string>): boolean {
  const roles = [...own].filter((term) => ROLE_TERMS.has(term));
  const described = termsOf(`${speaker.name} ${speaker.role ?? ''}`);
  return roles.length === 0 || roles.some((term) => described.has(term));
}

/** The words a follow-up asks for, its own words the question searches: not those that only ask (`when`, `why`). */
export function askedWords(question: Question, own: ReadonlySet<string>): Set<string> {
  return new Set([...own].filter((term) => question.terms.some((t) => t.term === term)));
}

/**
 * The article with only its best sentence by the story's own evidence, to be quoted alone, when that sentence
 * answers. Inside the story shown, a follow-up is answered by its own words and what its kind asks for ("who
 * said that?" by the sentence naming the speaker most fully), not by the choice model, which is fitted to
 * questions asked alone.
 */
function quotedAlone(ranked: RankedArticle | null, answers: (best: ScoredSentence) => boolean): RankedArticle | null {
  if (!ranked) return null;
  const best = ranked.passages.flatMap((p) => p.sentences).reduce((a, b) => (b.score > a.score ? b : a));
  if (!answers(best)) return null;
  const passages = ranked.passages.filter((p) => p.passage === best.passage).map((p) => ({ ...p, sentences: [best] }));
  return { ...ranked, passages };
}

/**
 * Whether a story's best sentence answers: it holds a word the follow-up asks (when it asks any), or,
 * for a follow-up pointing back at the story, what its kind asks for. A follow-up that does not point back
 * ("what's the new target date?") is about the story shown only if the story writes one of its words as
 * asked: another form found there (`days` for `date`) leaves the question to the archive.
 */
function answers(best: ScoredSentence, question: Question, asked: ReadonlySet<string>, pointsBack: boolean): boolean {
  const stands = new Map(question.terms.map((t) => [t.term, t.expands ?? t.term]));
  const asks = (term: string) => asked.has(pointsBack ? (stands.get(term) ?? term) : term);
  const holdsAsked = asked.size === 0 || [...best.evidence.matched].some(asks);
  return (holdsAsked && (best.evidence.coverage > 0 || best.evidence.fitsKind)) || (pointsBack && best.evidence.fitsKind);
}
