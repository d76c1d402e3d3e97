// A hand 登记签到 may be tapped twice on a slow line: the write carries a request id.
import { markAttendance } from './mark-attendance';

describe('markAttendance', () => {
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
    await markAttendance(7, 3, true);
    expect(sent().requestId).toMatch(/^[0-9a-z]+-[0-9a-z]+$/);
    expect(sent().data).toEqual({ eventId: 7, personId: 3, attended: true });
  });

  it('sends the request id it is given (useAction keeps one per intent)', async () => {
    await markAttendance(7, 3, true, 'intent-1');
    expect(sent().requestId).toBe('intent-1');
  });
});
