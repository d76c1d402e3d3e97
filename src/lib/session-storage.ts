// The signed session token for the H5 host, kept on the device so a reload stays logged in.
import Taro from '@tarojs/taro';
import { TOKEN_KEY } from './session-key';

export function readToken(): string | null {
  try {
    const token: unknown = Taro.getStorageSync(TOKEN_KEY);
    return typeof token === 'string' && token.length > 0 ? token : null;
  } catch {
    return null;
  }
}

export function saveToken(token: string): void {
  Taro.setStorageSync(TOKEN_KEY, token);
}

export function clearToken(): void {
  try {
    Taro.removeStorageSync(TOKEN_KEY);
  } catch {
    // Nothing stored: nothing to clear.
  }
}
