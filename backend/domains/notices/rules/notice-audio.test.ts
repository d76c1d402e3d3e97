import {
  listenLinkEnd,
  SPEECH_BUDGET_BYTES,
  speechFitsBudget,
  versionCapProblem,
  VERSIONS_PER_HOUR,
} from './notice-audio';

describe('notice audio rules', () => {
  it('keep a notice within its disk budget, counting every version together', () => {
    expect(speechFitsBudget(0, SPEECH_BUDGET_BYTES)).toBe(true);
    expect(speechFitsBudget(1, SPEECH_BUDGET_BYTES)).toBe(false);
    expect(speechFitsBudget(SPEECH_BUDGET_BYTES / 2, SPEECH_BUDGET_BYTES / 2 + 1)).toBe(false);
  });

  it('end a listening link half an hour after the audio would finish playing', () => {
    const now = new Date('2026-12-06T08:00:00.400Z');
    // 3,000 bytes a second: 13 MB is about 72 minutes of sound.
    expect(listenLinkEnd(0, now).toISOString()).toBe('2026-12-06T08:30:00.000Z');
    expect(listenLinkEnd(3_000 * 60, now).toISOString()).toBe('2026-12-06T08:31:00.000Z');
    expect(listenLinkEnd(13_000_000, now).getTime() - now.getTime()).toBeLessThan(2 * 60 * 60_000);
  });

  it('cap new versions per notice and per publisher in an hour, with a sentence', () => {
    expect(
      versionCapProblem({ notice: VERSIONS_PER_HOUR.notice - 1, person: VERSIONS_PER_HOUR.person - 1 }),
    ).toBeNull();
    expect(versionCapProblem({ notice: VERSIONS_PER_HOUR.notice, person: 0 })).toMatch(/一小时内已经改了 6 次/);
    expect(versionCapProblem({ person: VERSIONS_PER_HOUR.person })).toMatch(/一小时内已经发出或修改了 30 次/);
    expect(versionCapProblem({ person: 0 })).toBeNull();
  });
});
