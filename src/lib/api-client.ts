// One typed way to call a cloud function: Taro.cloud in the mini-program, POST /api/<fn> on H5.
// It resolves with the envelope's data or rejects with an ApiError; it never swallows a failure.
import Taro from '@tarojs/taro';
import type { ActionInput, ActionName, ActionOutput, FunctionName } from '../../contracts/api';
import type { Envelope } from '../../contracts/envelope';
import { ApiError, BAD_REPLY_MESSAGE, NETWORK_MESSAGE } from './api-error';
import { readToken } from './session-storage';

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const v = value as { ok: unknown; error?: unknown };
  if (v.ok === true) return 'data' in value;
  if (v.ok !== false || typeof v.error !== 'object' || v.error === null) return false;
  const e = v.error as { code?: unknown; message?: unknown };
  return typeof e.code === 'string' && typeof e.message === 'string';
}

function unwrap<T>(reply: unknown): T {
  if (!isEnvelope(reply)) throw new ApiError('INTERNAL', BAD_REPLY_MESSAGE);
  if (reply.ok) return reply.data as T;
  throw new ApiError(reply.error.code, reply.error.message, reply.error.traceId);
}

async function viaCloud(fn: string, action: string, data: unknown): Promise<unknown> {
  try {
    const res = await Taro.cloud.callFunction({ name: fn, data: { action, data } });
    return res.result;
  } catch {
    throw new ApiError('NETWORK', NETWORK_MESSAGE);
  }
}

export interface CallOptions {
  /** H5: let the request finish after the page is hidden or closed (saving a listening position on leave). */
  keepalive?: boolean;
}

async function viaHttp(fn: string, action: string, data: unknown, options: CallOptions): Promise<unknown> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const token = readToken();
  if (token) headers.authorization = 'Bearer ' + token;
  let response: Response;
  try {
    response = await fetch('/api/' + fn, { method: 'POST', headers, body: JSON.stringify({ action, data }), keepalive: options.keepalive === true });
  } catch {
    throw new ApiError('NETWORK', NETWORK_MESSAGE);
  }
  try {
    return await response.json();
  } catch {
    // A proxy's HTML error page or a cut-off body: no envelope to read.
    throw new ApiError(response.status >= 500 || response.status === 0 ? 'NETWORK' : 'INTERNAL', response.status >= 500 ? NETWORK_MESSAGE : BAD_REPLY_MESSAGE);
  }
}

export async function callApi<F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  data: ActionInput<F, A>,
  options: CallOptions = {},
): Promise<ActionOutput<F, A>> {
  const reply = process.env.TARO_ENV === 'weapp' ? await viaCloud(fn, action, data) : await viaHttp(fn, action, data, options);
  return unwrap<ActionOutput<F, A>>(reply);
}
