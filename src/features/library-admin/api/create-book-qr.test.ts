// A book's QR code is made by a write (qrcode.create): it carries a request id.
import { createBookQr } from './create-book-qr';

describe('createBookQr', () => {
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
    await createBookQr(9);
    expect(sent().requestId).toMatch(/^[0-9a-z]+-[0-9a-z]+$/);
    expect(sent().data).toEqual({ type: 'book', id: 9 });
  });

  it('sends the request id it is given (useAction keeps one per intent)', async () => {
    await createBookQr(9, 'intent-1');
    expect(sent().requestId).toBe('intent-1');
  });
});
