// A tiny HTTP client for integration tests: real requests, the raw status and envelope back.
import { request as httpRequest } from 'node:http';
export interface ApiReply<T = unknown> {
  status: number;
  body: { ok: true; data: T } | { ok: false; error: { code: string; message: string } };
  headers: Headers;
}

export async function post<T = unknown>(
  baseUrl: string,
  fn: string,
  payload: unknown,
  token?: string,
  rawBody?: string,
): Promise<ApiReply<T>> {
  const res = await fetch(`${baseUrl}/api/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: rawBody ?? JSON.stringify(payload),
  });
  return { status: res.status, body: (await res.json()) as ApiReply<T>['body'], headers: res.headers };
}

export async function login(baseUrl: string, handle: string): Promise<string> {
  const reply = await post<{ token: string }>(baseUrl, 'account', { action: 'devLogin', data: { handle } });
  if (!reply.body.ok) throw new Error(`login ${handle} failed: ${JSON.stringify(reply.body)}`);
  return reply.body.data.token;
}

/**
 * A GET sent exactly as written: no dot-segment tidying and no added cache headers (fetch adds
 * `cache-control: no-cache` to conditional requests, which would hide a 304).
 */
export function rawGet(
  baseUrl: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${baseUrl}/`, { path, headers }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The data of a reply that must succeed; a refusal fails the test with the whole envelope. */
export async function dataOf<T>(reply: Promise<ApiReply<T>>): Promise<T> {
  const { body } = await reply;
  if (!body.ok) throw new Error(JSON.stringify(body));
  return body.data;
}
