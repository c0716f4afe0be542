import { termsWithin, tokensOf } from '../nlp/tokens.ts';
import type { Passage } from '../search/passages.ts';
import { quotesInPassage } from '../search/quoted-passages.ts';
import type { Snapshot } from '../service/snapshot.ts';

/** A quotation's place in a passage (relative to it) and the terms naming its speaker. */
export interface Attribution {
  start: number;
  end: number;
  speaker: Set<string>;
}

/**
 * The speakers of a passage's quotations, each as the terms of their name, role and the words the
 * text uses for them: `"…," he said` is Shultz's statement though his name is sentences away.
 */
export function attributionsIn(snapshot: Snapshot, passage: Passage): Attribution[] {
  return quotesInPassage(snapshot.quotes, passage).map((id) => {
    const { speaker, role, mention, start, end } = snapshot.quotes[id]!;
    const words = [speaker, role, mention].filter((part) => part !== null).join(' ');
    return { start: start - passage.start, end: end - passage.start, speaker: termsWithin(tokensOf(words)) };
  });
}

/** The terms naming whoever speaks in a span: the speakers of the quotations it overlaps. */
export function speakerTermsWithin(attributions: readonly Attribution[], start: number, end: number): Set<string> {
  const terms = new Set<string>();
  for (const attribution of attributions) {
    if (attribution.start < end && attribution.end > start) for (const term of attribution.speaker) terms.add(term);
  }
  return terms;
}
