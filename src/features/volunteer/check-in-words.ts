// What the check-in screen says, decided apart from drawing it: where she stands first (checked in since when, for
// how long), whether a 签退 now is early and what it would cost, what each refusal leaves her to do next, and the
// sentence after a scan the phone had to keep because the network failed.
import type { PostDetail, ServiceRecord } from '../../../contracts/volunteer';
import type { ClientErrorCode } from '../../lib/api-error';
import { tryAgainHelps } from '../../lib/api-error';
import type { LocationFailure } from '../../entities/location/location-reason';
import { timeWords } from '../../entities/time/calendar';
import { minutesWords } from '../../entities/time/durations';

/** Said beside the button, before the phone asks: why the location is needed and what it is not used for. */
export const LOCATION_REASON =
  '签到时要用一下手机的位置，确认您在驿站。位置只用来签到，不会给别人看，也不会一直跟踪您。';

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

/** H5: a web page cannot open its own settings, so the sentence says where to allow the location. */
export const NO_FIX_SENTENCE =
  '没有拿到手机的位置，所以还没有签到。请在手机设置里允许使用位置，走到室外开阔处，再按一次。';

/** The button that takes a person who said no to the mini-program's own 位置信息 switch. */
export const OPEN_LOCATION_SETTING_LABEL = '打开定位权限';

/**
 * Why there is no location and what to do next. Where the app can open its own settings (the mini-program), a
 * refusal points at the 打开定位权限 button, not at the phone's settings, where the switch is not.
 */
export function noFixSentence(kind: ClockKind, failure: LocationFailure, canOpenSetting: boolean): string {
  if (!canOpenSetting) return NO_FIX_SENTENCE;
  const verb = verbOf(kind);
  if (failure === 'refused')
    return `您还没有允许“银发先锋”使用位置，所以还没有${verb}。请按下面的“${OPEN_LOCATION_SETTING_LABEL}”，把“位置信息”打开，再回来按${verb}。`;
  if (failure === 'phone-off')
    return `手机的定位没有打开，所以还没有${verb}。请在手机的设置里打开定位，并允许微信使用位置，再回来按一次。`;
  return `没有拿到手机的位置，所以还没有${verb}。请走到室外开阔处，再按一次。`;
}

/** After the settings page: whether the switch is now on, in a sentence. */
export function afterSettingSentence(kind: ClockKind, allowed: boolean): string {
  const verb = verbOf(kind);
  return allowed
    ? `位置已经允许使用了，请按下面的按钮${verb}。`
    : `“位置信息”还没有打开，所以还不能${verb}。请再按“${OPEN_LOCATION_SETTING_LABEL}”，把它打开。`;
}

type OpenRecord = Pick<ServiceRecord, 'checkInAt' | 'shiftStart' | 'shiftEnd' | 'minimumMinutes' | 'postName'>;

const minutesSince = (from: number, now: Date) => Math.max(0, Math.floor((now.getTime() - from) / 60_000));

/** Said first on a second scan, before any button: "您中午12点53分已经签到，正在服务（已服务25分钟）。" */
export function servingSentence(record: Pick<ServiceRecord, 'checkInAt'>, now: Date): string {
  const served = minutesSince(Date.parse(record.checkInAt), now);
  return `您${timeWords(record.checkInAt)}已经签到，正在服务（已服务${minutesWords(served)}）。`;
}

/** Checked in at another post: where, since when, and where to check out first. */
export function elsewhereSentence(record: Pick<ServiceRecord, 'checkInAt' | 'postName'>): string {
  return `您${timeWords(record.checkInAt)}在${record.postName}签到了，还没有签退。请先到${record.postName}扫码签退，再来这里签到。`;
}

/**
 * The question before an early 签退 (below the minimum that counts, or before the shift's end), or null when a
 * 签退 now costs nothing and needs no question. What counts is the time served inside the shift.
 */
export function earlyCheckOutQuestion(record: OpenRecord, now: Date): string | null {
  const from = Math.max(Date.parse(record.checkInAt), record.shiftStart ? Date.parse(record.shiftStart) : 0);
  const served = minutesSince(from, now);
  if (record.minimumMinutes !== null && served < record.minimumMinutes)
    return `现在签退，这次服务不到${minutesWords(record.minimumMinutes)}，不计时长。确定要签退吗？`;
  if (record.shiftEnd && now.getTime() < Date.parse(record.shiftEnd))
    return `您的班次到${timeWords(record.shiftEnd)}才结束。现在签退，时长只算到现在。确定要签退吗？`;
  return null;
}

/**
 * What a refused 签到/签退 leaves her to do: 'again' only where pressing again can help (the line, a busy server,
 * a typed code to type again, a location not yet found); 'state' reloads what she is doing (checked in already, or
 * not); 'shifts' sends her to sign up; 'join' tells a non-volunteer how to join; 'closer' waits until she is at the
 * post; anything else has no button that could help, only the sentence and the way home.
 */
export type NextStep = 'again' | 'state' | 'shifts' | 'join' | 'closer' | 'none';

export function nextStepAfter(code: ClientErrorCode | undefined, typedCode: boolean): NextStep {
  if (tryAgainHelps(code)) return 'again';
  switch (code) {
    case 'ALREADY_CHECKED_IN':
    case 'NOT_CHECKED_IN':
      return 'state';
    case 'OUTSIDE_SHIFT':
      return 'shifts';
    case 'FORBIDDEN':
      return 'join';
    case 'TOO_FAR':
      return 'closer';
    case 'LOCATION_REQUIRED':
    case 'VALIDATION':
      return 'again';
    case 'QR_EXPIRED':
    case 'QR_INVALID':
      // A typed code can be typed again from the manager's phone; a scanned one needs a new scan, not this button.
      return typedCode ? 'again' : 'none';
    default:
      return 'none';
  }
}

/** Who at the post can help: "驿站联系人王秀英（电话 0592-1234567）", or '' when the post names nobody. */
export function postContactWords(post: Pick<PostDetail, 'contactName' | 'contactPhone'>): string {
  if (!post.contactName) return '';
  return `驿站联系人${post.contactName}${post.contactPhone ? `（电话 ${post.contactPhone}）` : ''}`;
}

/** Said instead of the 签到 button to someone who is not a volunteer: how to become one. */
export function joinSentence(post: Pick<PostDetail, 'contactName' | 'contactPhone'>): string {
  const contact = postContactWords(post);
  return `您还不是志愿者，所以不能在这里签到。想参加志愿服务，请找${contact ? `${contact}或` : ''}您所在支部的书记，请他们帮您登记成志愿者。登记以后再来扫码签到。`;
}

/** Without the phone's location at a geo post, a person at the post can still be recorded: who to ask. */
export function managerHelpSentence(post: Pick<PostDetail, 'contactName' | 'contactPhone'>): string {
  const contact = postContactWords(post);
  return `不想用位置的话，也可以请负责人帮您登记：请找${contact || '驿站负责人'}，说您今天来服务了。`;
}
