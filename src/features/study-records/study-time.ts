// Listening time said as a sentence: "本周听了 1小时20分", or plainly that nothing was heard.
import { roughDuration } from '../../entities/time/durations';

/** "本周听了 1小时20分", or "本周还没有听书" — never "听了 0分钟". */
export function listeningSentence(period: string, seconds: number): string {
  return seconds > 0 ? `${period}听了 ${roughDuration(seconds)}` : `${period}还没有听书`;
}
