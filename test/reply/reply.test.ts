import { describe, expect, it } from 'vitest';
import { droppedLines, undatedLines } from '../../src/reply/reply.ts';

describe('the load report', () => {
  it('names the first duplicates it dropped, where each was and what was kept, then counts the rest', () => {
    const dropped = Array.from({ length: 7 }, (_, i) => ({
      id: `b/00${i}`,
      file: `corpus/b/00${i}.txt`,
      keptAs: `a/00${i}`,
      sameBy: 'text' as const,
    }));
    const lines = droppedLines(dropped);
    expect(lines[0]).toBe('Duplicates dropped: 7');
    expect(lines[1]).toBe('  b/000 (corpus/b/000.txt), the same text as a/000');
    expect(lines).toHaveLength(7);
    expect(lines.at(-1)).toBe('  … and 2 more (stats --json lists them all)');
  });

  it('names undated articles by id and line, and says nothing when there are none', () => {
    expect(undatedLines([{ id: 'wire:3', file: 'wire.jsonl', line: 3 }])).toEqual(['Undated: 1', '  wire:3 (wire.jsonl:3)']);
    expect(undatedLines([])).toEqual([]);
    expect(droppedLines([])).toEqual([]);
  });
});
