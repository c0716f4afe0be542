/**
 * Reported speech read from one sentence, by its patterns alone: who speaks (as written), the verb, and the
 * clause reported (`X said that …`, `…, X told reporters`, `according to X, …`, `…, saying …`). Who the
 * speaker is in the article is for the speaker context to tell.
 */
import { ADVERBS_BEFORE_VERB, plausibleSpeaker } from './speaker-phrase.ts';
import { placeWords, tagWords } from '../../text/nlp.ts';
import { parseDateline } from '../read/dateline.ts';
import { CALENDAR_PERIODS, INDIRECT_SPEECH_VERBS, ORGANISATION_WORDS, OTHER_PERIODS, ROLE_WORDS, alternation } from '../../text/lexicon.ts';

const INDIRECT_VERB = alternation(INDIRECT_SPEECH_VERBS);
/**
 * The clause first, then its speaker and the verb: `…, Smith said`, `…, the bank said in a statement`, `…, officials
 * have said` (an auxiliary only before a verb that ends the sentence: `…, Moscow has agreed to buy grain` says nothing).
 */
const INDIRECT_AFTER = new RegExp(
  `^(.{15,}?),\\s+([^,"“”]{2,120}?)(?:,\\s+([^,"“”]{3,150}),)?(?:\\s+(?:has|have|had)(?=\\s+(?:${INDIRECT_VERB})[.!]?$))?\\s+(${INDIRECT_VERB})(\\s+[^,"“”]{0,80})?(?:,\\s+but\\s+[^"“”]{0,120})?[.!]?$`,
);
/** A phrase a sentence may open with before its subject: "In a speech, …", "Last week, …", "Reaffirming the plan, …". */
const OPENING_WORD = `(?:In|On|At|After|During|Asked|Later|Earlier|However|But|As|Last|Among|Outside|Meanwhile|Since|Before|With|Under|For|Despite|Although|While|When|Yesterday|Today|Instead|[A-Z][a-z]+ing)\\b`;
const OPENING_PHRASE = `${OPENING_WORD}[^,"“”]{0,120},\\s+`;
/** People named by their role in the plural, who may speak without an article: `… but officials said`, `… but delegates said`. */
const PLURAL_ROLE = alternation([...new Set([...ROLE_WORDS].map(pluralOf))]);

/** A role word in the plural: `delegates`, `deputies`, `spokesmen`; one in the plural already as it is. */
function pluralOf(role: string): string {
  if (/[^s]s$/.test(role)) return role;
  if (/man$/.test(role)) return `${role.slice(0, -3)}men`;
  return /[^aeiou]y$/.test(role) ? `${role.slice(0, -1)}ies` : `${role}s`;
}

/**
 * A word in lower case that may describe a name before it (`state bank`): not a preposition, a reporting verb, nor
 * a word that stands between a subject and its verb (`earlier`, `today`).
 */
const DESCRIBING_WORD = `(?!(?:of|at|for|in|on|to|by|with|from|and|or|but|said|says|told|${ADVERBS_BEFORE_VERB})\\s)[a-z][\\w-]*`;
/**
 * The subject: a name, a noun phrase or a pronoun, with a parenthesis, a ticker or an apposition after it; a name
 * may follow two words that describe it (`state bank Banca Commerciale Italiana`), and a parenthesis may follow a
 * capitalised word inside it (`European Community (EC) commissioner Willy de Clercq`).
 */
const SUBJECT = `(?!${OPENING_WORD},)((?:(?:${DESCRIBING_WORD}\\s+){0,2}[A-Z][\\w'’.-]*|the|a|an|one|he|she|they|it|${PLURAL_ROLE})(?:\\s+[\\w'’.-]+|(?<=\\b[A-Z][\\w'’.-]*)\\s+\\([^()]{1,40}\\)){0,7}?)(?:\\s*\\([^()]{1,40}\\))?(?:\\s*<[^<>]{1,20}>)?(?:\\s*,\\s+([^,"“”]{2,150}(?:,\\s+[^,"“”]{2,150}){0,2}),)?`;
const ADVERB = `(?:\\s+(?:${ADVERBS_BEFORE_VERB}))?`;
/** What a reporting verb may be said in, at or to, before the clause: `in a statement`, `told a news conference`. */
const SETTING =
  '(?:statement|interview|speech|report|letter|release|address|conference|briefing|hearing|testimony|broadcast|meeting|session|seminar|symposium|message|communique|newsletter|commentary|editorial|article|forum|luncheon|lunch|dinner|breakfast|rally|summit|convention|gathering|parliament|committee|subcommittee|panel|audience|reporters|journalists|newsmen|correspondents|newspaper|television|radio|agency|advertisement|filing|notice|circular|document|programme|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)s?';
