import { InputError } from '../../model/errors.ts';
import { type CommandDefinition, type OptionValues, OptionType } from './contract.ts';

/** Splits a line into words, keeping "quoted text" together. */
export function splitWords(line: string): string[] {
  const words: string[] = [];
  for (const match of line.matchAll(/"([^"]*)"|“([^”]*)”|(\S+)/g)) words.push(match[1] ?? match[2] ?? match[3]!);
  return words;
}

/**
 * Reads a command's options from a console line, the way a slash command would receive them:
 * `name:value` or `--name value` for any option, and the remaining words as the first required text option.
 * `ask who said it source:TASS` → `{question: 'who said it', source: 'TASS'}`.
 */
export function parseOptions(definition: CommandDefinition, words: readonly string[]): OptionValues {
  const declared = new Map((definition.options ?? []).map((option) => [option.name, option]));
  const values: OptionValues = {};
  const free: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const flag = /^--([\w-]+)$/.exec(word);
    const pair = /^([\w-]+):(.*)$/.exec(word);
    if (flag && declared.has(flag[1]!)) {
      if (i + 1 >= words.length) throw new InputError(`${flag[1]}: needs a value`);
      values[flag[1]!] = words[++i]!;
    } else if (flag) {
      throw new InputError(`${definition.name} has no option "${flag[1]}" (options: ${[...declared.keys()].join(', ') || 'none'})`);
    } else if (pair && declared.has(pair[1]!)) {
      values[pair[1]!] = pair[2]!;
    } else {
      free.push(word);
    }
  }
  const main = (definition.options ?? []).find((o) => o.required && o.type === OptionType.String && values[o.name] === undefined);
  if (free.length > 0) {
    if (!main) throw new InputError(`${definition.name} takes no free text ("${free.join(' ')}")`);
    values[main.name] = free.join(' ');
  }
  for (const option of definition.options ?? []) {
    if (option.required && values[option.name] === undefined)
      throw new InputError(`${definition.name}: ${option.name} is required (${option.description})`);
    if (values[option.name] !== undefined) values[option.name] = coerce(option.name, option.type, String(values[option.name]));
  }
  return values;
}

function coerce(name: string, type: number, value: string): string | number | boolean {
  if (type === OptionType.Integer || type === OptionType.Number) {
    const number = Number(value);
    if (!Number.isFinite(number) || (type === OptionType.Integer && !Number.isInteger(number)))
      throw new InputError(`${name}: expected a number, found "${value}"`);
    return number;
  }
  if (type === OptionType.Boolean) return /^(true|yes|1)$/i.test(value);
  return value;
}
