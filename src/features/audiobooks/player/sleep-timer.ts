// The sleep timer: stop after some minutes, or at the end of the chapter. No countdown pressure on screen;
// it only says when it will stop.

export type SleepChoice = 15 | 30 | 60 | 'chapter';
export const SLEEP_CHOICES: SleepChoice[] = [15, 30, 60, 'chapter'];

export function sleepLabel(choice: SleepChoice): string {
  return choice === 'chapter' ? '本章结束' : `${choice}分钟`;
}

let timer: ReturnType<typeof setTimeout> | null = null;

/** Calls `stop` after the chosen minutes; a new choice (or null) replaces the old one. Chapter-end is the player's job. */
export function armSleepTimer(choice: SleepChoice | null, stop: () => void): number | null {
  if (timer) clearTimeout(timer);
  timer = null;
  if (choice === null || choice === 'chapter') return null;
  const ms = choice * 60_000;
  timer = setTimeout(() => {
    timer = null;
    stop();
  }, ms);
  return Date.now() + ms;
}

/** "还有 12 分钟停止" */
export function minutesLeft(endsAt: number, now: number): number {
  return Math.max(1, Math.ceil((endsAt - now) / 60_000));
}
