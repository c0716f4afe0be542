import { SingleBar, Presets } from 'cli-progress';
import type { BuildPhase } from '../service/snapshot.ts';

const LABELS: Record<BuildPhase, string> = {
  read: 'Reading articles',
  sentences: 'Finding sentences',
  quotes: 'Finding quotations',
  index: 'Indexing passages',
  cache: 'Saving index cache',
};

/** How often a non-terminal gets a progress line. */
const LINE_INTERVAL_MS = 2000;

export type ProgressReporter = ((phase: BuildPhase, done: number, total: number) => void) & { stop(): void };

/** Progress on stderr: a bar on a terminal, a line every few seconds otherwise, nothing when quiet. */
export function progressReporter(stream: NodeJS.WriteStream, quiet: boolean): ProgressReporter {
  if (quiet) return Object.assign(() => {}, { stop: () => {} });
  return stream.isTTY ? barReporter(stream) : lineReporter(stream);
}

function barReporter(stream: NodeJS.WriteStream): ProgressReporter {
  let bar: SingleBar | null = null;
  let current: BuildPhase | null = null;
  const stop = () => {
    bar?.stop();
    bar = null;
  };
  const report = (phase: BuildPhase, done: number, total: number) => {
    if (phase !== current) {
      stop();
      current = phase;
      bar = new SingleBar({ stream, format: `${LABELS[phase].padEnd(20)} [{bar}] {percentage}%`, hideCursor: true }, Presets.shades_classic);
      bar.start(Math.max(total, 1), 0);
    }
    bar?.setTotal(Math.max(total, 1));
    bar?.update(done);
  };
  return Object.assign(report, { stop });
}

function lineReporter(stream: NodeJS.WriteStream): ProgressReporter {
  let lastLine = 0;
  let lastKey = '';
  const report = (phase: BuildPhase, done: number, total: number) => {
    const percent = total > 0 ? Math.min(100, Math.floor((100 * done) / total)) : 100;
    const key = `${phase}:${percent}`;
    const due = Date.now() - lastLine >= LINE_INTERVAL_MS || !lastKey.startsWith(`${phase}:`) || percent === 100;
    if (!due || key === lastKey) return;
    stream.write(`${LABELS[phase]}: ${percent}%\n`);
    lastLine = Date.now();
    lastKey = key;
  };
  return Object.assign(report, { stop: () => {} });
}
