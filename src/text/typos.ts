/**
 * Whether two words differ by one slip of typing: a letter left out, added or changed, or two letters
 * swapped (`Yuetter` / `Yeutter`, `Kaczura` / `Kaczurba`).
 */
export function oneTypoApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (a.length !== b.length) {
    const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
    const at = firstDifference(shorter, longer);
    return shorter.slice(at) === longer.slice(at + 1);
  }
  const at = firstDifference(a, b);
  const swapped = a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
  return swapped || a.slice(at + 1) === b.slice(at + 1);
}

function firstDifference(a: string, b: string): number {
  let at = 0;
  while (at < a.length && a[at] === b[at]) at += 1;
  return at;
}
