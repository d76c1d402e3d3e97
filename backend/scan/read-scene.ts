// Reading a scanned scene with the server's key and clock, and refusing what cannot be trusted in a sentence a
// retiree can act on. Used by qrcode.resolve for every scene, and by the actions that consume a signed scene
// (account.redeemInvite, events.attend, volunteer.checkIn and its scans).
import { readScene, type SceneFacts, type SealedSceneType, type SignedSceneType } from '../rules/scenes';
import { AppError } from '../runtime/app-error';
import type { Deps } from '../runtime/deps';

type SceneDeps = Pick<Deps, 'sceneKey' | 'now'>;

export const UNREADABLE_SCENE = '这个二维码无法识别。它可能不是本小程序的二维码，或者已经损坏。';
const EXPIRED_SCENE = '这个二维码已经过期了，请找工作人员要一个新的。';

/** What a person is told when a signed scene is stale, or is not the kind the action takes. */
const SIGNED_WORDS: Record<SignedSceneType, { expired: string; wrongKind: string }> = {
  invitation: {
    expired: '这个入会邀请二维码已经过期了。请找支部书记重新要一个，或者输入邀请码。',
    wrongKind: '这不是入会邀请的二维码。请扫支部书记给您的邀请二维码，或者输入邀请码。',
  },
  attendance: {
    expired: '这个签到二维码已经过期了。请找工作人员要一个新的，再扫一次。',
    wrongKind: '这不是活动签到的二维码。请扫活动现场的签到二维码。',
  },
  checkin: {
    expired: '这个打卡二维码已经过期了。请驿站负责人在手机上刷新一下，再扫一次。',
    wrongKind: '这不是志愿服务打卡的二维码。请扫驿站负责人手机上的打卡二维码。',
  },
};

/** Any readable scene; forged, altered or malformed → QR_INVALID, stale → QR_EXPIRED. */
export function readSceneOrRefuse(scene: string, deps: SceneDeps): SceneFacts {
  const verdict = readScene(scene, deps.sceneKey, deps.now());
  if (verdict.ok) return verdict;
  if (verdict.reason === 'expired') throw new AppError('QR_EXPIRED', EXPIRED_SCENE);
  throw new AppError('QR_INVALID', UNREADABLE_SCENE);
}

/**
 * A signed scene of the one kind an action consumes, verified and unexpired. Another kind (a book code held up to
 * the check-in, a check-in code offered as an invitation) is QR_INVALID: a valid signature grants only its own kind.
 */
export function readGrantingScene<T extends SignedSceneType>(scene: string, type: T, deps: SceneDeps): SceneFacts<T> {
  const words = SIGNED_WORDS[type];
  const verdict = readScene(scene, deps.sceneKey, deps.now());
  if (!verdict.ok) {
    if (verdict.reason === 'expired') throw new AppError('QR_EXPIRED', words.expired);
    throw new AppError('QR_INVALID', UNREADABLE_SCENE);
  }
  if (verdict.type !== type) throw new AppError('QR_INVALID', words.wrongKind);
  // The type was just checked; TypeScript cannot narrow a generic union by it.
  return verdict as unknown as SceneFacts<T>;
}

/**
 * A sealed scene of one kind (an elder's printed card): its signature checked; another kind, forged or altered is
 * QR_INVALID with `wrongKind` or the unreadable sentence. Whether the thing it names is still good is the caller's.
 */
export function readSealedScene<T extends SealedSceneType>(
  scene: string,
  type: T,
  wrongKind: string,
  deps: SceneDeps,
): SceneFacts<T> {
  const verdict = readScene(scene, deps.sceneKey, deps.now());
  if (!verdict.ok) throw new AppError('QR_INVALID', UNREADABLE_SCENE);
  if (verdict.type !== type) throw new AppError('QR_INVALID', wrongKind);
  return verdict as unknown as SceneFacts<T>;
}
