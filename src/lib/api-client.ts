// One typed way to call a cloud function: Taro.cloud in the mini-program, POST /api/<fn> on H5 (transport.*.ts).
// It resolves with the envelope's data or rejects with an ApiError; it never swallows a failure.
import type { ActionInput, ActionName, ActionOutput, FunctionName } from '../../contracts/api';
import type { Envelope } from '../../contracts/envelope';
import { ApiError, BAD_REPLY_MESSAGE } from './api-error';
import { send, type SendOptions } from './transport';

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

export interface CallOptions extends SendOptions {
  /** From newRequestId(): makes a write safe to resend; a network failure is then retried once. */
  requestId?: string;
}

export async function callApi<F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  data: ActionInput<F, A>,
  options: CallOptions = {},
): Promise<ActionOutput<F, A>> {
  const event = options.requestId ? { action, data, requestId: options.requestId } : { action, data };
  const sendOnce = () => send(fn, event, options);
  let reply: unknown;
  try {
    reply = await sendOnce();
  } catch (error) {
    if (!(options.requestId && error instanceof ApiError && error.code === 'NETWORK')) throw error;
    await new Promise((resolve) => setTimeout(resolve, RESEND_AFTER_MS));
    reply = await sendOnce();
  }
  return unwrap<ActionOutput<F, A>>(reply);
}
