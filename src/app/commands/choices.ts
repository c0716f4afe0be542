import type { Archive } from '../../service/archive.ts';
import type { Choice } from './contract.ts';

/** Discord shows at most 25 autocomplete choices, each named in 1 to 100 characters. */
export const MAX_CHOICES = 25;
export const MAX_CHOICE_LENGTH = 100;

export function toChoices(names: Iterable<string>): Choice[] {
  const choices: Choice[] = [];
  for (const name of names) {
    const text = name.trim().slice(0, MAX_CHOICE_LENGTH);
    if (text) choices.push({ name: text, value: text });
    if (choices.length === MAX_CHOICES) break;
  }
  return choices;
}

/** The archive's sources whose names contain what was typed, largest first. */
export function sourceChoices(archive: Archive, typed: string): Choice[] {
  const needle = typed.trim().toLowerCase();
  return toChoices(
    archive
      .stats()
      .sources.map((s) => s.name)
      .filter((name) => name.toLowerCase().includes(needle)),
  );
}
