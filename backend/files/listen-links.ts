// Listening links: how a player that cannot send a session header (an <audio> element, WeChat's InnerAudioContext)
// fetches private audio. The link names the person it was made for and ends soon (backend/rules/file-links.ts,
// purpose `listen-link`); the host's GET /listen/… (apps/host/listen-link-route.ts) checks the signature and then
// asks the file's owner domain again, on every request, whether that person may still hear it.
import { signFileLink } from '../rules/file-links';
import { keyToPath } from './file-keys';

export const LISTEN_ROUTE = '/listen/';

/** The host path of a listening link to `key` for this person, good until `expiresAt`. */
export function listenLinkPath(key: string, personId: number, expiresAt: Date, secret: string): string {
  const { until, sig } = signFileLink(key, personId, expiresAt, secret, 'listen-link');
  return `${LISTEN_ROUTE}${keyToPath(key)}?p=${personId}&until=${until}&sig=${sig}`;
}
