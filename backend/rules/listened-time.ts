// Study time from listening: the stretches of a chapter a person actually played, merged so that replaying or
// resending a stretch never counts twice and a chapter never counts for more than its length. Pure functions.

/** A played stretch of a chapter, in content seconds: [start, end). */
export type Stretch = readonly [number, number];

/** Sorted, non-overlapping stretches. */
export type Coverage = Stretch[];

export const PLAYBACK_RATES = [0.75, 1, 1.25, 1.5] as const;
export type PlaybackRate = (typeof PLAYBACK_RATES)[number];

/** Merges stretches into sorted, non-overlapping coverage, clipped to [0, duration]. Touching stretches join. */
export function mergeStretches(stretches: readonly Stretch[], duration: number): Coverage {
  const clipped = stretches
    .map(([a, b]) => [Math.max(0, Math.min(a, b)), Math.min(duration, Math.max(a, b))] as const)
    .filter(([a, b]) => b - a > 0)
    .sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const [a, b] of clipped) {
    const last = merged[merged.length - 1];
    // Within half a second counts as touching: timeupdate events arrive about every 250 ms.
    if (last && a <= last[1] + 0.5) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged;
}

export function coveredSeconds(coverage: Coverage): number {
  return coverage.reduce((sum, [a, b]) => sum + (b - a), 0);
}

export interface ListenDecision {
  coverage: Coverage;
  /** Content seconds heard for the first time in this report. */
  newContentSeconds: number;
  /** Seconds credited to today's study record: new content at the playback rate, never more than time allowed. */
  creditedSeconds: number;
}

/**
 * Decides what a progress report adds. `wallSecondsAllowed` bounds the credit by how much real time could have
 * passed since the previous report (so a forged report of an hour in ten seconds earns ten seconds at most).
 */
export function applyListening(
  previous: Coverage,
  reported: readonly Stretch[],
  duration: number,
  rate: PlaybackRate,
  wallSecondsAllowed: number,
): ListenDecision {
  const before = coveredSeconds(mergeStretches(previous, duration));
  const coverage = mergeStretches([...previous, ...reported], duration);
  const newContentSeconds = Math.max(0, coveredSeconds(coverage) - before);
  const creditedSeconds = Math.max(0, Math.min(newContentSeconds / rate, wallSecondsAllowed));
  return { coverage, newContentSeconds: round1(newContentSeconds), creditedSeconds: round1(creditedSeconds) };
}

/** A chapter counts as finished once 90% of it has been heard. */
export function isChapterFinished(coverage: Coverage, duration: number): boolean {
  return duration > 0 && coveredSeconds(coverage) >= duration * 0.9;
}

/** Where playback should resume: the saved position, clamped inside the chapter. */
export function clampPosition(position: number, duration: number): { position: number; clamped: boolean } {
  if (position > duration) return { position: duration, clamped: true };
  return { position, clamped: false };
}

const round1 = (n: number) => Math.round(n * 10) / 10;
