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

/** A fresh id for one user intent (a form sent once): the server answers a resend of it without doing it twice. */
export function newRequestId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/** Sent once more on a network failure when the call carries a request id (so the resend is harmless). */
const RESEND_AFTER_MS = 1000;

async function viaCloud(fn: string, action: string, data: unknown, options: CallOptions): Promise<unknown> {
  try {
    const res = await Taro.cloud.callFunction({ name: fn, data: { action, data, ...(options.requestId ? { requestId: options.requestId } : {}) } });
    return res.result;
  } catch {
    throw new ApiError('NETWORK', NETWORK_MESSAGE);
  }
}

export interface CallOptions {
  /** H5: let the request finish after the page is hidden or closed (saving a listening position on leave). */
  keepalive?: boolean;
  /** From newRequestId(): makes a write safe to resend; a network failure is then retried once. */
  requestId?: string;
}

async function viaHttp(fn: string, action: string, data: unknown, options: CallOptions): Promise<unknown> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const token = readToken();
  if (token) headers.authorization = 'Bearer ' + token;
  let response: Response;
  try {
    const event = options.requestId ? { action, data, requestId: options.requestId } : { action, data };
    response = await fetch('/api/' + fn, { method: 'POST', headers, body: JSON.stringify(event), keepalive: options.keepalive === true });
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
  const send = () => (process.env.TARO_ENV === 'weapp' ? viaCloud(fn, action, data, options) : viaHttp(fn, action, data, options));
  let reply: unknown;
  try {
    reply = await send();
  } catch (error) {
    if (!(options.requestId && error instanceof ApiError && error.code === 'NETWORK')) throw error;
    await new Promise((resolve) => setTimeout(resolve, RESEND_AFTER_MS));
    reply = await send();
  }
  return unwrap<ActionOutput<F, A>>(reply);
}
