// What the host reads from a request's headers, the same on every route. The Host header a request must carry:
// HTTP/1.1 requires one, and a value outside RFC 3986's host characters is refused with the envelope (Node's own
// refusal is a bare 400, and the header reaches logs and links). The session token of `Authorization: Bearer`.
import type { IncomingMessage } from 'node:http';

/** What a Host header may hold: a name or address and a port (RFC 3986 host characters). */
const HOST_HEADER = /^[A-Za-z0-9._~!$&'()*+,;=:%[\]-]+$/;

/** HTTP/1.0 may go without; otherwise present and made of host characters. */
export function isAcceptableHost(req: IncomingMessage): boolean {
  const host = req.headers.host;
  return req.httpVersion === '1.0' || (host !== undefined && HOST_HEADER.test(host));
}

/** The token of `Authorization: Bearer <token>`; null when there is no header (the token is verified by the caller). */
export function bearer(header: string | undefined): string | null {
  if (header === undefined) return null;
  // What our clients send, taken without a regular expression: this runs on every call.
  if (header.startsWith('Bearer ') && !/\s/.test(header.charAt(7))) return header.slice(7);
  return header.replace(/^Bearer\s+/i, '');
}
