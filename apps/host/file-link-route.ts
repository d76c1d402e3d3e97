// GET /files/<key>?until=…&sig=… : a personal download (an export). The link is signed for the person it was made
// for (backend/rules/file-links.ts) and the fetcher must be signed in as that person with `Authorization: Bearer`,
// so a forwarded link, a session of someone else, a later end or another file are all refused, each with the
// envelope and a sentence. The session token is never part of the URL.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { findFile } from '../../backend/data/files';
import { FILE_FOLDERS, isFileKey } from '../../backend/files/file-keys';
import { readFileLink } from '../../backend/rules/file-links';
import { AppError } from '../../backend/runtime/app-error';
import { resolveCaller } from '../../backend/runtime/caller';
import type { Deps } from '../../backend/runtime/deps';
import { sendError } from './error-answers';
import { bearer } from './host-header';

const SAY = {
  notFound: '没有找到这份表格。它可能已经过期删除了，请回到页面重新导出。',
  signIn: '请先登录，再下载表格。',
  invalid: '下载链接不完整或被改动过。请回到页面重新导出。',
  someoneElse: '这份表格是别人导出的，您不能下载。请在自己的账号里导出一份。',
  expired: '下载链接已经过期了（导出后 10 分钟内有效）。请回到页面重新导出。',
} as const;

/** `attachment` with an ASCII fallback name and the real (Chinese) name per RFC 6266 / 5987. */
function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function registerFileLinkRoute(app: FastifyInstance, deps: Deps): void {
  app.get<{ Params: { '*': string }; Querystring: Record<string, string | string[] | undefined> }>(
    '/files/*',
    async (
      req: FastifyRequest<{ Params: { '*': string }; Querystring: Record<string, string | string[] | undefined> }>,
      reply: FastifyReply,
    ) => {
      let key: string;
      try {
        key = decodeURIComponent(req.params['*']);
      } catch {
        return sendError(reply, 'NOT_FOUND', SAY.notFound);
      }
      if (!isFileKey(key) || !key.startsWith(`${FILE_FOLDERS.exports}/`))
        return sendError(reply, 'NOT_FOUND', SAY.notFound);
      const { until, sig } = req.query;
      if (typeof until !== 'string' || typeof sig !== 'string') return sendError(reply, 'LINK_INVALID', SAY.invalid);

      let personId: number;
      try {
        const caller = await resolveCaller(
          { source: 'host', token: bearer(req.headers.authorization), ip: req.ip },
          deps,
          true,
        );
        if (caller.kind !== 'person') return sendError(reply, 'UNAUTHENTICATED', SAY.signIn);
        personId = caller.person.id;
      } catch (err) {
        if (err instanceof AppError) return sendError(reply, err.code, err.message);
        throw err;
      }

      const verdict = readFileLink({ key, until, sig }, personId, deps.fileLinkKey, deps.now());
      const row = await findFile(deps.database.db, key, 'export');
      if (!verdict.ok) {
        if (verdict.reason === 'forged' && row && row.owner_id !== personId)
          return sendError(reply, 'FORBIDDEN', SAY.someoneElse);
        if (verdict.reason === 'expired') return sendError(reply, 'LINK_EXPIRED', SAY.expired);
        return sendError(reply, 'LINK_INVALID', SAY.invalid);
      }
      if (!row || row.owner_id !== personId) return sendError(reply, 'NOT_FOUND', SAY.notFound);
      const body = await deps.files.read(key);
      if (!body) return sendError(reply, 'NOT_FOUND', SAY.notFound);
      return (
        reply
          .type(row.mime)
          .header('content-length', row.bytes)
          .header('content-disposition', contentDisposition(row.name))
          // A personal file: no shared cache keeps it, and the browser does not either.
          .header('cache-control', 'private, no-store')
          .send(body)
      );
    },
  );
}
