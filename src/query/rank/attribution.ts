import { surnameOf } from '../../ingest/quotes/speaker-phrase.ts';
import { type Token, termsWithin, tokensOf } from '../../text/tokens.ts';
import { idsOfArticle } from '../../ingest/index/article-order.ts';
import { quotesInPassage } from '../../ingest/quotes/quoted-passages.ts';
import { quoteText } from '../../ingest/quotes/find.ts';
import type { QuotedSpeaker } from '../../model/results.ts';
import type { SpeakerType, StoredQuote } from '../../model/quote.ts';
import type { Passage } from '../../model/passage.ts';
import type { Snapshot } from '../../model/snapshot.ts';

/** A quotation's place in a passage (relative to it) and the terms naming its speaker. */
export interface Attribution {
  start: number;
  end: number;
  speakerTerms: Set<string>;
  /** The terms of the speaker's name alone; none for an unnamed speaker (`a spokesman`). */
  nameTerms: Set<string>;
  /** Whether it gives the speaker's own words in quote marks, not reported speech. */
  direct: boolean;
}

/**
 * The speakers of a passage's quotations, each as the terms of their name, role and the words the
 * text uses for them: `"…," he said` is Shultz's statement though his name is sentences away.
 */
export function attributionsIn(snapshot: Snapshot, passage: Passage): Attribution[] {
  return quotesInPassage(snapshot.quotes, passage).map((id) => {
    const { speaker, speakerType, role, mention, start, end, kind } = snapshot.quotes[id]!;
    const words = [speaker, role, mention].filter((part) => part !== null).join(' ');
    return {
      start: start - passage.start,
      end: end - passage.start,
      speakerTerms: termsWithin(tokensOf(words)),
      nameTerms: speaker && speakerType !== 'unnamed' ? termsWithin(tokensOf(speaker)) : new Set<string>(),
      direct: kind === 'direct',
    };
  });
}

/** The terms naming whoever speaks in a span: the speakers of the quotations it overlaps. */
export function speakerTermsWithin(attributions: readonly Attribution[], start: number, end: number): Set<string> {
  const terms = new Set<string>();
  for (const attribution of attributions) {
    if (attribution.start < end && attribution.end > start) for (const term of attribution.speakerTerms) terms.add(term);
  }
  return terms;
}

/**
 * The name of whoever a span quotes in their own words, as terms, when the span does not write it
 * (`"The Louvre Accord is fundamentally misconceived."` after `…, said Morrison.`); empty otherwise.
 */
export function speakerNamedElsewhere(
  attributions: readonly Attribution[],
  tokens: readonly Token[],
  start: number,
  end: number,
): Set<string> {
  const quoted = attributions.find((a) => a.direct && a.start < end && a.end > start && a.nameTerms.size > 0);
  if (!quoted || tokens.some((token) => token.term !== null && quoted.nameTerms.has(token.term))) return new Set();
  return quoted.nameTerms;
}

/** Whether a span shows someone's own words: a direct quotation overlaps it (scare quotes are none). */
export function quotesDirectly(attributions: readonly Attribution[], start: number, end: number): boolean {
  return attributions.some((attribution) => attribution.direct && attribution.start < end && attribution.end > start);
}

/** How much of a quotation a quote must show, at its start or its end, to be taken as showing it. */
const SHOWN = 40;

/**
 * The speaker of the first quotation a quote shows, when the quote does not name them (`"…," he said`):
 * a reader of the quote alone would not know who spoke. Unnamed speakers are left as the text gives them.
 */
export function unnamedInQuote(snapshot: Snapshot, article: number, quote: string): QuotedSpeaker | null {
  const [found] = quotationsShown(snapshot, article, quote);
  if (!found?.speaker || found.speakerType === 'unnamed' || quote.toLowerCase().includes(nameWord(found.speaker, found.speakerType)))
    return null;
  return { speaker: found.speaker, role: found.role };
}

/** The quotations of an article that a quote shows, in the order of the text. */
export function quotationsShown(snapshot: Snapshot, article: number, quote: string): StoredQuote[] {
  return idsOfArticle(snapshot.quotes, article)
    .map((id) => snapshot.quotes[id]!)
    .filter((found) => {
      const text = quoteText(snapshot.articles, found);
      return quote.includes(text.slice(0, SHOWN)) || quote.includes(text.slice(-SHOWN));
    });
}

/** The word a quote would name a speaker by: a person's surname, an organisation's first word (`Tenneco` of `Tenneco Inc`). */
function nameWord(speaker: string, type: SpeakerType | null): string {
  return type === 'person' ? surnameOf(speaker) : (speaker.replace(/^the\s+/i, '').split(/\s+/)[0] ?? speaker).toLowerCase();
}
