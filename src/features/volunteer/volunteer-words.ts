// Words of the volunteer screens, decided apart from drawing them: hours, places left, a shift's time.
import type { RecordCorrection, ShiftOccurrence } from '../../../contracts/volunteer';
import { dateWords, timeWords } from '../../entities/time/calendar';

/** "3", "2.5", "2.75": hours as a number a person reads, at most two decimals. */
export function hoursNumber(hours: number): string {
  return Number.isInteger(hours) ? String(hours) : hours.toFixed(2).replace(/0$/, '');
}

/** "3 小时", "2.5 小时", "0 小时". */
export function hoursText(hours: number): string {
  return `${hoursNumber(hours)} 小时`;
}

/** "2026年12月3日 星期四 下午2点—5点". */
export function shiftTimeWords(o: Pick<ShiftOccurrence, 'start' | 'end'>): string {
  return `${dateWords(o.start)} ${timeWords(o.start)}—${timeWords(o.end).replace(/^(上午|中午|下午|晚上|凌晨)/, '')}`;
}

/** What a shift's row says on the right: the caller's own, full, or places left. */
export function placesWords(o: Pick<ShiftOccurrence, 'mine' | 'taken' | 'capacity'>): string {
  if (o.mine) return '已报名';
  if (o.taken >= o.capacity) return '已报满';
  return `还有 ${o.capacity - o.taken} 个名额`;
}

/** "1.2 公里" / "350 米" from a post. */
export function distanceText(metres: number): string {
  return metres < 1000 ? `${metres} 米` : `${(metres / 1000).toFixed(1)} 公里`;
}

const FLAG_WORDS: Record<string, string> = {
  auto_check_out: '忘了签退，到点自动签退',
  poor_accuracy: '定位不太准',
  offline: '没网时扫的，事后补交',
  far_from_post: '扫码时离驿站较远',
  typed_code: '手输的数字码',
  no_location: '没有位置信息',
};

export function flagWords(flags: readonly string[]): string {
  return flags.map((f) => FLAG_WORDS[f] ?? f).join('；');
}

/** One line of a record's corrections: who set it, who approved it, or that it waits for approval. */
export function correctionWords(
  c: Pick<RecordCorrection, 'hours' | 'previousHours' | 'reason' | 'status' | 'by' | 'approvedBy'>,
): string {
  const change = `把时长由 ${hoursText(c.previousHours)}改为 ${hoursText(c.hours)}，原因：${c.reason}`;
  if (c.status === 'awaiting')
    return `${c.by}提出${change}。超出了这次服务能记的时长，正在等上级管理员批准，批准前不生效。`;
  if (c.status === 'declined') return `${c.by}提出${change}。上级管理员${c.approvedBy ?? ''}没有批准，记录保持原样。`;
  return c.approvedBy ? `${c.by}${change}，经${c.approvedBy}批准。` : `${c.by}${change}。`;
}

/**
 * Over the mini-program's 动态打卡码. It names the way in that always reads it, the app's own 扫码签到 (WeChat's
 * 扫一扫 opens it too only where printed links are bound to the mini-program), and the digits for anyone who cannot scan.
 */
export const SCAN_BUTTON_LABEL = '扫码签到、签退';

export const ROTATING_CODE_SENTENCE = `请志愿者在“志愿”页按“${SCAN_BUTTON_LABEL}”，扫下面的二维码；不会扫码的，请他在签到页输入下面的 6 位数字。每 30 秒换一次。`;
