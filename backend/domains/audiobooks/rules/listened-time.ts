// Study time from listening: the stretches of a chapter a person actually played, merged so that replaying or
// resending a stretch never counts twice and a chapter never counts for more than its length; and the person's
// listening clock, which bounds all credit by the real time that passed for that person. Pure functions.
// The rule in words: docs/STUDY-TIME.md.
import type { PLAYBACK_RATES } from '../../../../contracts/audiobooks';

/** A played stretch of a chapter, in content seconds: [start, end). */
export type Stretch = readonly [number, number];

/** Sorted, non-overlapping stretches. */
export type Coverage = Stretch[];

/** The speeds the server accepts, defined once with the input schema that checks them. */
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
    // Only overlapping or touching stretches join: bridging a gap would count seconds nobody reported hearing.
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
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
 * Decides what a progress report adds. `budget` is what the person's listening clock still allows (see
 * `budgetAt`): however many chapters, devices or reports, credit never runs ahead of real time.
 */
export function applyListening(
  previous: Coverage,
  reported: readonly Stretch[],
  duration: number,
  rate: PlaybackRate,
  budget: number,
): ListenDecision {
  const before = coveredSeconds(mergeStretches(previous, duration));
  const coverage = mergeStretches([...previous, ...reported], duration);
  const newContentSeconds = Math.max(0, coveredSeconds(coverage) - before);
  const creditedSeconds = Math.max(0, Math.min(newContentSeconds / rate, budget));
  // Rounded down, both: rounding must never add a tenth of a second nobody heard.
  return { coverage, newContentSeconds: floor1(newContentSeconds), creditedSeconds: floor1(creditedSeconds) };
}

/**
 * The one allowance per person per listening session: a report arrives some seconds after playing started (the
 * player reports every 10 s), so a person whose clock is idle may be credited up to this much at once. Credit
 * over any stretch of real time T is therefore at most T + this, across all chapters and devices together.
 */
export const LISTENING_ALLOWANCE_SECONDS = 30;

/** A person's listening clock: the credit still allowed, as of a moment. */
export interface ListeningClock {
  budget: number;
  at: Date;
}

/**
 * Credit the person may be given at `now`: what was left, plus the real time since, never above the allowance.
 * A clock that reads earlier than the last report (another host's clock) adds nothing.
 */
export function budgetAt(clock: ListeningClock | null, now: Date): number {
  if (!clock) return LISTENING_ALLOWANCE_SECONDS;
  const elapsed = Math.max(0, (now.getTime() - clock.at.getTime()) / 1000);
  return Math.min(LISTENING_ALLOWANCE_SECONDS, Math.max(0, clock.budget) + elapsed);
}

/** The clock after crediting `credited` at `now`; its time never moves backwards. */
export function spendBudget(clock: ListeningClock | null, now: Date, credited: number): ListeningClock {
  const at = clock && clock.at.getTime() > now.getTime() ? clock.at : now;
  return { budget: Math.max(0, budgetAt(clock, now) - credited), at };
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

// The small epsilon keeps 10.2 (stored as 10.19999…) from flooring to 10.1.
const floor1 = (n: number) => Math.floor(n * 10 + 1e-9) / 10;
