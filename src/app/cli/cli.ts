import 'dotenv/config';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { type Config, ConfigError, cacheFileOf, readConfig } from '../config.ts';
import { Archive } from '../../service/archive.ts';
import { InputError } from '../../model/errors.ts';
import { type Reply, droppedLines, undatedLines } from '../../reply/reply.ts';
import { ANSI, PLAIN, renderText } from '../../reply/render-text.ts';
import { type Command, type OptionValues, definitionOf } from '../commands/contract.ts';
import { loadCommands } from '../commands/loader.ts';
import { mainTextOption, optionValues } from '../commands/command-line.ts';
import { formatIssue } from '../../ingest/read/issues.ts';
import { progressReporter } from './progress.ts';
import { runConsole } from '../console/console.ts';
import { usage } from './usage.ts';
import type { Io } from './io.ts';
import { runIngest } from './ingest-command.ts';

/** Options every command takes, besides its own (which come from its slash command definition). */
export const GLOBAL_OPTIONS: Record<string, GlobalOption> = {
  corpus: { type: 'string', multiple: true, description: 'A file or folder of articles; repeatable (default: $CORPUS_DIR, else ./corpus)' },
  'no-cache': { type: 'boolean', description: 'Neither read nor write the index cache ($INDEX_CACHE, default .cache/, one per corpus)' },
  json: { type: 'boolean', description: 'Machine-readable output: one JSON value a line (a list, one item a line)' },
  quiet: { type: 'boolean', description: 'No progress on stderr' },
  out: { type: 'string', description: 'timeline: write the chart as a PNG to this file' },
  conversation: {
    type: 'boolean',
    description: 'ask only: read JSON Lines {"conversation": ID, "question": …} from standard input; answer each in its conversation',
  },
  help: { type: 'boolean', short: 'h', description: 'This text' },
};

interface GlobalOption {
  type: 'string' | 'boolean';
  multiple?: boolean;
  short?: string;
  description: string;
}

const GLOBAL_PARSE_OPTIONS = Object.fromEntries(
  Object.entries(GLOBAL_OPTIONS).map(([name, { description: _description, ...parse }]) => [name, parse]),
) satisfies ParseArgsConfig['options'];

/** What the one-shot command line says where the console would offer "more". */
const MORE_HINT = 'for more, raise --limit (up to 10) or ask in the console (dateline console)';

