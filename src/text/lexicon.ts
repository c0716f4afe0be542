/**
 * The language knowledge that ingest and questions share, one list of each: the verbs that report speech,
 * the months, the words of roles, organisations and nationalities. Entries are lower case and may hold
 * several words (`pointed out`); `alternation` turns a list into a regular-expression alternative.
 */

import { escapeRegExp } from './regexp.ts';

/**
 * Reporting verbs in the present tense, as news writes a statement that stands (`"…," warns Cesare Romiti`).
 * Left out: those often a plural noun (`charges`, `claims`, `reports`, `estimates`, `States`) and those that
 * often tell of no speech (`the figures suggest`, `OPEC maintains its curbs`, `the bank agrees with the policy`).
 */
const PRESENT_TENSE: readonly string[] = words(`
  warns insists argues predicts denies confirms admits acknowledges concludes concedes stresses emphasizes
  emphasises explains urges responds observes cautions complains asserts discloses`);

/** Verbs that report what someone said, as written; quotations are attributed through them. */
export const SPEECH_VERBS: readonly string[] = words(`
  said says say told tells added adding adds stressed noted notes emphasized emphasised explained recalled remarked
  stated responded announced suggested urged warned insisted argued declared concluded continued asked replied
  commented observed acknowledged admitted confirmed predicted speculating reported wrote writes saying believes
  estimated forecast cautioned called agreed denied charged conceded disclosed claimed complained maintained asserted
  acknowledge indicated hinted signalled signaled revealed`)
  .concat(PRESENT_TENSE)
  .concat(['pointed out', 'point out', 'went on', 'according to']);

/** Any of the reporting verbs, as a pattern to build regular expressions with. */
export const SPEECH_VERB = `(?:${alternation(SPEECH_VERBS)})`;

/**
 * Verbs that give a speaker's words as what they call something: `Turner labelled the tax "a money machine"`,
 * `Kelly described the rumours as "absolute rubbish"`. Only before a quotation: elsewhere they tell of no speech
 * (`Squire labeled coffee`, `as described by`).
 */
export const CHARACTERISING_VERBS: readonly string[] = words('described describes branded termed dubbed labelled labeled');

/** The speech verbs that introduce reported speech: `X said that …`, `…, X warned`. */
export const INDIRECT_SPEECH_VERBS: readonly string[] = words(`
  said says say told stressed noted added emphasized emphasised explained recalled remarked stated announced warned reported
  insisted confirmed denied estimated agreed predicted argued acknowledged admitted charged concluded conceded
  disclosed claimed complained maintained replied asserted acknowledge indicated hinted signalled signaled revealed`)
  .concat(PRESENT_TENSE)
  .concat(['pointed out', 'point out']);

export const MONTHS: readonly string[] = words(`
  january february march april may june july august september october november december`);

export const WEEKDAYS: readonly string[] = words('monday tuesday wednesday thursday friday saturday sunday');

const CALENDAR_WORDS: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS]);

/** Whether a word, in any case, names a month or a day of the week (`February`, `monday`): a date, never a name. */
export function isCalendarWord(word: string): boolean {
  return CALENDAR_WORDS.has(word.toLowerCase());
}

/** The periods a calendar counts in: `last week`, `this quarter`, `sales to the U.S. Last year`. */
export const CALENDAR_PERIODS: readonly string[] = words('week month quarter year');

/** How many years from a story's own each of these words before `year` means: `last year`, filed in 1987, is 1986. */
export const YEAR_OFFSETS: Readonly<Record<string, number>> = { this: 0, current: 0, last: -1, next: 1, coming: 1 };

/** Stretches of time news tells of beside the calendar's periods: `last night`, `at the weekend`. */
export const OTHER_PERIODS: readonly string[] = words('night weekend');

/** The seasons, after `last` or `this`: when something was said, not who said it. */
export const SEASONS: readonly string[] = words('spring summer autumn fall winter');

/** What a publication is, by its kind: `The Sunday Mail newspaper`, `Asahi Shimbun daily`, `the paper`. */
export const PRESS_KINDS: readonly string[] = words('newspaper paper daily weekly magazine journal');

/** How months are shortened in datelines and tables (`Sept`, `Feb`). */
export const MONTH_ABBREVIATIONS: readonly string[] = [...MONTHS.map((month) => month.slice(0, 3)), 'sept'];

/** Words of courtesy before a name (`Mr`, `Dr.`, `Sir`): they open a name, and are part of neither the name nor the role. */
const HONORIFICS: ReadonlySet<string> = new Set(words('mr mrs ms miss dr sir dame'));

/** Whether a word as written is one of courtesy before a name: `Mr`, `Dr.`. */
export function isHonorific(word: string): boolean {
  return HONORIFICS.has(word.toLowerCase().replace(/\.$/, ''));
}

