import { isTimerEvent } from './wechat-main';

describe('the timer event', () => {
  it('is recognised by its Type only', () => {
    expect(isTimerEvent({ Type: 'Timer', TriggerName: 'run-due-jobs', Time: '2026-12-01T01:00:00Z' })).toBe(true);
    for (const other of [null, undefined, 'Timer', { type: 'Timer' }, { Type: 'timer' }, { action: 'me' }]) expect(isTimerEvent(other)).toBe(false);
  });
});
