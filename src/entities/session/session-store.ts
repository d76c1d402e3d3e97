// Who is signed in on this device: checked once against the server, changed by signing in or out. Every screen
// that depends on the person reads it here (through useSession or the session gate).
import { create } from 'zustand';
import type { User } from '../../../contracts/account';
import { ApiError, messageOf } from '../../lib/api-error';
import { useDisplayStore } from '../../lib/display-store';
import { clearToken, readToken, saveToken } from '../../lib/session-storage';
import { getMe } from './api/get-me';
import { updatePreferences } from './api/update-preferences';

export type SessionStatus = 'unknown' | 'checking' | 'signed-in' | 'signed-out' | 'error';

interface SessionState {
  status: SessionStatus;
  user: User | null;
  /** Why the session could not be checked (network), in words. */
  error: string | null;
  /** A one-off confirmation for the next screen, e.g. after signing in. */
  notice: string | null;
  restore: () => Promise<void>;
  /** After a sign-in the server accepted: keep the token (H5), apply the account's display choice, say `notice`. */
  signIn: (user: User, token: string | undefined, notice: string) => void;
  signOut: () => void;
  setUser: (user: User) => void;
  clearNotice: () => void;
}

/** The user as signed in, with 大字 reconciled between this device and the account. */
function withDisplayChoice(user: User): User {
  const display = useDisplayStore.getState();
  if (user.preferences.largeText || !display.largeText) {
    // The account's saved choice applies on sign-in: it is what the person chose, on whatever phone
    // (the account knows big or not; 特大 on this phone stays 特大).
    if (user.preferences.largeText !== display.largeText) display.setLargeText(user.preferences.largeText);
    return user;
  }
  // Big text already on here but not saved to the account: never shrink text under someone who needs it;
  // save it instead (best effort — the device keeps it either way).
  void updatePreferences({ largeText: true }).catch(() => undefined);
  return { ...user, preferences: { ...user.preferences, largeText: true } };
}

export const useSessionStore = create<SessionState>()((set, get) => ({
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

  signIn: (user, token, notice) => {
    if (token) saveToken(token);
    set({ status: 'signed-in', user: withDisplayChoice(user), error: null, notice });
  },

  signOut: () => {
    clearToken();
    set({ status: 'signed-out', user: null, error: null, notice: '您已退出登录。' });
  },

  setUser: (user) => set({ user }),
  clearNotice: () => set({ notice: null }),
}));
