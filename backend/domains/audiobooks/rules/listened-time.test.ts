import {
  applyListening,
  budgetAt,
  clampPosition,
  coveredSeconds,
  isChapterFinished,
  LISTENING_ALLOWANCE_SECONDS,
  mergeStretches,
  spendBudget,
  type ListeningClock,
} from './listened-time';

describe('listened time', () => {
  it('merges overlapping and touching stretches and clips them to the chapter', () => {
    expect(
      mergeStretches(
        [
          [10, 20],
          [15, 30],
          [30, 40],
          [-5, 3],
          [55, 90],
        ],
        60,
      ),
    ).toEqual([
      [0, 3],
      [10, 40],
      [55, 60],
    ]);
  });

  it('never bridges a gap, however small: tiny claimed stretches stay tiny', () => {
    // 100 claims of 0.1 s spaced 0.5 s apart used to join into one 50 s stretch.
    const micro = Array.from({ length: 100 }, (_, i) => [i * 0.5, i * 0.5 + 0.1] as const);
    expect(coveredSeconds(mergeStretches(micro, 3600))).toBeCloseTo(10, 6);
    expect(
      mergeStretches(
        [
          [0, 10],
          [10.3, 20],
        ],
        60,
      ),
    ).toEqual([
      [0, 10],
      [10.3, 20],
    ]);
  });

  it('rounds credit down, never up', () => {
    expect(applyListening([], [[0, 10.06]], 60, 1, 30).creditedSeconds).toBe(10);
    expect(applyListening([], [[0, 10]], 60, 0.75, 30).creditedSeconds).toBe(13.3);
    expect(applyListening([], [[0, 10.2]], 60, 1, 30).creditedSeconds).toBe(10.2);
  });

  it('counts a listened stretch once, even when it is reported again', () => {
    const first = applyListening([], [[0, 10]], 60, 1, 30);
    expect(first.creditedSeconds).toBe(10);
    const again = applyListening(first.coverage, [[0, 10]], 60, 1, 30);
    expect(again.creditedSeconds).toBe(0);
    expect(again.coverage).toEqual(first.coverage);
  });

  it('does not count what was seeked over', () => {
    // Played 0–10, jumped to 40, played 40–50: the 30 s in between were never heard.
    const d = applyListening(
      [],
      [
        [0, 10],
        [40, 50],
      ],
      60,
      1,
      60,
    );
    expect(d.creditedSeconds).toBe(20);
    expect(coveredSeconds(d.coverage)).toBe(20);
  });

  it('never counts more than the chapter is long', () => {
    let coverage = applyListening([], [[0, 60]], 60, 1, 100).coverage;
    const replay = applyListening(
      coverage,
      [
        [0, 60],
        [0, 600],
      ],
      60,
      1,
      100,
    );
    coverage = replay.coverage;
    expect(replay.creditedSeconds).toBe(0);
    expect(coveredSeconds(coverage)).toBe(60);
  });

  it('credits real listening time at faster and slower speeds', () => {
    expect(applyListening([], [[0, 15]], 60, 1.5, 30).creditedSeconds).toBe(10);
    expect(applyListening([], [[0, 15]], 60, 0.75, 30).creditedSeconds).toBe(20);
  });

  it('never credits more than the real time that could have passed', () => {
    expect(applyListening([], [[0, 60]], 60, 1, 12).creditedSeconds).toBe(12);
  });

  it('calls a chapter finished at 90 % heard', () => {
    expect(isChapterFinished([[0, 53]], 60)).toBe(false);
    expect(isChapterFinished([[0, 54]], 60)).toBe(true);
  });

  it('clamps a position past the end', () => {
    expect(clampPosition(75, 60)).toEqual({ position: 60, clamped: true });
    expect(clampPosition(30, 60)).toEqual({ position: 30, clamped: false });
  });

  describe('the listening clock of a person', () => {
    const t0 = new Date('2026-11-29T09:00:00Z');
    const at = (s: number) => new Date(t0.getTime() + s * 1000);

    it('starts with the one small allowance', () => {
      expect(budgetAt(null, t0)).toBe(LISTENING_ALLOWANCE_SECONDS);
    });

    it('refills with real time, never above the allowance', () => {
      const spent: ListeningClock = { budget: 0, at: t0 };
      expect(budgetAt(spent, at(10))).toBe(10);
      expect(budgetAt(spent, at(3600))).toBe(LISTENING_ALLOWANCE_SECONDS);
    });

    it('adds nothing when another host reads an earlier time, and its time never runs backwards', () => {
      const clock: ListeningClock = { budget: 5, at: at(100) };
      expect(budgetAt(clock, at(90))).toBe(5);
      expect(spendBudget(clock, at(90), 5)).toEqual({ budget: 0, at: at(100) });
    });

    it('bounds a whole hour of reports on many chapters, at a claimed slow speed, by the real time passed', () => {
      // Every 10 s real, a forged report claims a fresh 60 s of some other chapter at 0.75×.
      let clock: ListeningClock | null = null;
      let total = 0;
      for (let s = 0; s <= 3600; s += 10) {
        const now = at(s);
        const d = applyListening([], [[0, 60]], 600, 0.75, budgetAt(clock, now));
        clock = spendBudget(clock, now, d.creditedSeconds);
        total += d.creditedSeconds;
      }
      expect(total).toBeLessThanOrEqual(3600 + LISTENING_ALLOWANCE_SECONDS);
      expect(total).toBeGreaterThanOrEqual(3600 - 1);
    });

    it('gives back-to-back micro-reports nothing beyond the real time between them', () => {
      let clock: ListeningClock | null = { budget: 0, at: t0 };
      let total = 0;
      for (let i = 1; i <= 1000; i += 1) {
        const now = new Date(t0.getTime() + i); // one report every millisecond, for one second
        const d = applyListening([], [[0, 5]], 600, 1, budgetAt(clock, now));
        clock = spendBudget(clock, now, d.creditedSeconds);
        total += d.creditedSeconds;
      }
      expect(total).toBeLessThanOrEqual(1);
    });
  });
});
