// `npm start`: one host process on PORT (default 10086), stopped gracefully by SIGTERM or Ctrl-C.
import { readHostConfig } from './host-config';
import { startHost } from './start-host';

async function main() {
  const host = await startHost(readHostConfig());
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    host.deps.log.info('shutting down', { signal });
    host.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        host.deps.log.error('shutdown failed', { error: String(err) });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  process.stderr.write(`host failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
