// Which stretches of a chapter were really played, for study records. A seek, a pause or a jump in the
// clock ends a stretch; each report takes only what was played since the previous one, so nothing is sent twice.

export type Stretch = [start: number, end: number];

/** Larger jumps between two clock readings than this (beyond what the speed explains) are seeks. */
const JUMP_SLACK_SECONDS = 1.5;
/** The server takes at most 60 stretches a report. */
const MAX_STRETCHES = 60;

interface Open {
  start: number;
  last: number;
  lastAt: number;
}

const tenth = (n: number) => Math.round(n * 10) / 10;

export class ListenedTracker {
  private done: Stretch[] = [];
  private open: Open | null = null;

  /** The audio is playing and its clock reads `position` at wall time `nowMs`. */
  heardAt(position: number, nowMs: number, rate: number): void {
    if (!Number.isFinite(position) || position < 0) return;
    const open = this.open;
    if (!open) {
      this.open = { start: position, last: position, lastAt: nowMs };
      return;
    }
    const advanced = position - open.last;
    const possible = (Math.max(0, nowMs - open.lastAt) / 1000) * rate + JUMP_SLACK_SECONDS;
    if (advanced < 0 || advanced > possible) {
      // The clock jumped (a seek we were not told about): what came before ends here, a new stretch starts.
      this.stop();
      this.open = { start: position, last: position, lastAt: nowMs };
      return;
    }
    open.last = position;
    open.lastAt = nowMs;
  }

  /** Playback paused, ended, seeked or changed chapter: the stretch ends where it was last heard. */
  stop(): void {
    const open = this.open;
    this.open = null;
    if (open && open.last > open.start) this.done.push([open.start, open.last]);
  }

  /** Stretches heard since the last call (merged, rounded). A stretch still playing is split here. */
  take(): Stretch[] {
    const out = [...this.done];
    this.done = [];
    if (this.open && this.open.last > this.open.start) {
      out.push([this.open.start, this.open.last]);
      this.open.start = this.open.last;
    }
    return merge(out).slice(-MAX_STRETCHES);
  }

  /** Seconds of audio waiting to be reported. */
  pendingSeconds(): number {
    const open = this.open ? this.open.last - this.open.start : 0;
    return this.done.reduce((sum, [a, b]) => sum + (b - a), open);
  }
}

function merge(stretches: Stretch[]): Stretch[] {
  const sorted = stretches
    .map(([a, b]): Stretch => [tenth(a), tenth(b)])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  const out: Stretch[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else out.push([s[0], s[1]]);
  }
  return out;
}
