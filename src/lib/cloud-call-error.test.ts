// The mini-program's transport: each way Taro.cloud.callFunction can fail gets its own code and sentence. The
// errors are shaped as WeChat reports them (errCode plus an errMsg quoting the cloud's own code, as in the
// developer community's reports); only callFunction, the WeChat boundary, is replaced.
import Taro from '@tarojs/taro';
import { ApiError, isPassingFailure, isUnanswered, NETWORK_MESSAGE } from './api-error';
import {
  CLOUD_BUSY_MESSAGE,
  CLOUD_CRASHED_MESSAGE,
  CLOUD_ENV_MESSAGE,
  CLOUD_MISSING_MESSAGE,
  CLOUD_TIMEOUT_MESSAGE,
} from './cloud-call-error';
import { send } from './transport.weapp';

const wxError = (errCode: number, errMsg: string) =>
  Object.assign(new Error(`errCode: ${errCode} | errMsg: ${errMsg}`), { errCode, errMsg });

const CASES: [string, unknown, string, string][] = [
  [
    'the function ran past its timeout',
    wxError(
      -404011,
      'cloud.callFunction:fail requestID 1f2e, cloud function service error code -504002, error message Task timed out after 20 seconds',
    ),
    'CLOUD_TIMEOUT',
    CLOUD_TIMEOUT_MESSAGE,
  ],
  [
    'the cloud answered too late',
    wxError(-501002, 'cloud.callFunction:fail resource server timeout'),
    'CLOUD_TIMEOUT',
    CLOUD_TIMEOUT_MESSAGE,
  ],
  [
    'the function crashed (it threw, or its process died)',
    wxError(
      -404011,
      "cloud.callFunction:fail requestID 66c1, cloud function service error code -504002, error message Error: Cannot find module 'wx-server-sdk'",
    ),
    'CLOUD_CRASHED',
    CLOUD_CRASHED_MESSAGE,
  ],
  [
    "the environment is not this mini-program's",
    wxError(
      -404011,
      'cloud.callFunction:fail cloud function service error code -501005, error message Environment not found',
    ),
    'CLOUD_ENV',
    CLOUD_ENV_MESSAGE,
  ],
  [
    'no environment was set and none is default',
    wxError(-501000, 'cloud.callFunction:fail Environment invalid and please check your parameters'),
    'CLOUD_ENV',
    CLOUD_ENV_MESSAGE,
  ],
  [
    'the function was never uploaded',
    wxError(
      -404011,
      'cloud.callFunction:fail requestID 4ee3, cloud function service error code -501000, error message FunctionName parameter could not be found.',
    ),
    'CLOUD_MISSING',
    CLOUD_MISSING_MESSAGE,
  ],
  [
    'too many calls at once for the plan',
    wxError(-501004, 'cloud.callFunction:fail concurrent requests exceed the environment quota'),
    'CLOUD_BUSY',
    CLOUD_BUSY_MESSAGE,
  ],
  ['the phone has no network', wxError(-1, 'cloud.callFunction:fail request:fail'), 'NETWORK', NETWORK_MESSAGE],
  ['something that is not an Error at all', 'fail', 'NETWORK', NETWORK_MESSAGE],
];

describe('a failed cloud call in the mini-program', () => {
  const callFunction = jest.fn();
  beforeAll(() => {
    (Taro as unknown as { cloud: { callFunction: typeof callFunction } }).cloud = { callFunction };
  });
  beforeEach(() => callFunction.mockReset());

  it.each(CASES)('%s: rejects with its own code and sentence', async (_name, thrown, code, message) => {
    callFunction.mockRejectedValue(thrown);
    const call = send('events', { action: 'signUp', data: { eventId: 3 } }, {});
    await expect(call).rejects.toBeInstanceOf(ApiError);
    await expect(call).rejects.toMatchObject({ code, message });
  });

  it('gives five different sentences for the five WeChat causes, none of them the network one', () => {
    const sentences = new Set(CASES.filter(([, , code]) => code !== 'NETWORK').map(([, , , message]) => message));
    expect(sentences.size).toBe(5);
    expect(sentences.has(NETWORK_MESSAGE)).toBe(false);
  });

  it('hands back the envelope untouched when the call itself worked', async () => {
    callFunction.mockResolvedValue({
      result: { ok: false, error: { code: 'DATABASE_UNAVAILABLE', message: '服务暂时连不上数据库，请稍后再试。' } },
    });
    await expect(send('account', { action: 'me', data: {} }, {})).resolves.toEqual({
      ok: false,
      error: { code: 'DATABASE_UNAVAILABLE', message: '服务暂时连不上数据库，请稍后再试。' },
    });
    expect(callFunction).toHaveBeenCalledWith({ name: 'account', data: { action: 'me', data: {} } });
  });
});

// Listening progress is kept and resent, and 再试一次 is offered, only when waiting can help: a timeout, a crash, a
// busy plan or a database that is down pass by themselves; a wrong environment or a missing function need staff.
describe('which failures are worth trying again', () => {
  it('counts the passing service failures and not the deployment mistakes or refusals', () => {
    const passes = (code: ApiError['code']) => isPassingFailure(new ApiError(code, '…'));
    for (const code of [
      'NETWORK',
      'INTERNAL',
      'RATE_LIMITED',
      'DATABASE_UNAVAILABLE',
      'CLOUD_TIMEOUT',
      'CLOUD_CRASHED',
      'CLOUD_BUSY',
    ] as const)
      expect([code, passes(code)]).toEqual([code, true]);
    for (const code of [
      'CLOUD_ENV',
      'CLOUD_MISSING',
      'SCHEMA_OUTDATED',
      'FORBIDDEN',
      'VALIDATION',
      'EVENT_FULL',
    ] as const)
      expect([code, passes(code)]).toEqual([code, false]);
    expect(isPassingFailure(new Error('not ours'))).toBe(false);
  });

  it('keeps a scan on the phone only when the service gave no answer of its own', () => {
    const unanswered = (code: ApiError['code']) => isUnanswered(new ApiError(code, '…'));
    for (const code of ['NETWORK', 'CLOUD_TIMEOUT', 'CLOUD_CRASHED', 'CLOUD_BUSY', 'DATABASE_UNAVAILABLE'] as const)
      expect([code, unanswered(code)]).toEqual([code, true]);
    for (const code of ['INTERNAL', 'RATE_LIMITED', 'CLOUD_ENV', 'OUTSIDE_SHIFT', 'QR_EXPIRED'] as const)
      expect([code, unanswered(code)]).toEqual([code, false]);
  });
});
