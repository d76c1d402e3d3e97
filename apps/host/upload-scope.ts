// What every upload route shares: one multipart file under a size limit, a rate limit per signed-in person (per
// address when signed out) counted before the body is read, a closed connection after an early answer, and the
// uploader checked for a role before anything is kept.
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../../contracts/roles';
import { hasAnyRole } from '../../backend/rules/org-scope';
import { AppError } from '../../backend/runtime/app-error';
import { resolveCaller } from '../../backend/runtime/caller';
import type { Deps } from '../../backend/runtime/deps';
import { sendError } from './error-answers';

export function bearer(header: string | undefined): string | null {
  return header === undefined ? null : header.replace(/^Bearer\s+/i, '');
}

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
  roles: readonly Role[],
  say: { signIn: string; forbidden: string },
): Promise<number | null> {
  try {
    const caller = await resolveCaller({ source: 'host', token: bearer(req.headers.authorization), ip: req.ip }, deps, true);
    if (caller.kind !== 'person') {
      sendError(reply, 'UNAUTHENTICATED', say.signIn);
      return null;
    }
    if (!hasAnyRole(caller.grants, roles)) {
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
