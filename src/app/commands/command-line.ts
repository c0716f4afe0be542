import { InputError } from '../../model/errors.ts';
import { type CommandDefinition, type OptionDefinition, type OptionValues, OptionType } from './contract.ts';

/** Splits a line into words, keeping "quoted text" together. */
export function splitWords(line: string): string[] {
  const words: string[] = [];
  for (const match of line.matchAll(/"([^"]*)"|“([^”]*)”|(\S+)/g)) words.push(match[1] ?? match[2] ?? match[3]!);
  return words;
}

/** The option that free words fill: a command's first text option (`question`, `phrase`, `speaker`). */
export function mainTextOption(definition: CommandDefinition): OptionDefinition | undefined {
  return (definition.options ?? []).find((option) => option.type === OptionType.String);
}

/**
 * Reads a command's options from a console line, the way a slash command would receive them:
 * `name:value` or `--name value` for any option, and the remaining words as the main text option.
 * `ask who said it source:TASS` → `{question: 'who said it', source: 'TASS'}`.
 */
export function parseOptions(definition: CommandDefinition, words: readonly string[]): OptionValues {
  const declared = new Set((definition.options ?? []).map((option) => option.name));
  const given: Record<string, string> = {};
  const free: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const flag = /^--([\w-]+)$/.exec(word);
    const pair = /^([\w-]+):(.*)$/.exec(word);
    if (flag && declared.has(flag[1]!)) {
      if (i + 1 >= words.length) throw new InputError(`${flag[1]}: needs a value`);
      given[flag[1]!] = words[++i]!;
    } else if (flag) {
      throw new InputError(`${definition.name} has no option "${flag[1]}" (options: ${[...declared].join(', ') || 'none'})`);
    } else if (pair && declared.has(pair[1]!)) {
      given[pair[1]!] = pair[2]!;
    } else {
      free.push(word);
    }
  }
  return optionValues(definition, given, free);
}

/**
 * A command's option values from text: options given by name, and free words for the main text option.
 * Checks what Discord would check (required options, numbers and their range) and names the option at fault.
 */
export function optionValues(
  definition: CommandDefinition,
  given: Readonly<Record<string, string>>,
  free: readonly string[],
): OptionValues {
  const values: OptionValues = { ...given };
  const main = mainTextOption(definition);
  if (free.length > 0) {
    if (!main || values[main.name] !== undefined) throw new InputError(`${definition.name} takes no free text ("${free.join(' ')}")`);
    values[main.name] = free.join(' ');
  }
  for (const option of definition.options ?? []) {
    const value = values[option.name];
    if (value === undefined) {
      if (option.required) throw new InputError(`${definition.name}: ${option.name} is required (${option.description})`);
      continue;
    }
    values[option.name] = coerce(option, String(value));
  }
  return values;
}

function coerce(option: OptionDefinition, value: string): string | number | boolean {
  if (option.type === OptionType.Integer || option.type === OptionType.Number) return numberIn(option, value);
  if (option.type === OptionType.Boolean) return /^(true|yes|1)$/i.test(value);
  return value;
}

function numberIn(option: OptionDefinition, value: string): number {
  const number = Number(value);
  const whole = option.type === OptionType.Integer;
  const low = option.min_value ?? -Infinity;
  const high = option.max_value ?? Infinity;
  if (value.trim() === '' || !Number.isFinite(number) || (whole && !Number.isInteger(number)) || number < low || number > high) {
    const kind = whole ? 'a whole number' : 'a number';
    const range = Number.isFinite(low) && Number.isFinite(high) ? ` from ${low} to ${high}` : '';
    throw new InputError(`${option.name}: expected ${kind}${range}, found "${value}"`);
  }
  return number;
}
