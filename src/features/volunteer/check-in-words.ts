// What the check-in screen says, decided apart from drawing it: which way the button goes (签到 or 签退), and the
// sentence after a scan the phone had to keep because the network failed.
import type { ServiceRecord } from '../../../contracts/volunteer';

export type ClockKind = 'in' | 'out';

/** 签退 when the person has an open record at this post; 签到 otherwise (an open record elsewhere is the server's to refuse). */
export function clockKindFor(records: readonly Pick<ServiceRecord, 'postId' | 'status'>[], postId: number): ClockKind {
  return records.some((r) => r.status === 'open' && r.postId === postId) ? 'out' : 'in';
}

export function verbOf(kind: ClockKind): '签到' | '签退' {
  return kind === 'in' ? '签到' : '签退';
}

export function keptOfflineSentence(kind: ClockKind, clock: string): string {
  return `网络不好，这次${verbOf(kind)}已经记在手机上了（${clock}）。有网络时会自动补交，不用再扫。`;
}

export const NO_FIX_SENTENCE = '没有拿到手机的位置，所以还没有签到。请在手机设置里允许使用位置，走到室外开阔处，再按一次。';

/** "14:02" on the phone's clock, China time as the phone shows it. */
export function clockOf(at: Date): string {
  return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
}
