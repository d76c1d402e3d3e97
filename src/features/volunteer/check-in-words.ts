// What the check-in screen says, decided apart from drawing it: which way the button goes (签到 or 签退), and the
// sentence after a scan the phone had to keep because the network failed.
import type { ServiceRecord } from '../../../contracts/volunteer';
import type { LocationFailure } from '../../entities/location/location-reason';

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

/** "14:02" on the phone's clock, China time as the phone shows it. */
export function clockOf(at: Date): string {
  return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
}
