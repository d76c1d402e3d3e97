// Who is logged in on this device, and the actions that change it.
import { create } from 'zustand';
import type { User } from '../../../contracts/account';
import { ApiError, messageOf } from '../../lib/api-error';
import { useDisplayStore } from '../../lib/display-store';
import { clearToken, readToken, saveToken } from '../../lib/session-storage';
import { devLogin } from './api/dev-login';
import { getMe } from './api/get-me';
import { redeemInvite } from './api/redeem-invite';
import { updatePreferences } from './api/update-preferences';

type Status = 'unknown' | 'checking' | 'signed-in' | 'signed-out' | 'error';

interface AccountState {
  status: Status;
  user: User | null;
  /** Why the session could not be checked (network), in words. */
  error: string | null;
  /** A one-off confirmation for the next screen, e.g. after logging in. */
  notice: string | null;
  restore: () => Promise<void>;
  loginWithHandle: (handle: string) => Promise<void>;
  loginWithInvite: (code: string) => Promise<void>;
  logout: () => void;
  setUser: (user: User) => void;
  clearNotice: () => void;
}

function signedIn(user: User, token: string | undefined, notice: string) {
  if (token) saveToken(token);
  const display = useDisplayStore.getState();
  if (user.preferences.largeText || !display.largeText) {
    // The account's saved choice applies on login: it is what the person chose, on whatever phone.
    display.setLargeText(user.preferences.largeText);
  } else {
    // Big text already on here but not saved to the account: never shrink text under someone who needs it;
    // save it instead (best effort — the device keeps it either way).
    void updatePreferences({ largeText: true }).catch(() => undefined);
    user = { ...user, preferences: { ...user.preferences, largeText: true } };
  }
  return { status: 'signed-in' as const, user, error: null, notice };
}

export const useAccountStore = create<AccountState>()((set, get) => ({
  status: 'unknown',
  user: null,
  error: null,
  notice: null,

  restore: async () => {
    if (get().status === 'checking') return;
    // H5 needs a saved token; in WeChat the cloud knows the caller by OPENID.
    if (process.env.TARO_ENV !== 'weapp' && !readToken()) {
      set({ status: 'signed-out', user: null, error: null });
      return;
    }
    set({ status: 'checking', error: null });
    try {
      const { user } = await getMe();
      set({ status: 'signed-in', user });
    } catch (error) {
      if (error instanceof ApiError && (error.code === 'UNAUTHENTICATED' || error.code === 'NOT_FOUND')) {
        clearToken();
        set({ status: 'signed-out', user: null });
      } else {
        set({ status: 'error', error: messageOf(error) });
      }
    }
  },

  loginWithHandle: async (handle) => {
    const { token, user } = await devLogin(handle.trim().toLowerCase());
    set(signedIn(user, token, `登录成功。欢迎您，${user.name}。`));
  },

  loginWithInvite: async (code) => {
    const { token, user } = await redeemInvite(code);
    set(signedIn(user, token, `邀请码已使用，您已加入${user.orgUnitName}。欢迎您，${user.name}。`));
  },

  logout: () => {
    clearToken();
    set({ status: 'signed-out', user: null, error: null, notice: '您已退出登录。' });
  },

  setUser: (user) => set({ user }),
  clearNotice: () => set({ notice: null }),
}));
