import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface Started {
  child: ChildProcess;
  stderr: () => string;
  exit: Promise<number | null>;
}

/** The npm scripts package.json gives, by name. */
export function packageScripts(): Record<string, string> {
  return (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
}

/** What `npm start` runs, as package.json gives it: node's flags and the entry, after `node`. */
export function startArguments(): string[] {
  const [program, ...args] = packageScripts().start!.split(' ');
  if (program !== 'node') throw new Error(`npm start runs ${program}, not node`);
  return args;
}

/** `npm start` as a process of its own: src/app/main.ts under the given settings, as a stranger would run it. */
export function startMain(env: Record<string, string>): Started {
  const child = spawn(process.execPath, startArguments(), {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', INDEX_CACHE: 'off', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exit = once(child, 'exit').then(([code]) => code as number | null);
  return { child, stderr: () => stderr, exit };
}

export async function until(test: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`no ${what} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
