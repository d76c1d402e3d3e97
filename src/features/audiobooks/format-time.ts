// Where a listener reached, as a phrase ("已听到 12分30秒"). Duration words themselves live in src/entities/time.
import { spokenDuration } from '../../entities/time/durations';

/** "已听到 12分30秒" */
export function listenedTo(seconds: number): string {
  return `已听到 ${spokenDuration(seconds)}`;
}