/** A body's name of capitalised words, joined by `and` or `of`: `Securities and Exchange Commission`, `House of Lords`. */
const BODY_NAME = `[A-Z][\\w.&'’-]*(?:\\s+(?:and\\s+|of\\s+)?[A-Z][\\w.&'’-]*)*`;
/** Whom a filing or a letter was sent to: `with the Securities and Exchange Commission`. */
const ADDRESSEE = `(?:\\s+(?:with|to|of|by|from)\\s+(?:the\\s+)?${BODY_NAME})`;
/** A period just past or under way: `last week`, `this month`, `last night`. */
const LAST_PERIOD = String.raw`(?:last|this)\s+(?:${alternation([...CALENDAR_PERIODS, ...OTHER_PERIODS])})`;
/** Where or when it was said, between the verb and the clause: `in a statement`, `at the weekend`, `last week`, `in Tokyo`. */
const SAID_WHERE_OR_WHEN = `(?:\\s+(?:(?:on|at|in|during|to|before)\\s+(?:[\\w'’.-]+\\s+){0,4}?${SETTING}\\b${ADDRESSEE}?|in\\s+[A-Z][\\w.-]*(?:\\s+[A-Z][\\w.-]*)?|(?:on|at|in|during)\\s+[\\w\\s]+?|here|yesterday|today|tonight|earlier|later|${LAST_PERIOD}))`;
/** What names a broadcaster after its first word, told something: `BBC News`, `BBC Radio 4's Today programme`. */
const BROADCAST = String.raw`(?:\s+(?:News|Network|Radio|Television|TV|Online|World|Service|Live|\d+))*(?:['’]s\s+(?:[A-Z]\w*\s+){1,3}programme)?`;
/**
 * Someone named, told what follows `that` or a pronoun: `told UAL Inc Chairman Richard Ferris that …`, `told the
 * Securities and Exchange Commission it …`.
 */
const NAMED_ADDRESSEE = String.raw`(?:the\s+|an?\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of|and|the|[A-Z][\w'’.&-]*)){0,7}?`;
/** The reporting verb after its subject, and the clause it reports to the end of the sentence (`said repeatedly that …`: the clause). */
const VERB_AND_CLAUSE = `\\s+(told\\s+${NAMED_ADDRESSEE}(?=\\s+(?:that|it|he|she|they|we)\\s)|told\\s+(?:[\\w'’.-]+\\s+){0,4}?${SETTING}\\b|told (?:the |a )?\\w+${BROADCAST}|${alternation(INDIRECT_SPEECH_VERBS.filter((verb) => verb !== 'told'))})${SAID_WHERE_OR_WHEN}{0,2},?\\s+(?:(?:[a-z]+ly\\s+)?that,?\\s+)?(?!to\\s)(.{10,}?)[.!]?$`;
const INDIRECT_BEFORE = new RegExp(
  `(?:^(?:${OPENING_PHRASE})?(?:(?:But|And|Yet|So)\\s+)?|,\\s+(?:but|and|while)\\s+|\\s+but\\s+)${SUBJECT}${ADVERB}(?:\\s+(?:has|have|had))?${VERB_AND_CLAUSE}`,
);
/** A role word as it opens a description, in lower case or capitalised: `president`, `President`. */
const ROLE_OPENING = alternation([...ROLE_WORDS].flatMap((word) => [word, word[0]!.toUpperCase() + word.slice(1)]));
/**
 * A name with its role at a body, the comma that closes the apposition left out (`Nalin Vissanji, President of
 * the Indian Merchants Chambers of Commerce said …`, `Neil Harl, professor of economics at Iowa State University
 * told …`): only a name and a role at a named body are read so.
 */
