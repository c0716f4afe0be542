import type { LoadIssue } from '../../model/article.ts';

/** Where a load issue lies: `file`, `file:line` or `file:line:column`. */
export function formatLocation(issue: Pick<LoadIssue, 'file' | 'line' | 'column'>): string {
  let location = issue.file;
  if (issue.line !== undefined) location += `:${issue.line}`;
  if (issue.column !== undefined) location += `:${issue.column}`;
  return location;
}

/** A load issue as one line: `file:line:column: message`. */
export function formatIssue(issue: LoadIssue): string {
  return `${formatLocation(issue)}: ${issue.message}`;
}
