// Saving 大字 may be sent twice on a slow line: the write carries a request id.
import { updatePreferences } from './update-preferences';

describe('updatePreferences', () => {
  const fetchMock = jest.fn<Promise<Response>, [string, RequestInit]>();
  beforeEach(() => {
    fetchMock.mockReset();
    fetchMock.mockResolvedValue(
      new Response(JSON.stringify({ ok: true, data: {} }), { headers: { 'content-type': 'application/json' } }),
    );
    globalThis.fetch = fetchMock as unknown as typeof fetch;
  });
  const sent = () => JSON.parse(String(fetchMock.mock.calls[0][1].body)) as { requestId?: string; data: unknown };

  it('sends a fresh request id by default, so a resent tap is done once', async () => {
    await updatePreferences({ largeText: true });
    expect(sent().requestId).toMatch(/^[0-9a-z]+-[0-9a-z]+$/);
    expect(sent().data).toEqual({ largeText: true });
  });

  it('sends the request id it is given (useAction keeps one per intent)', async () => {
    await updatePreferences({ largeText: true }, 'intent-1');
    expect(sent().requestId).toBe('intent-1');
  });
});
