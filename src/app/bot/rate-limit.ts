/** A per-user limit on requests in a sliding window: `check` returns the seconds to wait, 0 when allowed. */
export class RateLimiter {
  private readonly recent = new Map<string, number[]>();

  constructor(
    private readonly maxPerWindow: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  check(userId: string): number {
    if (this.maxPerWindow <= 0) return 0;
    const now = this.now();
    const times = (this.recent.get(userId) ?? []).filter((t) => now - t < this.windowMs);
    if (times.length >= this.maxPerWindow) {
      this.recent.set(userId, times);
      return Math.max(1, Math.ceil((times[0]! + this.windowMs - now) / 1000));
    }
    times.push(now);
    this.recent.set(userId, times);
    if (this.recent.size > 10_000) this.forgetIdle(now);
    return 0;
  }

  private forgetIdle(now: number): void {
    for (const [user, times] of this.recent) if (times.every((t) => now - t >= this.windowMs)) this.recent.delete(user);
  }
}
