import type { OptionValues } from './contract.ts';

/** A string option's value, trimmed; undefined when absent or blank. */
export function stringOption(options: OptionValues, name: string): string | undefined {
  const value = options[name];
  if (value === undefined || value === null) return undefined;
  const text = String(value).trim();
  return text || undefined;
}

/** A number option's value; undefined when absent. */
export function numberOption(options: OptionValues, name: string): number | undefined {
  const value = options[name];
  return typeof value === 'number' ? value : undefined;
}