const INDIRECT_BEFORE_UNCLOSED = new RegExp(
  `^(?:${OPENING_PHRASE})?(?:(?:But|And|Yet|So)\\s+)?([A-Z][\\w'’.-]+(?:\\s+[A-Z][\\w'’.-]+){1,3}),\\s+((?:the\\s+|a\\s+|an\\s+)?(?:[\\w-]+\\s+){0,3}?(?:${ROLE_OPENING})(?:\\s+of\\s+[a-z][\\w-]*(?:\\s+[a-z][\\w-]*)?)?\\s+(?:of|at|for|with)\\s+(?:the\\s+)?[A-Z][^,"“”]{1,100}?)${ADVERB}${VERB_AND_CLAUSE}`,
);
/** Speech in a relative clause on a name: `… from Sen. James McClure, R-Idaho, who agreed that the package should …`. */
const INDIRECT_RELATIVE = new RegExp(
  `([A-Z][\\w'’.-]*(?:\\s+[A-Z][\\w'’.-]*){0,3})(?:,\\s+([^,"“”]{2,60}))?,\\s+who${ADVERB}${VERB_AND_CLAUSE}`,
);
/** Where the sentence's own verb follows a relative clause: `Smith, who said he would go, was replaced`. */
const MAIN_CLAUSE_RESUMES = /,\s+(?=(?:was|were|is|are|has|have|had|will|would|also|said|told|added)\b)/;
/**
 * Speech in a participle after the sentence's own clause, by its subject: `Poehl welcomed the accord, saying the
 * agreement …`, `Baker moved to defuse speculation, telling an interviewer he stood by …`.
 */
const PARTICIPLE_SPEECH = new RegExp(
  `^(?:${OPENING_PHRASE})?([^"“”]{3,}?)(?:,\\s+with\\s+([^"“”]{2,100}?),?|,)\\s+(saying|adding|noting|arguing|warning|insisting|telling\\s+[^,"“”]{2,80}?(?=\\s+(?:that|he|she|they|it|we|there)\\s))\\s+(?:that\\s+)?(?!to\\s)([^"“”]{10,}?)[.!]?$`,
);
/** The phrase a sentence may open with, its first words to what it may hold of its own (`… the view that …`). */
const OPENING_HEAD = new RegExp(`^${OPENING_WORD}([^,]*?)(?:\\b(?:that|which|who|whom|whose|where|when|because|if)\\b[^,]*)?$`);

/** Subjects that name no one: `It was the third blast since Moscow halted …, saying …`. */
const IMPERSONAL_SUBJECT = /^(?:it|there|this|that|these|those)$/i;
/** A word joining the speaker's clause to the one before: `…, and union leaders said`, `…, although analysts said …`. */
const JOINING_WORD = /^(?:and|though|although|while|yet|however)\s+/;
/** A few words after the verb, `that` left out, that are no infinitive (`agreed to stabilize`). */
const WORDS_AHEAD = /^\s+(?:that\s+)?(?!(?:to|of)\s)((?:\S+\s+){2,}.+?)[.!]?$/;
/** A clause of its own after the verb: `that …`, or a subject pronoun and what it did. */
const CLAUSE_AHEAD = /^\s+(?:that\s+)?((?:he|she|they|it|we|I|there)\s+\w.{8,}?)[.!]?$/;
/** Whoever speaks between commas inside what they said: a pronoun, a name, or a body or role of a few words. */
const INSERTED_SPEAKER = `(he|she|they|it|we|I|(?:the|a|an)(?:\\s+(?!(?:the|a|an)\\s)[\\w-]+){1,4}|[A-Z][\\w'’.-]+(?:\\s+(?:de\\s+|van\\s+|von\\s+)?[A-Z][\\w'’.-]+){0,3})`;
/**
 * Words after `…, he said,` that are no rest of the speech: a clause of its own (`although …`) or where and to
 * whom it was said (`in a speech to …`). What comes before is the speech. (A participle, `…, he said, adding …`,
 * is speech of its own, read apart.)
 */
const SPEECH_ENDED =
  /^(?:and|but|or|nor|although|though|while|whereas|because|as|since|if|unless|when|where|which|who|so|then|in|at|on|during|to|before|after|from|with|without|for)\b/;
/**
 * Speech with its speaker set between commas inside it: `Kuwait, they said, was pumping 1.2 mln bpd`, `Other
 * indicators include, Baker said, better terms with banks`. The speech is the sentence, the speaker's words with it.
 */
