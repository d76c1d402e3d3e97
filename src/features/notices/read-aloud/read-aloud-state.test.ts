import { buttonWords, nextReadAloud, READ_ALOUD_IDLE, statusSentence, type ReadAloudEvent } from './read-aloud-state';

const run = (...events: ReadAloudEvent[]) => events.reduce(nextReadAloud, READ_ALOUD_IDLE);

describe('read aloud state', () => {
  test('朗读 → 暂停 → 继续 → done, each with its words', () => {
    expect(buttonWords(run().status)).toBe('朗读');
    expect(run({ type: 'press' }).status).toBe('preparing');
    expect(run({ type: 'press' }, { type: 'started' }).status).toBe('speaking');
    expect(buttonWords(run({ type: 'press' }, { type: 'started' }).status)).toBe('暂停');
    const paused = run({ type: 'press' }, { type: 'started' }, { type: 'press' });
    expect(paused.status).toBe('paused');
    expect(buttonWords(paused.status)).toBe('继续');
    expect(nextReadAloud(paused, { type: 'press' }).status).toBe('speaking');
    expect(run({ type: 'press' }, { type: 'started' }, { type: 'ended' }).status).toBe('done');
  });

  test('a press while preparing waits; a failure is said in a sentence, and pressing again tries again', () => {
    expect(run({ type: 'press' }, { type: 'press' }).status).toBe('preparing');
    const failed = run({ type: 'press' }, { type: 'failed', message: '这里暂时不能朗读。' });
    expect(failed).toEqual({ status: 'unavailable', problem: '这里暂时不能朗读。' });
    expect(statusSentence(failed)).toBe('这里暂时不能朗读。');
    expect(nextReadAloud(failed, { type: 'press' }).status).toBe('preparing');
  });

  test('every state has a sentence', () => {
    for (const status of ['idle', 'preparing', 'speaking', 'paused', 'done', 'unavailable'] as const) {
      expect(statusSentence({ status, problem: null })).toMatch(/[。]$/);
    }
  });
});
