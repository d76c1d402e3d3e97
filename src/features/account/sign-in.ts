// The ways to sign in (a demo handle, an invitation's code or its QR code); the session entity keeps who is signed
// in, and says so on the next screen.
import { useSessionStore } from '../../entities/session/session-store';
import { devLogin } from './api/dev-login';
import { redeemInvite } from './api/redeem-invite';
import { redeemInviteByScene } from './api/redeem-invite-by-scene';

export async function loginWithHandle(handle: string): Promise<void> {
  const { token, user } = await devLogin(handle.trim().toLowerCase());
  useSessionStore.getState().signIn(user, token, `登录成功。欢迎您，${user.name}。`);
}

export async function loginWithInvite(code: string): Promise<void> {
  const { token, user } = await redeemInvite(code);
  useSessionStore.getState().signIn(user, token, `邀请码已使用，您已加入${user.orgUnitName}。欢迎您，${user.name}。`);
}

/** From the scan page's 接受邀请; resolves with the sentence that says what happened. */
export async function loginWithInviteScene(scene: string, requestId: string): Promise<string> {
  const { token, user } = await redeemInviteByScene(scene, requestId);
  const done = `邀请已接受，您已加入${user.orgUnitName}。欢迎您，${user.name}。`;
  useSessionStore.getState().signIn(user, token, done);
  return done;
}