const SPEAKER_INSERTED = new RegExp(`^(.{3,}?),\\s+${INSERTED_SPEAKER}\\s+(${INDIRECT_VERB}),\\s+(?![a-z]+ing\\b)([a-z0-9(].{8,}?)[.!]?$`);
/** The shortest speech read before `, he said, although …`. */
const SHORTEST_SPEECH = 15;
const LEFT_OUT_VERB = 'said|says|say|estimated|estimates|predicted|predicts|claimed|claims|argued|argues|insisted|insists';
/** The auxiliaries and modals a finite verb begins with: `would`, `was`, `has`. */
const AUXILIARIES = 'would|will|could|can|might|may|should|must|was|were|is|are|had|has|have';
/** What `SUBJECT_LEFT_OUT` turns on, found cheaply before it is tried. */
const VERB_BEFORE_AUXILIARY = new RegExp(`\\b(?:${LEFT_OUT_VERB})\\s+(?:${AUXILIARIES})\\s`);
/**
 * Speech in a clause that lacks its subject, being the noun it tells of: `the tax, which Nakasone says is needed
 * to balance cuts`, `a recovery the government says will follow`. No verb is said directly before `will` or `was`
 * but in such a clause.
 */
const SUBJECT_LEFT_OUT = new RegExp(`(?:^|\\s)${INSERTED_SPEAKER}\\s+(${LEFT_OUT_VERB})\\s+((?:${AUXILIARIES})\\s.{6,}?)[.!]?$`);
const ACCORDING_FIRST = /^According to ([^,]{2,120}),\s+(.{10,}?)[.!]?$/;
/** `…, according to the U.S. Agriculture Department.`: the full stop of an initial does not end the source. */
const ACCORDING_AFTER = /^(.{10,}?),\s+according to ((?:[^,.]|(?<=\b[A-Z])\.){2,120})(?:[,.]|$)/;

export interface ReportedSpeech {
  clause: string;
  speaker: string;
  cue: string;
  /** Whether the speaker and the verb come before the clause (`X said …`, `According to X, …`). */
  speakerFirst: boolean;
  /** What the text says of the speaker between commas: `Den Norske Creditbank, Norway's biggest bank, said …`. */
  apposition?: string;
  /** Said by the speaker of the clause before it in the sentence, whoever `he` there is. */
  bySpeakerBefore?: true;
}

/**
 * Whom something was told, run on through `of` or `and` past where the reporting verb's pattern ends: to `that` (`told
 * a meeting of securities analysts that …`, `told the Savings and Loan executives that …`), or past a name and its
 * initials before the clause's subject (`told the House of Lords the tax …`, `told the Securities and Exchange Commission (SEC) it …`).
 */
const ADDRESSEE_RUNS_ON = new RegExp(
  `^(?:of|and)\\s+(?:(?:[\\w'’.&-]+\\s+){1,8}?that,?\\s+|(?:the\\s+)?${BODY_NAME}(?:\\s+\\([A-Z]{2,8}\\))?\\s+(?=(?:the|a|an|it|he|she|they|we|its|his|her|their)\\s|["“]))`,
);

/** A relative clause between commas after a subject: `, which makes tractors,`. */
const RELATIVE_CLAUSE = /^(?:who|whose|which|whom)\s/;

/** Speech read from a match of speaker, apposition, verb and clause, in that order (`X, the minister, said that …`). */
function speakerThenSpeech(match: RegExpExecArray, clause = match[4]!): ReportedSpeech {
  const [, speaker, between, cue] = match;
  // `The singer, who has sold 10 million albums, said …`: a relative clause tells of the speaker, and names nobody.
  // One with a comma inside may hold the sentence's own verb (`The bill, which called for …, could hamper …, said X`).
  const apposition = between && !(RELATIVE_CLAUSE.test(between) && !between.includes(',')) ? between : null;
  const verb = cue!.split(' ')[0]!;
  return {
    speaker: withoutTime(withoutAside(speaker!)),
    ...(apposition ? { apposition } : {}),
    clause: verb === 'told' ? clause.replace(ADDRESSEE_RUNS_ON, '') : clause,
    cue: verb,
    speakerFirst: true,
  };
}

