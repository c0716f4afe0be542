import { SlashCommandBuilder } from 'discord.js';
import { message } from '../src/reply/reply.ts';
import { defineCommand } from '../src/app/commands/contract.ts';

const HELP_LINES = [
  'I answer questions about the news archive by quoting the passages that answer them, each with its title, date and source. Every answer is a real quote; nothing is made up.',
  '**/ask** `question` — e.g. “What did Zakharova say about NATO?”; narrow it with `source`, `from`, `to` (YYYY, YYYY-MM or YYYY-MM-DD), or say it in the question (“in 1987”, “TASS”).',
  '**/whosaid** `phrase` — who said it, when and where.',
  '**/quotes** `speaker` — what someone said, newest first; add `about` for a topic.',
  '**/timeline** `query` — a chart of how often the archive speaks of it, period by period; add `speaker` to count their quotations.',
  '**/speakers** — who is quoted most. **/stats** — what the archive holds. **/reload** — moderators: read the corpus again.',
  'You can also mention me with a question, or write to me directly: “who said …”, “what did X say about Y”, or any question.',
  'I answer a mention in a thread: follow up there in few words (“and in march?”, “who said that?”, “why?”) and I read it in context.',
];

export default defineCommand({
  data: new SlashCommandBuilder().setName('help').setDescription('What this bot does and how to ask it'),
  execute: () => message(HELP_LINES, { title: 'Dateline', private: true }),
});
