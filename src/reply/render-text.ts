import type { Highlight } from '../model/results.ts';
import type { Reply } from './reply.ts';

export interface TextStyle {
  bold: (text: string) => string;
  dim: (text: string) => string;
}

export const PLAIN: TextStyle = { bold: (text) => text, dim: (text) => text };
export const ANSI: TextStyle = { bold: (text) => `\x1b[1m${text}\x1b[22m`, dim: (text) => `\x1b[2m${text}\x1b[22m` };

/** Applies highlights to a quote with the given style. */
export function highlight(text: string, highlights: readonly Highlight[], mark: (word: string) => string): string {
  let result = '';
  let cursor = 0;
  for (const { start, end } of highlights) {
    if (start < cursor || end > text.length) continue;
    result += text.slice(cursor, start) + mark(text.slice(start, end));
    cursor = end;
  }
  return result + text.slice(cursor);
}

/** A reply as text; `moreHint` says how to see more results where the reply has more. */
export function renderText(reply: Reply, style: TextStyle = PLAIN, moreHint?: string): string {
  const out: string[] = [];
  if (reply.title) out.push(style.bold(reply.title));
  out.push(...reply.lines);
  if (reply.image) out.push(reply.image.summary);
  reply.cards.forEach((card, i) => {
    out.push('');
    out.push(`${(reply.offset ?? 0) + i + 1}. ${style.bold(card.title)}`);
    out.push(`   ${style.dim(card.meta)}${card.url ? style.dim(` · ${card.url}`) : ''}`);
    const speaker = card.speaker ? `${card.speaker}: ` : '';
    out.push(`   ${speaker}${highlight(card.quote, card.highlights, style.bold)}`);
  });
  const more = reply.actions.find((action) => action.kind === 'more');
  if (reply.footer) out.push('', style.dim(reply.footer + (more && moreHint ? ` · ${moreHint}` : '')));
  return out.join('\n');
}