/**
 * A speaker without what brackets add inside them, initials or an aside (`European Community (EC) commissioner`,
 * `Senator Bill Bradley (Democrat) of New Jersey`); a bracketed name before `Ltd` or another word of a body's name is
 * part of that name (`Yamaichi International (Europe) Ltd`).
 */
function withoutAside(speaker: string): string {
  return speaker.replace(/\s*\(([^()]*)\)(\s+[\w.&'’-]+)?/g, (aside, inside: string, next: string | undefined) =>
    NAME_PART.test(inside) && next && ORGANISATION_WORDS.has(next.trim().toLowerCase()) ? aside : (next ?? ''),
  );
}

const NAME_PART = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*$/u;

/**
 * `Zakharova stated this at a briefing`, `he said so on Monday`: what was said is told before, not here; not
 * `this in turn would hurt exports`.
 */
function pointsBack(clause: string): boolean {
  return (
    /^(?:this|so)(?:\s+(?:at|in|on|during|to|after|before|last|earlier)(?:\s+[\w'’-]+){1,5})?$/i.test(clause) && !AUXILIARY.test(clause)
  );
}

const AUXILIARY = new RegExp(`\\b(?:${AUXILIARIES})\\b`, 'i');

/** The place before each item of a round-up: `LONDON - `. */
const ROUND_UP_PLACE = /^[A-Z][A-Z .]+ - (?=[A-Z])/;

/** A sentence without the dateline it opens with: a story's (`MOSCOW, December 26. /TASS/.`) or a round-up item's. */
function withoutDateline(sentence: string): string {
  const dateline = parseDateline(sentence);
  return dateline ? sentence.slice(dateline.length) : sentence.replace(ROUND_UP_PLACE, '');
}

/**
 * The reported speech of a sentence: one clause, or two when a participle adds to it (`…, he said, adding that
 * …`) or another speaker follows a source (`…, according to the president, but Kiev announced that …`).
 */
export function readIndirect(sentence: string): ReportedSpeech[] {
  const text = withoutDateline(sentence);
  const found = reportedSpeechIn(text);
  if (found && pointsBack(found.clause)) return [];
  if (!found) return participleSpeech(text);
  const source = found.cue === 'according to' && !found.speakerFirst ? ACCORDING_AFTER.exec(text)![0] : '';
  const rest = source.endsWith(',') ? text.slice(source.length - 1) : '';
  const more = /^,\s+(?:but|and|while)\s/.test(rest) ? reportedSpeechIn(rest) : null;
  if (more) return [found, more];
  return found.speakerFirst ? withSpeechJoined(found) : [found];
}

/** A speaker and a reporting verb after a comma and a conjunction: `…, but an official said …`. */
const JOINED_SPEECH = /,\s+(?:but|and|while|whereas)\s/g;

/**
 * The speech of a second speaker the clause reported goes on to (`The ministry said it could not confirm the
 * departure, but an official said it was likely`): the first speech ends where the second speaker comes in.
 */
function withSpeechJoined(found: ReportedSpeech): ReportedSpeech[] {
  for (const joint of found.clause.matchAll(JOINED_SPEECH)) {
    const rest = found.clause.slice(joint.index);
    const match = INDIRECT_BEFORE.exec(rest);
    if (match?.index === 0 && plausibleSpeaker(match[1]!)) {
      return [{ ...found, clause: found.clause.slice(0, joint.index) }, speakerThenSpeech(match)];
    }
  }
  return [found];
}

/** The one clause of reported speech a sentence reads as, by the first of the patterns that fits. */
function reportedSpeechIn(text: string): ReportedSpeech | null {
  const opening = speakerBeforeVerb(text);
  const openingSpeech = opening ? speakerThenSpeech(opening) : null;
  // `He said earnings, according to the DVFA method, were …`: who opens the sentence saying or telling reports what
  // follows; not `China has added 30,000 tonnes …, according to the USDA`.
  if (opening?.index === 0 && /^(?:said|says|told)$/.test(openingSpeech!.cue)) return openingSpeech;
  let match = ACCORDING_FIRST.exec(text);
  if (match) return { speaker: match[1]!, clause: match[2]!, cue: 'according to', speakerFirst: true };
  match = ACCORDING_AFTER.exec(text);
  if (match) return { speaker: match[2]!, clause: match[1]!, cue: 'according to', speakerFirst: false };
  if (openingSpeech) return openingSpeech;
  match = INDIRECT_BEFORE_UNCLOSED.exec(text);
  if (match) return speakerThenSpeech(match);
  match = INDIRECT_RELATIVE.exec(text);
  if (match) return speakerThenSpeech(match, match[4]!.split(MAIN_CLAUSE_RESUMES)[0]!);
  match = INDIRECT_AFTER.exec(text);
  // `…, which Ana Ruiz says is needed …`: the clause before is no one's speech; the relative clause is.
  if (match && !RELATIVE_CLAUSE.test(match[2]!)) return speechAroundSpeaker(match);
  match = VERB_BEFORE_AUXILIARY.test(text) ? SUBJECT_LEFT_OUT.exec(text) : null;
  if (match) return { speaker: match[1]!, cue: match[2]!, clause: match[3]!.split(MAIN_CLAUSE_RESUMES)[0]!, speakerFirst: true };
  match = SPEAKER_INSERTED.exec(text);
  return match ? speechAroundInsertedSpeaker(text, match) : null;
}

const INDIRECT_BEFORE_ANYWHERE = new RegExp(INDIRECT_BEFORE.source, 'g');

/**
 * A speaker, then a reporting verb and the clause it reports. When the words before the verb name nobody, the
 * speaker may follow a conjunction among them (`The date has not been decided but delegates said …`); with none
 * there, the sentence may give its speaker after the speech, read by the patterns after this one (`… but the
 * system would stay, Silva said`, `Opec remains within its agreed output ceiling …, Subroto said`).
 */
function speakerBeforeVerb(text: string): RegExpExecArray | null {
  for (let from = 0; from < text.length;) {
    INDIRECT_BEFORE_ANYWHERE.lastIndex = from;
    const match = INDIRECT_BEFORE_ANYWHERE.exec(text);
    if (!match) return null;
    if (readAfterOpening(text, match) && plausibleSpeaker(match[1]!)) return match;
    // Past the first match, a speaker is read only after a conjunction.
    const conjunction = /,?\s(?:but|and|while)\s/.exec(text.slice(match.index + 1));
    if (!conjunction) return null;
    from = match.index + 1 + conjunction.index;
  }
  return null;
}

/** The speech around a speaker between commas: the whole sentence, or what comes before when the rest is no part of it. */
function speechAroundInsertedSpeaker(text: string, match: RegExpExecArray): ReportedSpeech | null {
  const [, before, speaker, cue, after] = match;
  const ended = SPEECH_ENDED.test(after!);
  if (ended && before!.length < SHORTEST_SPEECH) return null;
  return { speaker: speaker!, cue: cue!, clause: ended ? before! : text.replace(/[.!]$/, ''), speakerFirst: false };
}

/**
 * Whether a sentence read as opening phrase, speaker, verb and clause was read right: after an opening phrase
 * the clause has a verb of its own. `Growing protectionism had caused a deterioration, Dinka said in a speech to
 * the conference` is no opening phrase before Dinka, who said no `speech to the conference`.
 */
function readAfterOpening(text: string, match: RegExpExecArray): boolean {
  const opened = match.index === 0 && /,\s*$/.test(text.slice(0, text.indexOf(match[1]!)));
  return !opened || hasFiniteVerb(match[4]!);
}

/**
 * Speech read from a match of clause, speaker, apposition, verb and what follows the verb (`…, Smith said`):
 * the clause before the speaker, unless what follows the verb is what was said (`Based on the situation, he
 * said he was faced with two options`, `…, although analysts said a breakdown would be needed`).
 */
function speechAroundSpeaker(match: RegExpExecArray): ReportedSpeech | null {
  const [, clause, speaker, apposition, cue, after] = match;
  const joined = JOINING_WORD.exec(speaker!);
  const said = { speaker: speaker!.slice(joined?.[0].length ?? 0), ...(apposition ? { apposition } : {}), cue: cue! };
  // `Reaffirming the government's view …, Kaczura said private enterprise could play a greater role`.
  const ahead = CLAUSE_AHEAD.exec(after ?? '') ?? (joined || onlyOpens(clause!) ? WORDS_AHEAD.exec(after ?? '') : null);
  if (ahead) return { ...said, clause: ahead[1]!, speakerFirst: true };
  // `…, and officials complained of delays`: the clause before is not what they said, nor what follows the verb.
  return joined && after ? null : { ...said, clause: clause!, speakerFirst: false };
}

/**
 * Whether words are only the phrase a sentence opens with, no clause with a verb of its own: `Reaffirming the
 * view that the key lay in exports`, `Asked by an analyst about the plan`; not `Growing protectionism had caused …`.
 */
function onlyOpens(words: string): boolean {
  const head = OPENING_HEAD.exec(words);
  return head !== null && !hasFiniteVerb(head[1]!);
}

/**
 * Speech in a participle, by whoever speaks in the clause before it (`…, the CPB said, noting …`), the one
 * named after `with` (`…, with chairman Dan Glickman saying …`), or else that clause's subject. What is said is
 * a clause with a verb: `adding 60 pct to their value` says nothing.
 */
function participleSpeech(sentence: string): ReportedSpeech[] {
  const match = PARTICIPLE_SPEECH.exec(sentence);
  if (!match || !hasFiniteVerb(match[4]!)) return [];
  const [, main, named, cue, clause] = match;
  const added = { clause: clause!, cue: cue!.split(/\s/)[0]!, speakerFirst: true };
  const said = reportedSpeechIn(main!);
  if (said) return [said, { ...added, speaker: said.speaker, bySpeakerBefore: true }];
  const opener = named === undefined ? subjectOf(main!) : null;
  const subject = named ?? (opener === null ? null : withoutTime(opener));
  return subject && !IMPERSONAL_SUBJECT.test(subject) ? [{ ...added, speaker: subject }] : [];
}

/** The words before a colon that opens a quotation: `Reuters in an interview: "…"`. */
const BEFORE_COLON_QUOTE = /^([^"“”:]{0,100}):\s*["“]/;

/**
 * Whether a clause read after a reporting verb only leads into a quotation (`told Reuters in an interview:
 * "…"`, `said after the meeting: "…"`): the quotation is what was said, not the words before it. Words with a
 * verb of their own before the colon are speech (`said Brazil had two ways to take: "…"`).
 */
export function introducesQuotation(clause: string): boolean {
  const lead = BEFORE_COLON_QUOTE.exec(clause);
  return lead !== null && !hasFiniteVerb(lead[1]!);
}

/** When the subject acted, read as part of it: `The central bank last night`, `the company earlier this month`. */
const WHEN = `${ADVERBS_BEFORE_VERB}|early|late`;
const TRAILING_TIME = new RegExp(`(?:\\s+(?:${WHEN}|${LAST_PERIOD}))+$`);
const TIME_ALONE = new RegExp(`^(?:${WHEN})$`, 'i');

/** A subject without when it acted, unless that is all it says (`Earlier today, …`: no speaker). */
function withoutTime(subject: string): string {
  const timeless = subject.replace(TRAILING_TIME, '');
  return TIME_ALONE.test(timeless) ? subject : timeless;
}

/** An auxiliary that is a clause's verb wherever it stands, read without tagging. */
const FINITE_AUXILIARY = /\b(?:is|are|was|were|has|had|will|would|could|can|should|must|might|did|does)\b/;

/** Whether a text has a verb that is neither a participle nor an infinitive: `it was too high`, not `promoting exports`. */
function hasFiniteVerb(text: string): boolean {
  if (FINITE_AUXILIARY.test(text)) return true;
  const words = tagWords(text);
  // Neither a participle (`adding 60 pct`) nor an infinitive (`to exchange rates`) is a clause's verb.
  return words.some(
    (word, i) => (word.pos === 'VERB' || word.pos === 'AUX') && !/ing$/i.test(word.text) && words[i - 1]?.text.toLowerCase() !== 'to',
  );
}

/** The subject a clause opens with: its words up to the first verb as the tagger reads them, an adverb before the verb left out. */
function subjectOf(clause: string): string | null {
  let subjectEnd = 0;
  for (const word of placeWords(clause, tagWords(clause))) {
    if (word.start < 0) return null;
    if (word.pos === 'VERB' || word.pos === 'AUX') return subjectEnd > 0 ? clause.slice(0, subjectEnd) : null;
    if (word.pos !== 'ADV') subjectEnd = word.start + word.text.length;
  }
  return null;
}
