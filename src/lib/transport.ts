// How a call reaches the server on H5 (the default, also what tests run): POST /api/<fn> with the session token.
// The mini-program takes transport.weapp.ts (the WeChat cloud) in place of this file.
import { ApiError, BAD_REPLY_MESSAGE, NETWORK_MESSAGE, OFFLINE_MESSAGE } from './api-error';
import { readToken } from './session-storage';

/** What every cloud function receives: the action, its data, and the client's request id when it sent one. */
export interface ApiEvent {
  action: string;
  data: unknown;
  requestId?: string;
}

export interface SendOptions {
  /** H5: let the request finish after the page is hidden or closed (saving a listening position on leave). */
  keepalive?: boolean;
}

/** The function's raw reply (an envelope, if all went well); rejects with NETWORK when the server cannot be reached. */
export async function send(fn: string, event: ApiEvent, options: SendOptions): Promise<unknown> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const token = readToken();
  if (token) headers.authorization = 'Bearer ' + token;
  let response: Response;
  try {
    response = await fetch('/api/' + fn, {
      method: 'POST',
      headers,
      body: JSON.stringify(event),
      keepalive: options.keepalive === true,
    });
  } catch {
    throw new ApiError(
      'NETWORK',
      typeof navigator !== 'undefined' && navigator.onLine === false ? OFFLINE_MESSAGE : NETWORK_MESSAGE,
    );
  }
  try {
    return await response.json();
  } catch {
    // A proxy's HTML error page or a cut-off body: no envelope to read.
    throw new ApiError(
      response.status >= 500 || response.status === 0 ? 'NETWORK' : 'INTERNAL',
      response.status >= 500 ? NETWORK_MESSAGE : BAD_REPLY_MESSAGE,
    );
  }
}
