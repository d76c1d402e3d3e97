// One function's actions over real HTTP as the demo's people, typed from its contract, and the hostile check every
// suite makes: refused with this status and code, a Chinese sentence, and not one table written.
import type { Kysely } from 'kysely';
import type { Schema } from '../../backend/data/schema';
import { post, type ApiReply } from './api';
import type { TestHost } from './start-host';
import { snapshotTables } from './table-snapshot';
import type { TokenOf } from './tokens';

/** A sentence a retiree can read: Chinese, ending like a sentence. */
export const CHINESE_SENTENCE = /\p{Script=Han}.*[。！？]$/u;

type ApiShape<Api> = { [A in keyof Api]: { output: unknown } };

export function functionCalls<Api extends ApiShape<Api>>(fn: string, host: () => TestHost, tokenOf: TokenOf) {
  type Out<A extends keyof Api> = Api[A]['output'];
  /** `handle` null: signed out. */
  const call = async <A extends keyof Api & string>(
    handle: string | null,
    action: A,
    data: unknown,
    requestId?: string,
  ): Promise<ApiReply<Out<A>>> =>
    post<Out<A>>(
      host().baseUrl,
      fn,
      { action, data, ...(requestId ? { requestId } : {}) },
      handle ? await tokenOf(handle) : undefined,
    );
  /** The answer's data; anything else throws with the envelope. */
  const ok = async <A extends keyof Api & string>(
    handle: string | null,
    action: A,
    data: unknown,
    requestId?: string,
  ): Promise<Out<A>> => {
    const reply = await call(handle, action, data, requestId);
    if (!reply.body.ok) throw new Error(`${action}: ${JSON.stringify(reply.body)}`);
    return reply.body.data;
  };
  return { call, ok };
}

/** Refused with this status and code and a Chinese sentence (matching `words`), and no table but `except` changed. */
export function refusalCheck(db: () => Kysely<Schema>, except: readonly string[] = ['audit_log']) {
  return async (attempt: () => Promise<ApiReply<unknown>>, status: number, code: string, words?: RegExp) => {
    const before = await snapshotTables(db(), except);
    const reply = await attempt();
    const error = reply.body.ok ? null : reply.body.error;
    expect({ status: reply.status, code: error?.code }).toEqual({ status, code });
    expect(error?.message).toMatch(CHINESE_SENTENCE);
    if (words) expect(error?.message).toMatch(words);
    expect(await snapshotTables(db(), except)).toEqual(before);
  };
}
