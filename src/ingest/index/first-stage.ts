import type { Candidate } from '../../model/snapshot.ts';

/** A passage a search found, with the article it belongs to. */
export interface PassageHit extends Candidate {
  article: number;
}

/**
 * The first stage's candidates: each passage credited with its article's title score, and an article
 * found by its title alone represented by its first passage (`leadOf`), the best `limit` of them.
 */
export function creditTitles(
  hits: Iterable<PassageHit>,
  titleScores: ReadonlyMap<number, number>,
  leadOf: (article: number) => number | undefined,
  limit: number,
): Candidate[] {
  const candidates: Candidate[] = [];
  const found = new Set<number>();
  for (const hit of hits) {
    candidates.push({ id: hit.id, score: hit.score + (titleScores.get(hit.article) ?? 0) });
    found.add(hit.id);
  }
  for (const [article, score] of titleScores) {
    const lead = leadOf(article);
    if (lead !== undefined && !found.has(lead)) candidates.push({ id: lead, score });
  }
  return candidates.sort((a, b) => b.score - a.score).slice(0, limit);
}
