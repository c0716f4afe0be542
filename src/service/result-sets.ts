import { randomBytes } from 'node:crypto';

/**
 * Recently computed result sets, so that "more" continues one without searching again.
 * Bounded in count and age; the oldest goes first.
 */
export class ResultSets<T> {
  private readonly sets = new Map<string, { value: T; created: number }>();

  constructor(
    private readonly capacity = 500,
    private readonly maxAgeMs = 30 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Stores a result set and returns the token that finds it again. */
  put(value: T): string {
    const token = randomBytes(6).toString('base64url');
    this.sets.set(token, { value, created: this.now() });
    while (this.sets.size > this.capacity) this.sets.delete(this.sets.keys().next().value!);
    return token;
  }

  get(token: string): T | null {
    const entry = this.sets.get(token);
    if (!entry) return null;
    if (this.now() - entry.created > this.maxAgeMs) {
      this.sets.delete(token);
      return null;
    }
    return entry.value;
  }

  clear(): void {
    this.sets.clear();
  }
}
