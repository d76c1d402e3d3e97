// The error every API call rejects with: the envelope's stable code and a message a retiree can read.
import type { ErrorCode } from '../../contracts/envelope';

/**
 * Codes only the client gives: NETWORK (the server was not reached) and, in the mini-program, why WeChat's cloud
 * refused the call (src/lib/cloud-call-error.ts).
 */
export type ClientErrorCode =
  ErrorCode | 'NETWORK' | 'CLOUD_TIMEOUT' | 'CLOUD_CRASHED' | 'CLOUD_ENV' | 'CLOUD_MISSING' | 'CLOUD_BUSY';

export const NETWORK_MESSAGE = '网络不太好，没有连上服务器。请稍后再试。';
/** The phone itself says it has no network: that is the cause, and turning it on is the next step. */
export const OFFLINE_MESSAGE = '手机没有连上网络，所以没有打开。请打开无线网或手机流量，然后再试一次。';
export const BAD_REPLY_MESSAGE = '服务器的回答出了问题。请稍后再试。';

export class ApiError extends Error {
  readonly code: ClientErrorCode;
  readonly traceId?: string;

  constructor(code: ClientErrorCode, message: string, traceId?: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.traceId = traceId;
  }
}

/**
 * Failures of the line or the service, not of the request: the same request can succeed later without anyone acting
 * (a deployment mistake, CLOUD_ENV / CLOUD_MISSING / SCHEMA_OUTDATED, needs staff and is not one).
 */
const PASSING_FAILURES: ReadonlySet<ClientErrorCode> = new Set<ClientErrorCode>([
  'NETWORK',
  'INTERNAL',
  'RATE_LIMITED',
  'DATABASE_UNAVAILABLE',
  'CLOUD_TIMEOUT',
  'CLOUD_CRASHED',
  'CLOUD_BUSY',
]);

export function isPassingFailure(error: unknown): boolean {
  return error instanceof ApiError && PASSING_FAILURES.has(error.code);
}

/** The same, from a failure's code as useAction's Said carries it (none: not the server's answer, also passing). */
export function tryAgainHelps(code: ClientErrorCode | undefined): boolean {
  return code === undefined || PASSING_FAILURES.has(code);
}

const UNANSWERED: ReadonlySet<ClientErrorCode> = new Set<ClientErrorCode>([
  'NETWORK',
  'CLOUD_TIMEOUT',
  'CLOUD_CRASHED',
  'CLOUD_BUSY',
  'DATABASE_UNAVAILABLE',
]);

/**
 * The service gave no answer of its own (line, cloud or database down, or too slow), so work kept on the phone and
 * resent later under the same client id does no harm, unlike a refusal, a limit or a bug (INTERNAL).
 */
export function isUnanswered(error: unknown): boolean {
  return error instanceof ApiError && UNANSWERED.has(error.code);
}

/** A message fit to show a person, whatever was thrown. */
export function messageOf(error: unknown): string {
  return error instanceof ApiError ? error.message : BAD_REPLY_MESSAGE;
}
