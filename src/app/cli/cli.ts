import 'dotenv/config';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { readConfig, ConfigError, type Config } from '../config.ts';
import { Archive } from '../../service/archive.ts';
import { InputError } from '../../model/errors.ts';
import { answerJson, quoteResultJson } from '../../reply/json.ts';
import { answerReply, quotesReply, statsReply, whoSaidReply } from '../../reply/reply.ts';
import { MAX_CHOICES } from '../commands/choices.ts';
import { ANSI, PLAIN, renderText } from '../../reply/render-text.ts';
import { progressReporter } from './progress.ts';
import { runConsole } from '../console/console.ts';
import { formatIssue } from '../../ingest/read/issues.ts';

export const USAGE = `Usage: dateline <command> [options]

Commands:
  ask [question]     Quote the passages that answer a question. With no question,
                     reads questions from standard input, one per line, and writes
                     one JSON line per answer.
  whosaid "phrase"   Who said it: the speaker, the quote, date, source and link.
  quotes             A speaker's quotes (--speaker NAME [--about TOPIC]), newest first;
                     with no speaker and --json, every quotation as JSON lines.
  speakers           The speakers quoted in the archive, most quoted first (--prefix P).
  stats              What is loaded: articles, passages, quotes, sources, dates, errors.
  console            An interactive console over the archive (the default of npm start
                     without a Discord token).
  help               This text.

Options:
  --corpus PATH      A file or folder of articles; repeatable (default: $CORPUS_DIR, else ./corpus)
  --no-cache         Neither read nor write the index cache ($INDEX_CACHE, default .cache/index.json)
  --json             Machine-readable output
  --limit N          How many results (ask, quotes: default 3, at most 10; speakers: default 25)
  --source NAME      Only articles from this source (ask)
  --from DATE        Only articles dated on or after DATE: YYYY, YYYY-MM or YYYY-MM-DD (ask, quotes)
  --to DATE          Only articles dated on or before DATE (ask, quotes)
  --speaker NAME     Whose quotes (quotes)
  --about TOPIC      Quotes on a topic, most relevant first (quotes)
  --prefix P         Speakers whose name starts with P (speakers)
  --quiet            No progress on stderr

Exit codes: 0 success (warnings allowed), 1 nothing could be loaded, 2 usage error.`;

const OPTIONS = {
  corpus: { type: 'string', multiple: true },
  'no-cache': { type: 'boolean' },
  json: { type: 'boolean' },
  limit: { type: 'string' },
  source: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  quiet: { type: 'boolean' },
  speaker: { type: 'string' },
  about: { type: 'string' },
  prefix: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options'];

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

export class UsageError extends InputError {}

export interface Io {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: Record<string, string | undefined>;
}

const COMMANDS = ['ask', 'whosaid', 'quotes', 'speakers', 'stats', 'console', 'help'] as const;

/** Runs the command line; resolves to the process exit code. */
export async function runCli(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return usageError(io, (error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command = 'help', ...rest] = positionals;
  if (values.help || command === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!(COMMANDS as readonly string[]).includes(command))
    return usageError(io, `unknown command "${command}" (expected one of: ${COMMANDS.join(', ')})`);
  let config: Config;
  let limit: number | undefined;
  try {
    config = readConfig(io.env);
    limit = parseLimit(values.limit);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof UsageError) return usageError(io, error.message);
    throw error;
  }
  const archive = await openArchive(values, config, io);
  if (!archive) return 1;
  try {
    if (command === 'stats') return stats(archive, values, io);
    if (command === 'console') return await runConsole(archive, io);
    if (command === 'whosaid') return whoSaid(archive, rest.join(' '), values, io);
    if (command === 'quotes') return quotes(archive, { ...values, limit }, io);
    if (command === 'speakers') return speakers(archive, values, limit, io);
    return await ask(archive, rest.join(' '), { ...values, limit }, io);
  } catch (error) {
    if (error instanceof InputError) return usageError(io, error.message);
    throw error;
  }
}

function usageError(io: Io, message: string): number {
  io.stderr.write(`dateline: ${message}\nRun "dateline help" for usage.\n`);
  return 2;
}

function parseLimit(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100)
    throw new UsageError(`--limit: expected a whole number from 1 to 100, found "${value}"`);
  return limit;
}

