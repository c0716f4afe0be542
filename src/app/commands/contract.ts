import type { Reply } from '../../reply/reply.ts';
import type { Archive } from '../../service/archive.ts';

/** Discord's application command option types that our commands use. */
export const OptionType = { String: 3, Integer: 4, Boolean: 5, Number: 10 } as const;

/** A slash command option as Discord's API describes it (what `SlashCommandBuilder#toJSON` returns). */
export interface OptionDefinition {
  name: string;
  description: string;
  type: number;
  required?: boolean;
  autocomplete?: boolean;
  max_length?: number;
  min_value?: number;
  max_value?: number;
}

export interface CommandDefinition {
  name: string;
  description: string;
  options?: OptionDefinition[];
  default_member_permissions?: string | null;
}

export type OptionValues = Record<string, string | number | boolean | undefined>;

/** Who runs a command, as far as the command needs to know. */
export interface Invoker {
  id: string;
  /** Holds Manage Server or the moderator role (the console's user always does). */
  moderator: boolean;
}

export interface CommandContext {
  archive: Archive;
  options: OptionValues;
  invoker: Invoker;
  /** The conversation a question is asked in (a thread and its asker, a direct-message channel, the console), when any. */
  conversation?: string;
}

export interface Choice {
  name: string;
  value: string;
}

/**
 * The contract of a module in `commands/`: its definition (built with SlashCommandBuilder), and a
 * handler that answers in neutral form, so the bot and the console run the very same code.
 */
export interface Command {
  data: { name: string; toJSON(): unknown };
  /** Work that may take longer than Discord's 3 seconds: the bot defers before running it. */
  slow?: boolean;
  execute(context: CommandContext): Reply | Promise<Reply>;
  autocomplete?(archive: Archive, option: string, typed: string): Choice[] | Promise<Choice[]>;
}

export function defineCommand<T extends Command>(command: T): T {
  return command;
}

/** Checks at run time what a command module exports; returns what is wrong, or null when it fits. */
export function commandProblem(value: unknown): string | null {
  if (value === null || typeof value !== 'object') return 'the default export is not an object';
  const candidate = value as Partial<Command>;
  if (!candidate.data || typeof candidate.data.toJSON !== 'function') return '"data" is missing or is not a SlashCommandBuilder';
  if (typeof candidate.execute !== 'function') return '"execute" is missing or is not a function';
  if (candidate.autocomplete !== undefined && typeof candidate.autocomplete !== 'function') return '"autocomplete" is not a function';
  const definition = candidate.data.toJSON() as Partial<CommandDefinition>;
  if (typeof definition.name !== 'string' || !/^[-_\p{L}\p{N}]{1,32}$/u.test(definition.name))
    return `the command name "${String(definition.name)}" is not valid`;
  if (typeof definition.description !== 'string' || definition.description.length < 1 || definition.description.length > 100)
    return 'the description must be 1 to 100 characters';
  return null;
}

export function definitionOf(command: Command): CommandDefinition {
  return command.data.toJSON() as CommandDefinition;
}
