// The two ways to sign in; the session entity keeps who is signed in, and says so on the next screen.
import { useSessionStore } from '../../entities/session/session-store';
import { devLogin } from './api/dev-login';
import { redeemInvite } from './api/redeem-invite';

export async function loginWithHandle(handle: string): Promise<void> {
  const { token, user } = await devLogin(handle.trim().toLowerCase());
  useSessionStore.getState().signIn(user, token, `登录成功。欢迎您，${user.name}。`);
}

export async function loginWithInvite(code: string): Promise<void> {
  const { token, user } = await redeemInvite(code);
  useSessionStore.getState().signIn(user, token, `邀请码已使用，您已加入${user.orgUnitName}。欢迎您，${user.name}。`);
}
