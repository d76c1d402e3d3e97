// For the throughput bench only (bench/throughput.mjs bundles and runs it; the host never loads it): account.me's
// answer served with one more of the host's layers at a time, so the bench can say what each costs.
//   LAYER=fastify  a bare fastify route that parses the JSON body and answers the fixed bytes (what the framework costs)
//   LAYER=bare     the host's own fast path (api-fast-path.ts: checks, body, headers) answering the fixed bytes
//   LAYER=auth     + the bearer token verified (session-tokens.ts)
//   LAYER=profile  + the caller resolved: the person's profile and session version (caller.ts), the user built
//   LAYER=router   + the envelope: the real account function (router, validation, handler, log) on the same fast path
// The last row is the host itself: the same router, in the host's own process (fastify beside it, jobs, routes).
// Env: PORT, DATA_DIR (the host's seeded SQLite folder), LAYER, ANSWER (the bytes the host answered). Loopback only.
import Fastify from 'fastify';
import { createServer } from 'node:http';
import type { Envelope } from '../../contracts/envelope';
import { toUser } from '../../backend/domains/account/actions/user-view';
import { resolveCaller } from '../../backend/runtime/caller';
import { createDeps } from '../../backend/runtime/create-deps';
import type { CloudFunction } from '../../backend/runtime/define-function';
import { createLogger } from '../../backend/runtime/logger';
import { diskFileStore } from '../../backend/files/disk-file-store';
import { createApiFastPath } from './api-fast-path';
import { functionsByName } from './function-registry';
import { hostQrImages } from './host-qr-images';
import { parseJsonBody } from './json-body';

const LAYERS = ['fastify', 'bare', 'auth', 'profile', 'router'] as const;
type Layer = (typeof LAYERS)[number];
const REFUSED: Envelope<never> = { ok: false, error: { code: 'UNAUTHENTICATED', message: '请重新登录。' } };

async function main(): Promise<void> {
  const layer = process.env.LAYER as Layer;
  if (!LAYERS.includes(layer)) throw new Error(`unknown LAYER ${layer}`);
  const answer = process.env.ANSWER ?? '';
  const port = Number(process.env.PORT);
  const dataDir = process.env.DATA_DIR ?? '';

  if (layer === 'fastify') {
    const app = Fastify({ logger: false });
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('application/json', { parseAs: 'string' }, parseJsonBody);
    app.get('/healthz', async () => ({ ok: true }));
    app.post('/api/:fn', async (_req, reply) => reply.type('application/json; charset=utf-8').send(answer));
    await app.listen({ port, host: '127.0.0.1' });
    stopOnSignal(() => app.close());
    return;
  }

  const deps = await createDeps({
    dataDir,
    demoMode: true,
    publicUrl: 'http://127.0.0.1',
    qrImages: hostQrImages(),
    files: diskFileStore(`${dataDir}/media`),
    log: createLogger('warn'),
  });
  const fixed = JSON.parse(answer) as Envelope<unknown>;
  // The layer's work stands in for the account function: the fast path around it is the host's own.
  const account: CloudFunction = {
    name: 'account',
    actionNames: ['me'],
    async handle(_event, identity) {
      if (layer === 'bare') return fixed;
      if (layer === 'auth') {
        const token = identity.source === 'host' ? identity.token : null;
        return token !== null && (await deps.tokens.verify(token)) !== null ? fixed : REFUSED;
      }
      const caller = await resolveCaller(identity, deps, true);
      return caller.kind === 'person' ? { ok: true, data: { user: toUser(caller) } } : REFUSED;
    },
  };
  const served = layer === 'router' ? functionsByName.get('account') : account;
  if (served === undefined) throw new Error('the host serves no account function');
  const fastPath = createApiFastPath(new Map([['account', served]]), deps, { bodyLimit: 64 * 1024 });
  const server = createServer((req, res) => {
    if (fastPath.take(req, res)) return;
    res.writeHead(req.url === '/healthz' ? 200 : 404, { 'content-type': 'application/json' }).end('{"ok":true}');
  });
  server.keepAliveTimeout = 72_000;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  stopOnSignal(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await deps.database.close();
  });
}

function stopOnSignal(stop: () => Promise<unknown>): void {
  const onSignal = () => void stop().then(() => process.exit(0));
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}

main().catch((err: unknown) => {
  process.stderr.write(`layer server failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
