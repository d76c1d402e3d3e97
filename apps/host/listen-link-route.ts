// GET/HEAD /listen/<key>?p=…&until=…&sig=… : private audio for a player that cannot send a session header (the
// browser's <audio>, WeChat's InnerAudioContext). The link is signed for the person it names and ends soon
// (backend/files/listen-links.ts); then the file's domain decides again on each request whether that person may
// still hear it (a notice's audience, its current version). Range works as on /media; nothing is cached.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { FILE_FOLDERS, isFileKey } from '../../backend/files/file-keys';
import { LISTEN_ROUTE } from '../../backend/files/listen-links';
import { readFileLink } from '../../backend/rules/file-links';
import type { Deps } from '../../backend/runtime/deps';
import { mayHearSpeech } from '../../backend/domains/notices/actions/speech-link';
import { sendError } from './error-answers';
import { PRIVATE_CACHE, sendStoredFile } from './media-route';

const SAY = {
  gone: '没有找到这段朗读。通知可能已经修改或撤回了，请回到通知里再点一次“朗读”。',
  invalid: '朗读的链接不完整或被改动过。请回到通知里再点一次“朗读”。',
  expired: '朗读的链接已经过期了。请回到通知里再点一次“朗读”。',
} as const;

/** Who decides, per private folder a listening link may name. */
const AUDIENCES: Record<string, (deps: Deps, key: string, personId: number) => Promise<boolean>> = {
  [FILE_FOLDERS.noticeSpeech]: mayHearSpeech,
};

const PERSON_ID = /^[1-9][0-9]{0,9}$/;

type ListenRequest = FastifyRequest<{
  Params: { '*': string };
  Querystring: Record<string, string | string[] | undefined>;
}>;

export function registerListenLinkRoute(app: FastifyInstance, deps: Deps): void {
  const refuse = (reply: FastifyReply, code: 'NOT_FOUND' | 'LINK_INVALID' | 'LINK_EXPIRED', message: string) =>
    sendError(reply.header('cache-control', PRIVATE_CACHE), code, message);
  const serve = async (req: ListenRequest, reply: FastifyReply) => {
    let key: string;
    try {
      key = decodeURIComponent(req.params['*']);
    } catch {
      return refuse(reply, 'NOT_FOUND', SAY.gone);
    }
    const folder = key.slice(0, key.lastIndexOf('/'));
    const audience = Object.hasOwn(AUDIENCES, folder) ? AUDIENCES[folder] : undefined;
    if (!isFileKey(key) || !audience) return refuse(reply, 'NOT_FOUND', SAY.gone);
    const { p, until, sig } = req.query;
    if (typeof p !== 'string' || !PERSON_ID.test(p) || typeof until !== 'string' || typeof sig !== 'string')
      return refuse(reply, 'LINK_INVALID', SAY.invalid);
    const personId = Number(p);
    const verdict = readFileLink({ key, until, sig }, personId, deps.fileLinkKey, deps.now(), 'listen-link');
    if (!verdict.ok)
      return verdict.reason === 'expired'
        ? refuse(reply, 'LINK_EXPIRED', SAY.expired)
        : refuse(reply, 'LINK_INVALID', SAY.invalid);
    if (!(await audience(deps, key, personId))) return refuse(reply, 'NOT_FOUND', SAY.gone);
    const file = await deps.files.stat(key);
    if (!file) return refuse(reply, 'NOT_FOUND', SAY.gone);
    return sendStoredFile(req, reply, deps.files, key, file, PRIVATE_CACHE);
  };
  app.route({ method: ['GET', 'HEAD'], url: `${LISTEN_ROUTE}*`, exposeHeadRoute: false, handler: serve });
}
