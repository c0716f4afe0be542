import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Command, commandProblem, definitionOf } from './contract.ts';

export const COMMANDS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../commands');

export class CommandLoadError extends Error {
  constructor(readonly problems: string[]) {
    super(`command modules that do not fit the contract:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'CommandLoadError';
  }
}

/**
 * Loads every command module in the folder. A module that does not fit the contract is an error
 * naming its file: a command is never dropped without a word.
 */
export async function loadCommands(folder = COMMANDS_DIR): Promise<Map<string, Command>> {
  const files = (await readdir(folder)).filter((file) => /\.(ts|js|mjs)$/.test(file) && !file.endsWith('.d.ts')).sort();
  const commands = new Map<string, Command>();
  const problems: string[] = [];
  for (const file of files) {
    let module: { default?: unknown };
    try {
      module = (await import(pathToFileURL(path.join(folder, file)).href)) as { default?: unknown };
    } catch (error) {
      problems.push(`${file}: cannot be imported (${(error as Error).message})`);
      continue;
    }
    const problem = commandProblem(module.default);
    if (problem) {
      problems.push(`${file}: ${problem}`);
      continue;
    }
    const command = module.default as Command;
    const name = definitionOf(command).name;
    if (commands.has(name)) problems.push(`${file}: a second command named "${name}"`);
    else commands.set(name, command);
  }
  if (problems.length > 0) throw new CommandLoadError(problems);
  return commands;
}
