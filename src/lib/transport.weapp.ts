// How a call reaches the server in the mini-program: the WeChat cloud, which tells the function who is calling
// (OPENID), so no token is sent. The H5 build and tests use transport.ts.
import Taro from '@tarojs/taro';
import { cloudCallError } from './cloud-call-error';
import type { ApiEvent, SendOptions } from './transport';

export async function send(fn: string, event: ApiEvent, _options: SendOptions): Promise<unknown> {
  try {
    const res = await Taro.cloud.callFunction({ name: fn, data: event });
    return res.result;
  } catch (error) {
    // A timeout, a crash, a wrong environment and no network each say so, rather than all reading 网络不太好.
    throw cloudCallError(error);
  }
}
