import { countriesOfCity } from '../../text/wordnet.ts';
import { indexTerm } from '../../text/terms.ts';
import type { Snapshot } from '../../model/snapshot.ts';

/**
 * The country each story's dateline city stands for, as index terms: `TOKYO` → japan, japanes; `BRUSSELS` →
 * belgium, belgian. A story filed from a capital tells of its country, often without naming it (`Nakasone's
 * party suffered setbacks …`, from Tokyo), as a question may name a government by its capital (`Bonn`).
 */
export async function datelineCountries(snapshot: Pick<Snapshot, 'articles'>, articles: Iterable<number>): Promise<Map<number, string[]>> {
  const found = await Promise.all(
    [...articles].map(async (article) => [article, await countryTerms(snapshot.articles[article]!.dateline)] as const),
  );
  return new Map(found);
}

async function countryTerms(dateline: string | null): Promise<string[]> {
  // WordNet writes a name of several words joined by underscores: `kuala_lumpur`.
  const city = dateline?.trim().toLowerCase().replace(/\s+/g, '_');
  if (!city) return [];
  return (await countriesOfCity(city)).flatMap((country) => indexTerm(country) ?? []);
}
