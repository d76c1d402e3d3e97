// Only fetch (the network boundary) is replaced; everything else is the real client.
import Taro from '@tarojs/taro';
import { callApi } from './api-client';
import { ApiError, NETWORK_MESSAGE } from './api-error';

function reply(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('callApi (H5)', () => {
  const fetchMock = jest.fn<Promise<Response>, [string, RequestInit]>();

  beforeEach(() => {
    localStorage.clear();
    fetchMock.mockReset();
    globalThis.fetch = fetchMock as unknown as typeof fetch;
  });

  it('posts { action, data } to /api/<fn> with the saved token and resolves with the data', async () => {
    Taro.setStorageSync('session.token', 'tok123');
    fetchMock.mockResolvedValue(reply(200, { ok: true, data: { user: { id: 1, name: '张三' } } }));
    const result = await callApi('account', 'me', {});
    expect(result).toEqual({ user: { id: 1, name: '张三' } });
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/account');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>).authorization).toBe('Bearer tok123');
    expect(JSON.parse(String(init.body))).toEqual({ action: 'me', data: {} });
  });

  it('rejects with the envelope code and message on an error reply', async () => {
    fetchMock.mockResolvedValue(
      reply(403, { ok: false, error: { code: 'FORBIDDEN', message: '只有支部书记可以发邀请码。' } }),
    );
    const call = callApi('account', 'createInvite', { personId: 3 });
    await expect(call).rejects.toBeInstanceOf(ApiError);
    await expect(call).rejects.toMatchObject({ code: 'FORBIDDEN', message: '只有支部书记可以发邀请码。' });
  });

  it('rejects with NETWORK and a plain Chinese sentence when the server cannot be reached', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(callApi('account', 'devLogin', { handle: 'member1' })).rejects.toMatchObject({
      code: 'NETWORK',
      message: NETWORK_MESSAGE,
    });
  });

  it('rejects (never resolves undefined) when the reply is not an envelope', async () => {
    fetchMock.mockResolvedValue(new Response('<html>502 Bad Gateway</html>', { status: 502 }));
    await expect(callApi('account', 'me', {})).rejects.toMatchObject({ code: 'NETWORK' });
    fetchMock.mockResolvedValue(reply(200, { hello: 'world' }));
    await expect(callApi('account', 'me', {})).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});

describe('callApi retries (H5)', () => {
  const fetchMock = jest.fn<Promise<Response>, [string, RequestInit]>();
  beforeEach(() => {
    localStorage.clear();
    fetchMock.mockReset();
    globalThis.fetch = fetchMock as unknown as typeof fetch;
  });

  it('resends a call with a request id once after a network failure, with the same id', async () => {
    fetchMock
      .mockRejectedValueOnce(new TypeError('network down'))
      .mockResolvedValueOnce(reply(200, { ok: true, data: { book: { id: 7 } } }));
    const result = await callApi(
      'audiobooks',
      'createBook',
      { collectionId: 1, title: '书', author: '作者', description: '简介' },
      { requestId: 'req-abc-123' },
    );
    expect(result).toEqual({ book: { id: 7 } });
    expect(fetchMock).toHaveBeenCalledTimes(2);
    const ids = fetchMock.mock.calls.map(
      ([, init]) => (JSON.parse(String(init.body)) as { requestId: string }).requestId,
    );
    expect(ids).toEqual(['req-abc-123', 'req-abc-123']);
  });

  it('does not resend a call without a request id', async () => {
    fetchMock.mockRejectedValue(new TypeError('network down'));
    await expect(callApi('account', 'me', {})).rejects.toMatchObject({ code: 'NETWORK' });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