/** Runs the command line; resolves to the process exit code. */
export async function runCli(argv: string[], io: Io): Promise<number> {
  const commands = await loadCommands();
  const { name, rest } = commandOf(argv);
  if (name === 'help' || rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${usage(commands, GLOBAL_OPTIONS)}\n`);
    return 0;
  }
  const command = commands.get(name);
  if (!command && name !== 'console' && name !== 'ingest') {
    return usageError(io, `unknown command "${name}" (expected one of: ${[...commands.keys(), 'console', 'ingest', 'help'].join(', ')})`);
  }
  let parsed: ReturnType<typeof parseCommandLine>;
  let config: Config;
  try {
    parsed = parseCommandLine(rest, command);
    config = readConfig(io.env);
  } catch (error) {
    if (error instanceof InputError || (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      return usageError(io, error.message);
    }
    if (error instanceof ConfigError) {
      io.stderr.write(`dateline: configuration error: ${error.message}\nSee .env.example for every setting.\n`);
      return 2;
    }
    throw error;
  }
  if (name === 'ingest') return runIngest(parsed.globals, config, io);
  const archive = await openArchive(parsed.globals, config, io);
  if (!archive) return 1;
  try {
    if (!command) return await runConsole(archive, io);
    return await run(command, archive, parsed, io);
  } catch (error) {
    if (error instanceof InputError) return usageError(io, error.message);
    throw error;
  } finally {
    await archive.close();
  }
}

type Globals = { corpus?: string[]; 'no-cache'?: boolean; json?: boolean; quiet?: boolean; conversation?: boolean; out?: string };

/** The command named on the line (its first word that is no option or option value), and the other arguments. */
function commandOf(argv: string[]): { name: string; rest: string[] } {
  const { tokens } = parseArgs({ args: argv, options: GLOBAL_PARSE_OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const first = tokens.find((token) => token.kind === 'positional');
  if (!first) return { name: 'help', rest: argv };
  return { name: first.value, rest: argv.filter((_, i) => i !== first.index) };
}

/** Splits the arguments into the options every command takes and the command's own, by its definition. */
function parseCommandLine(args: string[], command: Command | undefined) {
  const definition = command ? definitionOf(command) : { name: 'console', description: '', options: [] };
  const own = Object.fromEntries((definition.options ?? []).map((option) => [option.name, { type: 'string' as const }]));
  const { values, positionals } = parseArgs({ args, options: { ...GLOBAL_PARSE_OPTIONS, ...own }, allowPositionals: true, strict: true });
  const globals = Object.fromEntries(Object.keys(GLOBAL_OPTIONS).map((name) => [name, values[name]])) as Globals;
  const given = Object.fromEntries(Object.keys(own).flatMap((name) => (typeof values[name] === 'string' ? [[name, values[name]]] : [])));
  const main = mainTextOption(definition);
  // With no text and piped input, the main text comes from standard input, one line a run.
  const fromInput = positionals.length === 0 && main?.required === true && given[main.name] === undefined;
  const options = fromInput ? null : optionValues(definition, given, positionals);
  return { globals, given, options, definition };
}

function usageError(io: Io, message: string): number {
  io.stderr.write(`dateline: ${message}\nRun "dateline help" for usage.\n`);
  return 2;
}

async function openArchive(globals: Globals, config: Config, io: Io): Promise<Archive | null> {
  const corpusPaths = globals.corpus ?? config.corpusPaths;
  const progress = progressReporter(io.stderr, Boolean(globals.quiet));
  const warn = (text: string) => io.stderr.write(`warning: ${text}\n`);
  try {
    const archive = await Archive.open({
      corpusPaths,
      cacheFile: globals['no-cache'] ? null : cacheFileOf(config, corpusPaths),
      onProgress: progress,
      onWarning: warn,
      database: config.database,
    });
    progress.stop();
    const summary = archive.stats();
    for (const issue of summary.issues) warn(formatIssue(issue));
    if (summary.articles === 0) {
      io.stderr.write(`dateline: no articles could be loaded from ${corpusPaths.join(', ')}\n`);
      return null;
    }
    if (!globals.quiet)
      io.stderr.write(
        `${[loadSummaryLine(summary), ...droppedLines(summary.dropped), ...undatedLines(summary.undatedArticles)].join('\n')}\n`,
      );
    return archive;
  } catch (error) {
    progress.stop();
    io.stderr.write(`dateline: could not load the archive: ${(error as Error).message}\n`);
    return null;
  }
}

function loadSummaryLine(stats: ReturnType<Archive['stats']>): string {
  const cache = stats.fromCache ? ' [cache]' : '';
  return `Loaded ${stats.articles} articles (${stats.passages} passages) from ${stats.files} files: ${stats.duplicates} duplicates, ${stats.undated} undated, ${stats.issues.length} errors${cache}.`;
}

async function run(command: Command, archive: Archive, parsed: ReturnType<typeof parseCommandLine>, io: Io): Promise<number> {
  const execute = (options: OptionValues, conversation?: string) =>
    command.execute({ archive, options, invoker: { id: 'cli', moderator: true }, ...(conversation !== undefined && { conversation }) });
  if (parsed.globals.conversation) {
    if (command.data.name !== 'ask') throw new InputError('--conversation: only ask reads questions in conversations');
    if (parsed.options) throw new InputError('--conversation: the questions come from standard input, as JSON Lines');
    return eachConversationLine(parsed.given, execute, io);
  }
  if (parsed.options) {
    const reply = await execute(parsed.options);
    if (parsed.globals.out) await savePicture(reply, parsed.globals.out, io);
    await write(io, reply, Boolean(parsed.globals.json));
    return 0;
  }
  if (io.stdin.isTTY) {
    const main = mainTextOption(parsed.definition)!;
    throw new InputError(`${parsed.definition.name}: give the ${main.name}, or pipe them on standard input, one per line`);
  }
  return eachInputLine(parsed, execute, io);
}

/** Scripted use: one text per input line, one JSON line per answer; a bad line gets an error line, not an exit. */
async function eachInputLine(
  { definition, given }: ReturnType<typeof parseCommandLine>,
  execute: (options: OptionValues) => Reply | Promise<Reply>,
  io: Io,
): Promise<number> {
  const main = mainTextOption(definition)!;
  for await (const line of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    try {
      io.stdout.write(`${JSON.stringify((await execute(optionValues(definition, given, [line]))).json?.())}\n`);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stdout.write(`${JSON.stringify({ [main.name]: line, error: error.message })}\n`);
    }
  }
  return 0;
}

/**
 * Conversations from a script: each input line `{"conversation": ID, "question": …}` is answered in the
 * context of the earlier lines with the same id, one JSON line each with the question as read; a bad line
 * gets an error line naming it.
 */
async function eachConversationLine(
  given: OptionValues,
  execute: (options: OptionValues, conversation: string) => Reply | Promise<Reply>,
  io: Io,
): Promise<number> {
  let number = 0;
  for await (const line of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
    number += 1;
    if (!line.trim()) continue;
    let turn: ConversationLine | null = null;
    try {
      turn = conversationLine(line, number);
      const answer = (await execute({ ...given, question: turn.question }, `cli:${turn.conversation}`)).json?.() as { question: string };
      io.stdout.write(`${JSON.stringify({ conversation: turn.conversation, understood: answer.question, ...answer })}\n`);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stdout.write(`${JSON.stringify({ ...(turn ?? { line: number }), error: error.message })}\n`);
    }
  }
  return 0;
}

interface ConversationLine {
  conversation: string;
  question: string;
}

function conversationLine(line: string, number: number): ConversationLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new InputError(`line ${number}: not JSON (expected {"conversation": "ID", "question": "…"})`);
  }
  const { conversation, question } = (value ?? {}) as Partial<Record<string, unknown>>;
  if (typeof question !== 'string') throw new InputError(`line ${number}: "question" is missing or is not text`);
  if (typeof conversation !== 'string' && typeof conversation !== 'number')
    throw new InputError(`line ${number}: "conversation" is missing (an id, the same on every line of one conversation)`);
  return { conversation: String(conversation), question };
}

async function savePicture(reply: Reply, file: string, io: Io): Promise<void> {
  if (!reply.image) throw new InputError('--out: this command draws no picture (timeline does)');
  try {
    await writeFile(file, await reply.image.render());
  } catch (error) {
    throw new InputError(`--out: cannot write ${file}: ${(error as Error).message}`);
  }
  io.stderr.write(`Chart saved to ${file}\n`);
}

async function write(io: Io, reply: Reply, json: boolean): Promise<void> {
  const data = json ? await reply.json?.() : undefined;
  if (data === undefined) {
    io.stdout.write(`${renderText(reply, io.stdout.isTTY ? ANSI : PLAIN, MORE_HINT)}\n`);
    return;
  }
  const values = Array.isArray(data) ? data : [data];
  for (const value of values) io.stdout.write(`${JSON.stringify(value)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env }).then((code) => {
    process.exitCode = code;
  });
}
