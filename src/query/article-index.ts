import type { Snapshot } from '../model/snapshot.ts';

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
