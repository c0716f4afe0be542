import { type Interface, createInterface } from 'node:readline';
import { type Reply, type ReplyImage, errorReply, message, pageReply } from '../../reply/reply.ts';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ANSI, PLAIN, renderText } from '../../reply/render-text.ts';
import { parseOptions, splitWords } from '../commands/command-line.ts';
import { routeChat } from '../commands/chat.ts';
import { type Command, definitionOf } from '../commands/contract.ts';
import { loadCommands } from '../commands/loader.ts';
import { runCommand } from '../commands/run.ts';
import type { Archive } from '../../service/archive.ts';
import { InputError } from '../../model/errors.ts';
import { articleText } from '../../reply/article-text.ts';

interface ConsoleIo {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

const CONSOLE_HELP = [
  'Type a command as you would in Discord, without the slash: ask What did Zakharova say about NATO?',
  'Options as name:value or --name value: ask oil prices source:Reuters from:1987-03',
  'Or just write, as you would to the bot: "who said …", "what did X say about Y", or any question.',
  'Follow up in few words ("and in march?", "who said that?"): the console is one conversation; "new" starts afresh.',
  '"more" continues the last answer; "article N" shows result N in full; "quit" leaves.',
];

/** How the console offers the next results of an answer. */
const MORE_HINT = 'type "more" for the next results';

/** The local console: the bot's commands over the archive, one line at a time. Resolves to the exit code. */
export async function runConsole(archive: Archive, io: ConsoleIo): Promise<number> {
  const commands = await loadCommands();
  const style = io.stdout.isTTY ? ANSI : PLAIN;
  const session = new ConsoleSession(archive, commands, (text, error) =>
    io.stderr.write(`${text}${error ? `: ${(error as Error).stack ?? error}` : ''}\n`),
  );
  const lines = createInterface({ input: io.stdin, output: io.stdout, terminal: Boolean(io.stdin.isTTY) });
  const prompt = () => io.stdin.isTTY && lines.prompt();
  lines.setPrompt('dateline> ');
  lines.on('SIGINT', () => interrupt(lines, io.stdout));
  io.stdout.write(`Dateline console: ${archive.stats().articles} articles. Type "help" for commands, "quit" to leave.\n`);
  prompt();
  for await (const line of lines) {
    if (/^\s*(quit|exit)\s*$/i.test(line)) break;
    if (line.trim()) io.stdout.write(`${renderText(await session.run(line), style, MORE_HINT)}\n`);
    prompt();
  }
  lines.close();
  return 0;
}

/** Ctrl-C as shells take it: a half-typed line is dropped and a fresh prompt shown; on an empty line, the console ends. */
function interrupt(lines: Interface, stdout: NodeJS.WriteStream): void {
  if (lines.line.length === 0) {
    lines.close();
    return;
  }
  lines.write(null, { ctrl: true, name: 'e' });
  lines.write(null, { ctrl: true, name: 'u' });
  stdout.write('^C\n');
  lines.prompt();
}

/** The state of one console conversation: the last answer, for "more" and "article N", and the conversation follow-ups read. */
export class ConsoleSession {
  private last: Reply | null = null;
  private conversations = 0;

  private pictures = 0;

  constructor(
    private readonly archive: Archive,
    private readonly commands: Map<string, Command>,
    private readonly log: (text: string, error?: unknown) => void,
    /** Where the pictures the console draws are saved. */
    private readonly pictureFolder = tmpdir(),
  ) {}

  async run(line: string): Promise<Reply> {
    const words = splitWords(line.trim().replace(/^\//, ''));
    const name = words[0]?.toLowerCase() ?? '';
    if (name === 'more') return this.remember(await this.more());
    if (name === 'article') return this.article(words[1]);
    if (name === 'help') return this.help();
    if (name === 'new' && words.length === 1) return this.startAfresh();
    const command = this.commands.get(name);
    let target = command;
    let options;
    try {
      if (command) {
        options = parseOptions(definitionOf(command), words.slice(1));
      } else {
        // Plain words are read as a chat message to the bot is: who said …, what did X say about Y, or a question.
        const route = await routeChat(line, (name) => this.archive.isSpeaker(name));
        target = this.commands.get(route.command)!;
        options = route.options;
      }
    } catch (error) {
      if (error instanceof InputError) return errorReply(error.message);
      throw error;
    }
    const reply = await runCommand(
      target!,
      { archive: this.archive, options, invoker: { id: 'console', moderator: true }, conversation: this.conversation },
      this.log,
    );
    return this.remember(reply.image ? await this.savePicture(reply, reply.image) : reply);
  }

  /** A terminal shows no pictures: the console saves each one and says where. */
  private async savePicture(reply: Reply, image: ReplyImage): Promise<Reply> {
    this.pictures += 1;
    const file = path.join(this.pictureFolder, `dateline-${process.pid}-${this.pictures}-${image.name}`);
    await writeFile(file, await image.render());
    return { ...reply, lines: [...reply.lines, `Chart saved to ${file}`] };
  }

  private get conversation(): string {
    return `console:${this.conversations}`;
  }

  private startAfresh(): Reply {
    this.archive.forgetConversation(this.conversation);
    this.conversations += 1;
    this.last = null;
    return message(['A new conversation: the next question stands on its own.']);
  }

  private remember(reply: Reply): Reply {
    if (reply.cards.length > 0) this.last = reply;
    return reply;
  }

  private async more(): Promise<Reply> {
    if (!this.last) return message(['Nothing to continue yet: ask a question first.']);
    const action = this.last.actions.find((a) => a.kind === 'more');
    if (!action || action.kind !== 'more') return message(['Nothing more to show: that was the last result.']);
    const page = await this.archive.more(action.next);
    return page ? pageReply(page) : message(['That answer has expired; please ask again.']);
  }

  private async article(which: string | undefined): Promise<Reply> {
    const index = Number(which) - 1 - (this.last?.offset ?? 0);
    const card = this.last?.cards[index];
    if (!card) return message([`No result ${which ?? ''} to open: "article N" opens result N of the answer shown last.`]);
    const article = await this.archive.article(card.articleId);
    return article ? message(articleText(article)) : message(['That article is no longer in the archive.']);
  }

  private help(): Reply {
    const lines = [...this.commands.values()].map((c) => `  ${c.data.name.padEnd(9)} ${definitionOf(c).description}`);
    return message([...CONSOLE_HELP, '', 'Commands:', ...lines], { title: 'Dateline console' });
  }
}
