import { applyListening, clampPosition, coveredSeconds, isChapterFinished, mergeStretches } from './listened-time';

describe('listened time', () => {
  it('merges overlapping and touching stretches and clips them to the chapter', () => {
    expect(mergeStretches([[10, 20], [15, 30], [30.3, 40], [-5, 3], [55, 90]], 60)).toEqual([[0, 3], [10, 40], [55, 60]]);
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
    const d = applyListening([], [[0, 10], [40, 50]], 60, 1, 60);
    expect(d.creditedSeconds).toBe(20);
    expect(coveredSeconds(d.coverage)).toBe(20);
  });

  it('never counts more than the chapter is long', () => {
    let coverage = applyListening([], [[0, 60]], 60, 1, 100).coverage;
    const replay = applyListening(coverage, [[0, 60], [0, 600]], 60, 1, 100);
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
});
