/** Discord's limits on what one message may carry. */
export const DISCORD_LIMITS = {
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  embedsPerMessage: 10,
  charactersPerMessage: 6000,
  content: 2000,
  buttonLabel: 80,
  customId: 100,
  buttonsPerRow: 5,
  /** The upload limit for a server without boosts: what any server accepts. */
  attachmentBytes: 10 * 1024 * 1024,
} as const;

const ELLIPSIS = '…';

/** Cuts text to a limit at a word boundary, with an ellipsis; text within the limit is returned as it is. */
export function fit(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const room = text.slice(0, limit - ELLIPSIS.length);
  const endsAtWord = /\s/.test(text[room.length] ?? ' ');
  const space = room.search(/\s\S*$/);
  const cut = endsAtWord || space <= limit / 2 ? room : room.slice(0, space);
  return `${cut.trimEnd()}${ELLIPSIS}`;
}

/** Splits long text into pieces of at most `limit` characters, at paragraph, then sentence, then word boundaries. */
export function pieces(text: string, limit: number): string[] {
  const result: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const window = rest.slice(0, limit + 1);
    const at =
      [window.lastIndexOf('\n\n'), window.search(/[.!?]\s(?!.*[.!?]\s)/s) + 1, window.lastIndexOf(' ')].find((i) => i > limit / 2) ?? limit;
    result.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest) result.push(rest);
  return result;
}
