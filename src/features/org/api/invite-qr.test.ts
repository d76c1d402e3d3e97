// An invitation's QR code is made by a write (qrcode.create): it carries a request id.
import { inviteQr } from './invite-qr';

describe('inviteQr', () => {
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
    await inviteQr(5);
    expect(sent().requestId).toMatch(/^[0-9a-z]+-[0-9a-z]+$/);
    expect(sent().data).toEqual({ type: 'invitation', id: 5 });
  });

  it('sends the request id it is given (useAction keeps one per intent)', async () => {
    await inviteQr(5, 'intent-1');
    expect(sent().requestId).toBe('intent-1');
  });
});