async function openArchive(values: Values, config: Config, io: Io): Promise<Archive | null> {
  const corpusPaths = values.corpus ?? config.corpusPaths;
  const progress = progressReporter(io.stderr, Boolean(values.quiet));
  const warn = (text: string) => io.stderr.write(`warning: ${text}\n`);
  try {
    const archive = await Archive.open({
      corpusPaths,
      cacheFile: values['no-cache'] ? null : config.cacheFile,
      onProgress: progress,
      onWarning: warn,
    });
    progress.stop();
    const summary = archive.stats();
    for (const issue of summary.issues) warn(formatIssue(issue));
    if (summary.articles === 0) {
      io.stderr.write(`dateline: no articles could be loaded from ${corpusPaths.join(', ')}\n`);
      return null;
    }
    if (!values.quiet) io.stderr.write(`${loadSummaryLine(summary)}\n`);
    return archive;
  } catch (error) {
    progress.stop();
    io.stderr.write(`dateline: could not load the archive: ${(error as Error).message}\n`);
    return null;
  }
}

function loadSummaryLine(stats: ReturnType<Archive['stats']>): string {
  return `Loaded ${stats.articles} articles (${stats.passages} passages) from ${stats.files} files: ${stats.duplicates} duplicates, ${stats.undated} undated, ${stats.issues.length} errors${stats.fromCache ? ' [cache]' : ''}.`;
}

function stats(archive: Archive, values: Values, io: Io): number {
  const summary = archive.stats();
  io.stdout.write(values.json ? `${JSON.stringify(summary, null, 2)}\n` : `${renderText(statsReply(summary), style(io))}\n`);
  return 0;
}

type AskValues = Pick<Values, 'json' | 'source' | 'from' | 'to'> & { limit: number | undefined };

async function ask(archive: Archive, question: string, values: AskValues, io: Io): Promise<number> {
  const filters = { source: values.source, from: values.from, to: values.to, limit: values.limit };
  if (question.trim()) {
    const page = await archive.ask({ question, ...filters });
    io.stdout.write(values.json ? `${JSON.stringify(answerJson(page))}\n` : `${renderText(answerReply(page), style(io))}\n`);
    return 0;
  }
  if (io.stdin.isTTY) throw new UsageError('ask: give a question, or pipe questions on standard input, one per line');
  return askEachLine(archive, filters, io);
}

/** Scripted use: one question per input line, one JSON line per answer; a bad line gets an error line, not an exit. */
async function askEachLine(archive: Archive, filters: Omit<AskValues, 'json'>, io: Io): Promise<number> {
  for await (const line of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    try {
      io.stdout.write(`${JSON.stringify(answerJson(await archive.ask({ question: line, ...filters })))}\n`);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stdout.write(`${JSON.stringify({ question: line, error: error.message })}\n`);
    }
  }
  return 0;
}

function whoSaid(archive: Archive, phrase: string, values: Values, io: Io): number {
  if (!phrase.trim()) throw new UsageError('whosaid: give the phrase, e.g. dateline whosaid "provocative and dangerous"');
  const page = archive.whoSaid(phrase);
  if (values.json) {
    io.stdout.write(`${JSON.stringify({ phrase: page.phrase, results: page.results.map(quoteResultJson), narrative: page.narrative })}\n`);
  } else {
    io.stdout.write(`${renderText(whoSaidReply(page), style(io))}\n`);
  }
  return 0;
}

function quotes(archive: Archive, values: Omit<Values, 'limit'> & { limit: number | undefined }, io: Io): number {
  if (!values.speaker) {
    if (values.about || values.from || values.to) throw new UsageError('quotes: --about, --from and --to need --speaker');
    for (const record of archive.allQuotes()) {
      io.stdout.write(
        values.json ? `${JSON.stringify(record)}\n` : `${record.speaker ?? 'Unattributed'}: ${record.quote} [${record.article}]\n`,
      );
    }
    return 0;
  }
  const page = archive.quotes({ speaker: values.speaker, about: values.about, from: values.from, to: values.to, limit: values.limit });
  if (values.json) {
    const results = page.results.map(quoteResultJson);
    io.stdout.write(`${JSON.stringify({ speaker: page.speaker, about: page.about, total: page.total, results })}\n`);
  } else {
    io.stdout.write(`${renderText(quotesReply(page), style(io))}\n`);
  }
  return 0;
}

function speakers(archive: Archive, values: Values, limit: number | undefined, io: Io): number {
  const list = archive.speakers(values.prefix ?? '', limit ?? MAX_CHOICES);
  if (values.json) io.stdout.write(`${JSON.stringify(list)}\n`);
  else
    io.stdout.write(`${list.map((s) => `${String(s.quotes).padStart(5)}  ${s.name}${s.roles[0] ? ` (${s.roles[0]})` : ''}`).join('\n')}\n`);
  return 0;
}

function style(io: Io) {
  return io.stdout.isTTY ? ANSI : PLAIN;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env }).then((code) => {
    process.exitCode = code;
  });
}
