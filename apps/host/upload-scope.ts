// What every upload route shares, and the one way to declare one (registerUpload): one multipart file under a size
// limit, a rate limit per signed-in person (per address when signed out) counted before the body is read, the
// uploader checked for a role before the body is read, the body received through takeUpload (upload-body.ts: the
// same idle timeout, size handling and early close for every route), and a closed connection after an early answer.
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { rm } from 'node:fs/promises';
import type { Role } from '../../contracts/roles';
import { hasAnyRole } from '../../backend/rules/org-scope';
import { AppError } from '../../backend/runtime/app-error';
import { resolveCaller } from '../../backend/runtime/caller';
import type { Deps } from '../../backend/runtime/deps';
import { sendError } from './error-answers';
import { bearer } from './host-header';
import { takeUpload, uploadBodyLimit, type TakenUpload, type UploadKinds, type UploadSentences } from './upload-body';

function rateLimitedMessage(ttlMs: number): string {
  return `您上传得太频繁了。请过 ${Math.max(1, Math.ceil(ttlMs / 60_000))} 分钟再上传。`;
}

/** Readies a route scope for uploads of at most `maxFileBytes`, one file part and nothing else. */
export async function prepareUploadScope(scope: FastifyInstance, deps: Deps, maxFileBytes: number): Promise<void> {
  await scope.register(fastifyMultipart, { limits: { fileSize: maxFileBytes, files: 1, fields: 0, parts: 1 } });
  // Only these routes: the API's own limits live with the actions. Counted before the body is read.
  await scope.register(fastifyRateLimit, {
    global: false,
    keyGenerator: async (req: FastifyRequest) => {
      const token = bearer(req.headers.authorization);
      const claims = token ? await deps.tokens.verify(token) : null;
      return claims ? `person:${claims.personId}` : `address:${req.ip}`;
    },
    errorResponseBuilder: (_req, context) => new AppError('RATE_LIMITED', rateLimitedMessage(context.ttl)),
  });
  // Whatever is answered before the body was read in full, the rest of it is not worth reading: close after.
  scope.addHook('onSend', async (req, reply) => {
    if (!req.raw.complete) reply.header('connection', 'close');
  });
}

/**
 * The signed-in uploader's person id when they hold one of `roles`; otherwise the refusal is sent (with the
 * route's own sentences) and the answer is null: the handler then returns `reply`.
 */
export async function uploaderWith(
  req: FastifyRequest,
  reply: FastifyReply,
  deps: Deps,
  roles: readonly Role[] | 'signed-in',
  say: { signIn: string; forbidden: string },
): Promise<number | null> {
  try {
    const caller = await resolveCaller(
      { source: 'host', token: bearer(req.headers.authorization), ip: req.ip },
      deps,
      true,
    );
    if (caller.kind !== 'person') {
      sendError(reply, 'UNAUTHENTICATED', say.signIn);
      return null;
    }
    if (roles !== 'signed-in' && !hasAnyRole(caller.grants, roles)) {
      sendError(reply, 'FORBIDDEN', say.forbidden);
      return null;
    }
    return caller.person.id;
  } catch (err) {
    if (err instanceof AppError) {
      sendError(reply, err.code, err.message);
      return null;
    }
    throw err;
  }
}

export interface UploadRoute<K extends string> {
  path: string;
  /**
   * Who may upload here (any one of these roles), or anyone signed in when the action that uses the file decides
   * (a 民情 agreement: the studio's staff hold no role, they are named on the studio).
   */
  roles: readonly Role[] | 'signed-in';
  maxFileBytes: number;
  kinds: UploadKinds<K>;
  say: UploadSentences & { signIn: string; forbidden: string };
  rateLimit: { max: number; timeWindowMs: number };
  /** No byte of the body for this long ends the upload with an answer (one setting for every route). */
  idleTimeoutMs: number;
  /** Scratch space: part files live in `<mediaDir>/uploads/`. */
  mediaDir: string;
  /** Keeps a received file (moves its part file into the store, records it) and answers; the part file is removed after. */
  keep(
    received: Extract<TakenUpload<K>, { received: unknown }>['received'],
    uploaderId: number,
    reply: FastifyReply,
  ): Promise<FastifyReply>;
}

/** Declares an upload route: its own scope (multipart, rate limit, early close), the uploader's role, the body, then `keep`. */
export async function registerUpload<K extends string>(
  app: FastifyInstance,
  deps: Deps,
  route: UploadRoute<K>,
): Promise<void> {
  await app.register(async (scope) => {
    await prepareUploadScope(scope, deps, route.maxFileBytes);
    scope.post(
      route.path,
      {
        // The 64 KB API body limit does not apply to upload routes; multipart enforces its own file size limit.
        bodyLimit: uploadBodyLimit(route.maxFileBytes),
        config: { rateLimit: { max: route.rateLimit.max, timeWindow: route.rateLimit.timeWindowMs } },
      },
      async (req, reply) => {
        const uploaderId = await uploaderWith(req, reply, deps, route.roles, route.say);
        if (uploaderId === null) return reply;
        const taken = await takeUpload(req, {
          mediaDir: route.mediaDir,
          idleTimeoutMs: route.idleTimeoutMs,
          maxFileBytes: route.maxFileBytes,
          kinds: route.kinds,
          say: route.say,
        });
        if ('refused' in taken) return sendError(reply, taken.refused, taken.message);
        try {
          return await route.keep(taken.received, uploaderId, reply);
        } finally {
          // Gone already when the store took it; a file refused after reading is deleted here.
          await rm(taken.received.temp, { force: true });
        }
      },
    );
  });
}