/** Words that name a role, not a person: they end a role and start a name. */
export const ROLE_WORDS: ReadonlySet<string> = new Set(
  words(`
  president minister spokeswoman spokesman spokesperson chairman chairwoman chairperson secretary director chief
  head executive officer analyst analysts economist economists governor leader ambassador envoy diplomat deputy
  premier chancellor mayor commissioner senator representative rep aide adviser advisor official officials
  manager trader traders dealer dealers counsellor counselor treasurer undersecretary lawyer attorney professor
  general vice president-elect king queen prince prime founder partner strategist negotiator delegate spokesmen
  chiefs member members source sources expert experts correspondent editor writer economist banker bankers
  broker brokers administrator commander colonel captain judge justice speaker inspector superintendent
  controller comptroller auditor foreign defence defense finance trade interior state exchequer mr mrs ms dr sir
  investor shareholder owner entrepreneur businessman businesswoman tycoon consultant accountant technician engineer
  scientist researcher surgeon physician doctor teacher journalist columnist commentator critic historian
  author novelist playwright poet composer actor actress comedian presenter broadcaster musician rapper designer
  producer filmmaker film-maker architect astronaut athlete sprinter swimmer cyclist golfer striker midfielder
  defender goalkeeper batsman jockey campaigner activist protester pensioner resident regulator legislator lawmaker
  exporter importer grower planter shipper refiner supplier lender creditor borrower buyer seller
  observer forecaster participant organiser organizer congressman congresswoman prosecutor councillor councilor democrat republican`),
);

/** Words of a role that describe it (`foreign`, `vice`) rather than naming one. */
const ROLE_QUALIFIERS: ReadonlySet<string> = new Set(
  words('foreign defence defense finance trade interior state exchequer general vice prime'),
);

/** The roles a person holds, or a trade they follow: "which *governor*" asks for a person; not words of courtesy (`Mr`). */
export const PERSON_ROLES: ReadonlySet<string> = new Set(
  [...ROLE_WORDS].filter((word) => !ROLE_QUALIFIERS.has(word) && !HONORIFICS.has(word)),
);

/** Words that make a phrase an organisation rather than a person. */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set(
  words(`
  ministry department bank corp corporation inc ltd co company commission council association union agency
  government committee board exchange fund organisation organization office party group institute newspaper
  federation house senate parliament congress court embassy service kremlin administration cabinet statement
  report survey study authority authorities bureau commission community opec plc ag sa nv trust partners
  securities holdings industries times post journal news daily agency magazine division directorate secretariat
  airlines airways laboratories limited systems communications technologies resources pharmaceuticals electronics
  chemicals enterprises ventures investments properties bancorp bancshares telecommunications explorations
  manufacturing petroleum breweries products university college school hospital foundation centre center museum
  academy society league alliance coalition network assembly confederation chamber consortium syndicate cooperative`),
);

/** The words that end a company's name as its legal form: `Corp`, `Inc`, `Plc`, `AG`. */
export const LEGAL_FORMS: ReadonlySet<string> = new Set(
  words('corp corporation inc incorporated co company ltd limited plc llc sa ag nv bv spa ab gmbh'),
);

/** Words of nationality and place that describe a speaker without naming one. */
export const NATIONALITIES: ReadonlySet<string> = new Set(
  words(`
  us u.s. uk eu un russian american british french german chinese japanese soviet ukrainian polish belarusian
  thai iranian iraqi israeli indian italian spanish canadian mexican brazilian argentine australian korean
  taiwanese saudi egyptian turkish greek dutch swiss swedish norwegian danish finnish hungarian czech slovak
  estonian latvian lithuanian armenian georgian european western eastern african asian arab opec irish scottish
  belgian austrian portuguese romanian bulgarian serbian croatian bosnian slovenian albanian
  macedonian kosovan moldovan kazakh uzbek azerbaijani kyrgyz tajik turkmen afghan pakistani bangladeshi nepalese
  lankan burmese vietnamese cambodian laotian malaysian singaporean indonesian filipino mongolian chechen
  syrian lebanese jordanian palestinian kuwaiti qatari emirati omani yemeni bahraini libyan tunisian algerian
  moroccan sudanese ethiopian eritrean somali kenyan ugandan tanzanian rwandan nigerian ghanaian senegalese
  ivorian congolese angolan mozambican zambian zimbabwean namibian cuban colombian venezuelan peruvian chilean
  bolivian ecuadorian paraguayan uruguayan panamanian nicaraguan honduran guatemalan salvadoran jamaican haitian
  dominican icelandic maltese cypriot kurdish`),
);

/**
 * Countries written by their initials, and the name they are indexed as: `U.S.` and `America`, `U.K.` and
 * `Britain` meet in the index. As written, so that the pronoun `us` is none; in lower case only where no
 * word is spelled the same (`uk`, `usa`).
 */
export const COUNTRY_INITIALS: ReadonlyMap<string, string> = new Map([
  ['U.S.', 'America'],
  ['U.S.A.', 'America'],
  ['US', 'America'],
  ['USA', 'America'],
  ['U.K.', 'Britain'],
  ['UK', 'Britain'],
  ['uk', 'Britain'],
  ['usa', 'America'],
]);

/** Every way of writing by its initials the country a word writes so (`US` → `U.S.`, `U.S.A.`, `US`, …); else the word. */
export function initialsOfSameCountry(word: string): string[] {
  const country = COUNTRY_INITIALS.get(word);
  if (country === undefined) return [word];
  return [...COUNTRY_INITIALS].flatMap(([initials, name]) => (name === country ? [initials] : []));
}

/** A regular-expression alternative of the entries, longest first, with any white space between the words of one. */
export function alternation(entries: readonly string[]): string {
  return [...entries]
    .sort((a, b) => b.length - a.length)
    .map((entry) => entry.split(' ').map(escapeRegExp).join('\\s+'))
    .join('|');
}

/** The words of a list written with spaces or line breaks between them. */
export function words(list: string): string[] {
  return list.trim().split(/\s+/);
}
