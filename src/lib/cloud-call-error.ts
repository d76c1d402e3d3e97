// What a failed Taro.cloud.callFunction means, in words a retiree can act on. WeChat rejects with an Error carrying
// errCode and an errMsg that often nests the cloud's own code ("… cloud function service error code -504002 …");
// codes from https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference/errcode.html. Each cause gets its own
// code and sentence: a timeout may have done the work, a crash or a wrong environment will not pass by waiting.
import { ApiError, NETWORK_MESSAGE } from './api-error';

export const CLOUD_TIMEOUT_MESSAGE = '服务器这次没有按时回答，事情可能已经办好了。请先看一看，再决定要不要重试。';
export const CLOUD_CRASHED_MESSAGE = '服务出了故障，这次没有办成。请稍后再试；如果一直这样，请告诉工作人员。';
export const CLOUD_ENV_MESSAGE = '小程序没有连到正确的服务环境，暂时用不了。请告诉工作人员。';
export const CLOUD_MISSING_MESSAGE = '这项服务还没有部署好，暂时用不了。请告诉工作人员。';
export const CLOUD_BUSY_MESSAGE = '现在使用的人太多，请过一会儿再试。';

/** Codes (ours or nested in errMsg) and words, most specific first: a crash report may quote a timeout. */
const CAUSES: { code: ApiError['code']; message: string; codes: number[]; words: RegExp }[] = [
  // -501002 云端响应超时; -404010 / -404012 轮询超时; -604102 调用超时; the runtime's "Task timed out after 20 seconds".
  {
    code: 'CLOUD_TIMEOUT',
    message: CLOUD_TIMEOUT_MESSAGE,
    codes: [-501002, -404010, -404012, -604102],
    words: /timed? ?out|timeout|超时/i,
  },
  // -501005 环境信息异常; "Environment not found" / "Environment invalid" (-501000).
  {
    code: 'CLOUD_ENV',
    message: CLOUD_ENV_MESSAGE,
    codes: [-501005],
    words: /environment (not found|invalid)|env(ironment)? (does )?not exists?|invalid env/i,
  },
  // The function was never uploaded to this environment.
  {
    code: 'CLOUD_MISSING',
    message: CLOUD_MISSING_MESSAGE,
    codes: [],
    words: /FunctionName parameter could not be found|function not found|ResourceNotFound\.Function/i,
  },
  // -501003 / -501004 次数或并发超出环境配额.
  { code: 'CLOUD_BUSY', message: CLOUD_BUSY_MESSAGE, codes: [-501003, -501004], words: /LimitExceeded|quota|配额/i },
  // -404011 函数执行失败, -504002 云函数执行失败: the function threw or its process died.
  {
    code: 'CLOUD_CRASHED',
    message: CLOUD_CRASHED_MESSAGE,
    codes: [-404011, -504002, -504001],
    words: /execution error|执行失败|user code exception/i,
  },
];

function codesIn(error: unknown): { codes: number[]; text: string } {
  if (typeof error !== 'object' || error === null) return { codes: [], text: String(error) };
  const e = error as { errCode?: unknown; errMsg?: unknown; message?: unknown };
  const text = [e.errMsg, e.message].filter((t): t is string => typeof t === 'string').join(' | ');
  const codes = typeof e.errCode === 'number' ? [e.errCode] : [];
  // Nested codes: "errCode: -404011 …", "service error code -504002".
  for (const m of text.matchAll(/(?:errCode:?|error code)\s*(-\d{4,6})/gi)) codes.push(Number(m[1]));
  return { codes, text };
}

/** The ApiError to reject with when callFunction itself failed (no envelope came back). */
export function cloudCallError(error: unknown): ApiError {
  const { codes, text } = codesIn(error);
  for (const cause of CAUSES) {
    if (cause.words.test(text) || codes.some((c) => cause.codes.includes(c)))
      return new ApiError(cause.code, cause.message);
  }
  // -1 with "request:fail", no errCode at all: the phone did not reach WeChat's cloud.
  return new ApiError('NETWORK', NETWORK_MESSAGE);
}
