/**
 * `npm run bench:bot [-- --count N] [--corpus PATH]`: loopback latency from an interaction to the bot's
 * reply, over /ask questions sent one at a time to the real bot through the Discord-compatible test server.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Bot } from '../src/app/bot/bot.ts';
import { loadCommands } from '../src/app/commands/loader.ts';
import { Archive } from '../src/service/archive.ts';
import { DiscordServer, snowflake } from '../test/helpers/discord-server.ts';
import { percentile, readJsonLines } from '../scripts/eval-text.ts';

const { values } = parseArgs({ options: { count: { type: 'string' }, corpus: { type: 'string', multiple: true } } });
const SHARED = path.resolve(import.meta.dirname, '../../shared');
const count = Number(values.count ?? 200);
const corpus = values.corpus ?? [path.join(SHARED, 'corpora')];

const archive = await Archive.open({ corpusPaths: corpus, cacheFile: path.resolve('.cache/bench-bot-index.json') });
const server = new DiscordServer();
await server.start();
const bot = new Bot({
  token: 'bench-token',
  archive,
  commands: await loadCommands(),
  moderatorRoleId: null,
  apiUrl: server.apiUrl,
  log: () => {},
  throttle: () => 0,
});
await bot.start();
await server.ready;

const developer = (await readJsonLines<{ question: string }>(path.join(SHARED, 'eval/qa.jsonl'))).map((d) => d.question);
const titles = archive
  .snapshot()
  .articles.filter((_, i) => i % 101 === 0)
  .map((a) => a.title.toLowerCase());
const questions = [...developer, ...titles].slice(0, count);
const member = { id: snowflake(), username: 'bench', permissions: 1024n };
const times: number[] = [];
for (const question of questions) {
  const started = performance.now();
  const token = server.command(member, 'ask', [{ name: 'question', value: question }]);
  await server.waitFor((r) => r.path.includes(`/${token}/callback`));
  times.push(performance.now() - started);
}
console.log(`${times.length} /ask over loopback: p50 ${percentile(times, 50).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms`);
await bot.stop();
await server.close();
