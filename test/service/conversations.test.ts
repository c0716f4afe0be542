import { describe, expect, it } from 'vitest';
import { Conversations } from '../../src/service/conversations.ts';
import type { Turn } from '../../src/model/conversation.ts';

const turn = (question: string): Turn => ({ question, topic: question, subject: null, shown: null });

describe('conversations', () => {
  it('gives the last turn of a conversation, and none of another', () => {
    const conversations = new Conversations();
    conversations.record('a', turn('first'));
    conversations.record('a', turn('second'));
    expect(conversations.last('a')?.question).toBe('second');
    expect(conversations.last('b')).toBeNull();
  });

  it('forgets a conversation left idle too long', () => {
    let now = 0;
    const conversations = new Conversations(10, 1000, () => now);
    conversations.record('a', turn('first'));
    now = 999;
    expect(conversations.last('a')).not.toBeNull();
    conversations.record('a', turn('second'));
    now = 1999;
    expect(conversations.last('a')?.question).toBe('second');
    now = 2001;
    expect(conversations.last('a')).toBeNull();
  });

  it('keeps at most its capacity, dropping the least recently used', () => {
    const conversations = new Conversations(2);
    conversations.record('a', turn('a'));
    conversations.record('b', turn('b'));
    conversations.record('a', turn('a again'));
    conversations.record('c', turn('c'));
    expect(conversations.last('b')).toBeNull();
    expect(conversations.last('a')?.question).toBe('a again');
    expect(conversations.last('c')?.question).toBe('c');
  });

  it('moves a conversation to another key, and forgets one on request', () => {
    const conversations = new Conversations();
    conversations.record('message:1', turn('first'));
    conversations.move('message:1', 'thread:1');
    expect(conversations.last('message:1')).toBeNull();
    expect(conversations.last('thread:1')?.question).toBe('first');
    conversations.move('nothing', 'thread:2');
    expect(conversations.last('thread:2')).toBeNull();
    conversations.forget('thread:1');
    expect(conversations.last('thread:1')).toBeNull();
  });
});
