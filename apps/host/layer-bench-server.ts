// For the throughput bench only (bench/throughput.mjs bundles and runs it; the host never loads it): account.me's
// answer served by fastify with one more of the host's layers at a time, so the bench can say what each costs.
//   LAYER=bare     a fastify route that parses the JSON body and answers the fixed bytes of account.me
//   LAYER=auth     + the bearer token verified (session-tokens.ts)
//   LAYER=profile  + the caller resolved: the person's profile and session version (caller.ts), the user built
// The last layer, + the envelope (router, validation, handler, the host's hooks and headers), is the host itself.
// Env: PORT, DATA_DIR (the host's seeded SQLite folder), LAYER, ANSWER (the bytes the host answered). Loopback only.
import Fastify from 'fastify';
import { toUser } from '../../backend/domains/account/actions/user-view';
import { resolveCaller } from '../../backend/runtime/caller';
import { createDeps } from '../../backend/runtime/create-deps';
import type { Deps } from '../../backend/runtime/deps';
import { createLogger } from '../../backend/runtime/logger';
import { diskFileStore } from '../../backend/files/disk-file-store';
import { hostQrImages } from './host-qr-images';
import { parseJsonBody } from './json-body';

type Layer = 'bare' | 'auth' | 'profile';

async function main(): Promise<void> {
  const layer = process.env.LAYER as Layer;
  if (layer !== 'bare' && layer !== 'auth' && layer !== 'profile') throw new Error(`unknown LAYER ${layer}`);
  const answer = process.env.ANSWER ?? '';
  const dataDir = process.env.DATA_DIR ?? '';
  const deps: Deps | null =
    layer === 'bare'
      ? null
      : await createDeps({
          dataDir,
          demoMode: true,
          publicUrl: 'http://127.0.0.1',
          qrImages: hostQrImages(),
          files: diskFileStore(`${dataDir}/media`),
          log: createLogger('warn'),
        });

  const app = Fastify({ logger: false });
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, parseJsonBody);
  app.get('/healthz', async () => ({ ok: true }));
  app.post('/api/:fn', async (req, reply) => {
    reply.type('application/json; charset=utf-8');
    if (deps === null) return answer;
    const auth = req.headers.authorization;
    const token = auth === undefined ? null : auth.replace(/^Bearer\s+/i, '');
    if (layer === 'auth') {
      const claims = token === null ? null : await deps.tokens.verify(token);
      if (claims === null) return reply.status(401).send('{"ok":false}');
      return answer;
    }
    const caller = await resolveCaller({ source: 'host', token, ip: req.ip }, deps, true);
    if (caller.kind !== 'person') return reply.status(401).send('{"ok":false}');
    return JSON.stringify({ ok: true, data: { user: toUser(caller) } });
  });
  await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
  const stop = () => {
    void app.close().then(async () => {
      await deps?.database.close();
      process.exit(0);
    });
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`layer server failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
