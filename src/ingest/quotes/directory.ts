import { isAcronym } from '../../text/acronyms.ts';
import { bodyInitials, canonicalNames, speakerKey } from './speaker-names.ts';
import { nestedQuotes } from './nested.ts';
import type { SpeakerType, Speaker, SpeakerMention } from '../../model/quote.ts';
import type { SpeakerDirectory } from '../../model/snapshot.ts';

const ROLES_KEPT = 5;

/** The ids of each speaker's quotations, by speaker key, in archive order. */
export function quoteIdsBySpeaker(quotes: readonly { speaker: string | null }[]): Map<string, number[]> {
  const ids = new Map<string, number[]>();
  quotes.forEach(({ speaker }, id) => {
    if (!speaker) return;
    const key = speakerKey(speaker);
    const list = ids.get(key);
    if (list) list.push(id);
    else ids.set(key, [id]);
  });
  return ids;
}

/**
 * The speakers of the archive, each under the one name `canonicalNames` gives them (`Zakharova` joins `Maria
 * Zakharova`), with their quotations counted and the roles most given them; looked up by name, words or initials.
 */
export class InMemorySpeakerDirectory implements SpeakerDirectory {
  private readonly byKey = new Map<string, Speaker>();

  /** Builds the directory and returns each mention's canonical name (null for quotes without a speaker). */
  static build(mentions: readonly SpeakerMention[]): { directory: InMemorySpeakerDirectory; canonical: (string | null)[] } {
    const directory = new InMemorySpeakerDirectory();
    const canonical = canonicalNames(mentions);
    const placed = mentions.map((m, i) => ({ ...m, speaker: canonical[i] ?? null }));
    const nested = nestedQuotes(placed);
    const roleCounts = new Map<string, Map<string, number>>();
    for (const m of placed) {
      if (!m.speaker || !m.speakerType) continue;
      directory.add(m.speaker, m.speakerType, !nested.has(m));
      if (m.role) {
        const counts = roleCounts.get(speakerKey(m.speaker)) ?? new Map<string, number>();
        roleCounts.set(speakerKey(m.speaker), counts.set(m.role, (counts.get(m.role) ?? 0) + 1));
      }
    }
    for (const [key, counts] of roleCounts) {
      directory.byKey.get(key)!.roles = [...counts]
        .sort((a, b) => b[1] - a[1])
        .slice(0, ROLES_KEPT)
        .map(([role]) => role);
    }
    return { directory, canonical };
  }

  static fromJSON(speakers: Speaker[]): InMemorySpeakerDirectory {
    const directory = new InMemorySpeakerDirectory();
    for (const speaker of speakers) directory.byKey.set(speakerKey(speaker.name), speaker);
    return directory;
  }

  toJSON(): Speaker[] {
    return [...this.byKey.values()];
  }

  /** Records a quotation of a speaker; one lying within a longer one of theirs is not counted again. */
  private add(name: string, type: SpeakerType, counted: boolean): void {
    const key = speakerKey(name);
    const speaker = this.byKey.get(key) ?? { name, type, roles: [], quotes: 0 };
    if (counted) speaker.quotes += 1;
    this.byKey.set(key, speaker);
  }

  get size(): number {
    return this.byKey.size;
  }

  /**
   * Named speakers (people and organisations) ranked by number of quotes, optionally those whose name
   * (or any word of it) starts with a prefix. Unnamed ones ("a company spokesman") are no one to look up.
   */
  ranked(prefix = ''): Speaker[] {
    const wanted = speakerKey(prefix.trim());
    return [...this.byKey.entries()]
      .filter(([, speaker]) => speaker.type !== 'unnamed')
      .filter(([key]) => !wanted || key.startsWith(wanted) || key.split(' ').some((word) => word.startsWith(wanted)))
      .map(([, speaker]) => speaker)
      .sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
  }

  /**
   * The speaker a user means by a name: exact, else those whose surname or words of whose name match, else a
   * body by its initials (`SEC`) or initials by the body they spell (`Securities and Exchange Commission`).
   */
  find(name: string): Speaker[] {
    const key = speakerKey(name.trim());
    const exact = this.byKey.get(key);
    if (exact) return [exact];
    const byWords = this.ranked().filter((s) => {
      const words = speakerKey(s.name).split(' ');
      return key.split(' ').every((w) => words.includes(w));
    });
    return byWords.length > 0 ? byWords : this.byInitials(name.trim());
  }

  private byInitials(name: string): Speaker[] {
    const spelt = bodyInitials(name);
    if (spelt) return this.ranked().filter((s) => s.type === 'organisation' && s.name === spelt);
    const initials = name.toUpperCase();
    if (!isAcronym(initials)) return [];
    return this.ranked().filter((s) => s.type === 'organisation' && bodyInitials(s.name) === initials);
  }
}
