import { ListenedTracker } from './listened-tracker';

/** Plays from `from` for `seconds` at `rate`, one clock reading a quarter second, starting at wall time `t0`. */
function play(tracker: ListenedTracker, from: number, seconds: number, t0 = 0, rate = 1): number {
  let t = t0;
  for (let p = from; p <= from + seconds + 1e-9; p += 0.25 * rate) {
    tracker.heardAt(p, t, rate);
    t += 250;
  }
  return t;
}

describe('ListenedTracker', () => {
  it('reports one stretch for continuous play, and nothing twice', () => {
    const tracker = new ListenedTracker();
    play(tracker, 0, 10);
    expect(tracker.take()).toEqual([[0, 10]]);
    expect(tracker.take()).toEqual([]);
  });

  it('splits a stretch still playing at a report, so the next report starts where the last ended', () => {
    const tracker = new ListenedTracker();
    const t = play(tracker, 0, 10);
    expect(tracker.take()).toEqual([[0, 10]]);
    play(tracker, 10.25, 4.75, t);
    expect(tracker.take()).toEqual([[10, 15]]);
  });

  it('ends a stretch at a seek: the skipped part is never reported', () => {
    const tracker = new ListenedTracker();
    const t = play(tracker, 0, 5);
    tracker.stop();
    play(tracker, 30, 5, t + 100);
    expect(tracker.take()).toEqual([
      [0, 5],
      [30, 35],
    ]);
  });

  it('treats an unannounced jump in the clock as a seek', () => {
    const tracker = new ListenedTracker();
    const t = play(tracker, 0, 5);
    tracker.heardAt(40, t, 1); // 35 s later in the audio, a quarter second later on the wall
    play(tracker, 40.25, 2, t + 250);
    expect(tracker.take()).toEqual([
      [0, 5],
      [40, 42.3],
    ]);
  });

  it('accepts faster clocks at faster speeds', () => {
    const tracker = new ListenedTracker();
    play(tracker, 0, 15, 0, 1.5);
    expect(tracker.take()).toEqual([[0, 15]]);
  });

  it('counts nothing when paused, and merges overlapping stretches inside one report', () => {
    const tracker = new ListenedTracker();
    let t = play(tracker, 0, 6);
    tracker.stop();
    t = play(tracker, 4, 4, t + 5000); // went back 2 s and listened again
    tracker.stop();
    expect(tracker.pendingSeconds()).toBeCloseTo(10);
    expect(tracker.take()).toEqual([[0, 8]]);
    tracker.heardAt(8, t + 60_000, 1); // one reading after a long pause is not a stretch
    expect(tracker.take()).toEqual([]);
  });

  it('ignores nonsense clock readings', () => {
    const tracker = new ListenedTracker();
    tracker.heardAt(Number.NaN, 0, 1);
    tracker.heardAt(-1, 0, 1);
    expect(tracker.take()).toEqual([]);
  });
});
