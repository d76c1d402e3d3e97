// What the scan page calls each kind of code, and which refusals mean the code itself cannot be used (so trying
// again will not help) rather than that the line or the server failed.
import type { ResolvedScene, SceneType } from '../../../contracts/qrcode';
import type { ClientErrorCode } from '../../lib/api-error';
import type { Remote } from '../../entities/remote/use-remote';

/** The page title while it is not yet known what the code is (or it cannot be read). */
export const SCAN_TITLE = '扫码';

const TITLES: Record<SceneType, string> = {
  book: '扫码听书',
  chapter: '扫码听书',
  invitation: '入会邀请',
  event: '活动',
  attendance: '活动签到',
  post: '志愿服务驿站',
  checkin: '志愿服务打卡',
  certificate: '核验志愿服务证明',
  personalCard: '时间银行服务卡',
  timebankCertificate: '核验服务时间证明',
};

export function scanTitle(state: Remote<ResolvedScene>): string {
  return state.status === 'ready' ? TITLES[state.data.type] : SCAN_TITLE;
}

/** Forged, altered, stale, malformed, or naming something removed: the code is the problem, not the line. */
const UNUSABLE_CODES: ReadonlySet<ClientErrorCode> = new Set(['QR_INVALID', 'QR_EXPIRED', 'NOT_FOUND', 'VALIDATION']);

export function isUnusableCode(code: ClientErrorCode | null): boolean {
  return code !== null && UNUSABLE_CODES.has(code);
}

/** The heading over the server's sentence when a code cannot be used. */
export function problemTitle(code: ClientErrorCode | null): string {
  if (code === 'QR_EXPIRED') return '这个二维码不能再用了';
  if (code === 'NOT_FOUND') return '这个二维码打不开了';
  return '这个二维码无法识别……';
}

/** WeChat hands the scene over URL-encoded; H5 already decoded it. A stray % must not throw. */
export function readSceneParam(raw: string | undefined): string {
  if (!raw) return '';
  try {
    return decodeURIComponent(raw).trim();
  } catch {
    return raw.trim();
  }
}
