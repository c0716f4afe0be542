import { MultiBar, type SingleBar, Presets } from 'cli-progress';
import type { BuildPhase } from '../../model/snapshot.ts';

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

/** One bar per phase: the quotation and index phases of a large archive run side by side. */
function barReporter(stream: NodeJS.WriteStream): ProgressReporter {
  const bars = new MultiBar(
    { stream, format: '{label} [{bar}] {percentage}%', hideCursor: true, clearOnComplete: true },
    Presets.shades_classic,
  );
  const byPhase = new Map<BuildPhase, SingleBar>();
  const report = (phase: BuildPhase, done: number, total: number) => {
    let bar = byPhase.get(phase);
    if (!bar) {
      bar = bars.create(Math.max(total, 1), 0, { label: LABELS[phase].padEnd(20) });
      byPhase.set(phase, bar);
    }
    bar.setTotal(Math.max(total, 1));
    bar.update(done);
  };
  return Object.assign(report, { stop: () => bars.stop() });
}

/** A line per phase every few seconds, and one when it completes. */
function lineReporter(stream: NodeJS.WriteStream): ProgressReporter {
  const last = new Map<BuildPhase, { at: number; percent: number }>();
  const report = (phase: BuildPhase, done: number, total: number) => {
    const percent = total > 0 ? Math.min(100, Math.floor((100 * done) / total)) : 100;
    const previous = last.get(phase);
    const due = !previous || (percent !== previous.percent && (Date.now() - previous.at >= LINE_INTERVAL_MS || percent === 100));
    if (!due) return;
    stream.write(`${LABELS[phase]}: ${percent}%\n`);
    last.set(phase, { at: Date.now(), percent });
  };
  return Object.assign(report, { stop: () => {} });
}
