// How much 朗读 audio a notice may cost, how often its text may change, and how long a listening link lives. Pure:
// the counts and sizes are passed in. Why these numbers: docs/NOTICES.md (read-aloud).

/** MP3 at speech bitrate (24 kbit/s mono, espeak-ng's 22.05 kHz): 3,000 bytes a second of sound. */
export const SPEECH_BITRATE_KBPS = 24;
const SPEECH_BYTES_PER_SECOND = (SPEECH_BITRATE_KBPS * 1000) / 8;

/**
 * Disk for one notice's audio, every version together. The longest notice (100-character title, 10,000-character
 * body) speaks for about 72 minutes at the listeners' slow rate: 13 MB. Old versions are deleted when replaced.
 */
export const SPEECH_BUDGET_BYTES = 16 * 1024 * 1024;

/** Whether audio of `newBytes` may be kept beside `otherBytes` already kept for the same notice. */
export function speechFitsBudget(otherBytes: number, newBytes: number): boolean {
  return otherBytes + newBytes <= SPEECH_BUDGET_BYTES;
}

/** Margin on a listening link beyond the audio's own length: pausing, a phone call, listening twice. */
const LISTEN_LINK_MARGIN_MS = 30 * 60_000;

/**
 * When a link to audio of `bytes` ends: its playing time plus half an hour, so a player that fetches by Range as it
 * plays never loses the file mid-notice, and a forwarded link dies soon after. Whole seconds.
 */
export function listenLinkEnd(bytes: number, now: Date): Date {
  const playingMs = Math.ceil(bytes / SPEECH_BYTES_PER_SECOND) * 1000;
  return new Date(Math.floor((now.getTime() + playingMs + LISTEN_LINK_MARGIN_MS) / 1000) * 1000);
}

/** New text versions (publishing counts as one) in any hour: for one notice, and for one publisher overall. */
export const VERSIONS_PER_HOUR = { notice: 6, person: 30 } as const;

/** Why one more version cannot be written now, in a sentence; null when it may. */
export function versionCapProblem(recent: { notice?: number; person: number }): string | null {
  if (recent.notice !== undefined && recent.notice >= VERSIONS_PER_HOUR.notice) {
    return `这条通知一小时内已经改了 ${VERSIONS_PER_HOUR.notice} 次。请过一会儿再改，或把要改的地方一次改好。`;
  }
  if (recent.person >= VERSIONS_PER_HOUR.person) {
    return `您一小时内已经发出或修改了 ${VERSIONS_PER_HOUR.person} 次通知。请过一会儿再发。`;
  }
  return null;
}
