import { type Command, type OptionDefinition, OptionType, definitionOf } from '../commands/contract.ts';
import { mainTextOption } from '../commands/command-line.ts';

interface OptionHelp {
  type: string;
  description: string;
}

const COLUMN = 24;

/** The command line's help, written from the commands' own definitions: one source for Discord, the console and the CLI. */
export function usage(commands: ReadonlyMap<string, Command>, globals: Readonly<Record<string, OptionHelp>>): string {
  const lines = ['Usage: dateline <command> [options] [text]', '', 'Commands:'];
  for (const command of commands.values()) lines.push(...commandHelp(command));
  lines.push(row('console', 'An interactive console over the archive (what npm start opens without a Discord token)'));
  lines.push(row('ingest', 'Read the corpus into the PostgreSQL archive ($DATABASE_URL) as a new generation, then answer from it'));
  lines.push(row('help', 'This text'));
  lines.push('', 'Options for every command:');
  for (const [name, option] of Object.entries(globals))
    lines.push(row(`--${name}${option.type === 'string' ? ' VALUE' : ''}`, option.description));
  lines.push(
    '',
    'The text after a command fills its first text option (the question, the phrase, the speaker). With no text,',
    'ask and whosaid read one per line from standard input and write one JSON line per answer.',
    'Dates are YYYY, YYYY-MM or YYYY-MM-DD.',
    '',
    'Exit codes: 0 success (warnings allowed), 1 nothing could be loaded, 2 usage error.',
  );
  return lines.join('\n');
}

function commandHelp(command: Command): string[] {
  const definition = definitionOf(command);
  const main = mainTextOption(definition);
  const head = main ? `${definition.name} [${main.name}]` : definition.name;
  const options = (definition.options ?? []).filter((option) => option !== main);
  return [
    row(head, definition.description),
    ...options.map((option) => row(`  --${option.name} ${valueName(option)}`, option.description)),
  ];
}

function valueName(option: OptionDefinition): string {
  return option.type === OptionType.Integer || option.type === OptionType.Number ? 'N' : option.name.toUpperCase();
}

function row(left: string, right: string): string {
  return `  ${left.padEnd(COLUMN)}${right}`;
}
