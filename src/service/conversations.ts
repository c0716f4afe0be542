import type { Turn } from '../model/conversation.ts';

/** How many turns a conversation keeps: a follow-up reads the last; the rest is bounded memory. */
const TURNS_KEPT = 5;

/**
 * The conversations under way, by key (a thread and a user, a direct-message channel, the console).
 * Each keeps its last few turns as text; one left idle expires, and the least recently used goes first
 * when there are too many.
 */
export class Conversations {
  private readonly conversations = new Map<string, { turns: Turn[]; used: number }>();

  constructor(
    private readonly capacity = 10_000,
    private readonly idleMs = 30 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The last turn of a conversation, or null when it has none or has expired. */
  last(key: string): Turn | null {
    const entry = this.conversations.get(key);
    if (!entry) return null;
    if (this.now() - entry.used > this.idleMs) {
      this.conversations.delete(key);
      return null;
    }
    return entry.turns.at(-1) ?? null;
  }

  record(key: string, turn: Turn): void {
    const turns = [...(this.conversations.get(key)?.turns ?? []), turn].slice(-TURNS_KEPT);
    this.conversations.delete(key);
    this.conversations.set(key, { turns, used: this.now() });
    while (this.conversations.size > this.capacity) this.conversations.delete(this.conversations.keys().next().value!);
  }

  /** Carries a conversation over to another key (the thread opened on an answer); no-op when there is none. */
  move(from: string, to: string): void {
    const entry = this.conversations.get(from);
    if (!entry) return;
    this.conversations.delete(from);
    this.conversations.set(to, entry);
  }

  /** Starts a conversation afresh. */
  forget(key: string): void {
    this.conversations.delete(key);
  }
}
