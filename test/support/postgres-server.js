// A throwaway PostgreSQL for the test run. CI starts one and sets TEST_DATABASE_URL; on a developer machine with
// PostgreSQL binaries but no TEST_DATABASE_URL, we start one ourselves (as the `postgres` user when run as root).
// Plain CommonJS: Jest's global setup runs before any transform is configured.
const { execFileSync, spawnSync } = require('node:child_process');
const { existsSync, mkdtempSync, readdirSync, chmodSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');

function findBinDir() {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) if (existsSync(path.join(root, v, 'bin', 'initdb'))) return path.join(root, v, 'bin');
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  return which.status === 0 ? path.dirname(which.stdout.trim()) : null;
}

/**
 * @param {{ maxConnections?: number }} [options] max_connections (default 200); the connections bench sets a small one
 * @returns {{ url: string, stop(): void } | null}
 */
function startThrowawayPostgres(options = {}) {
  const bin = findBinDir();
  if (!bin) return null;
  const dir = mkdtempSync(path.join(tmpdir(), 'sp-pg-'));
  chmodSync(dir, 0o777);
  const dataDir = path.join(dir, 'data');
  const port = 20000 + Math.floor(Math.random() * 20000);
  const asRoot = process.getuid && process.getuid() === 0;
  const run = (cmd, args) => {
    if (asRoot)
      execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', [cmd, ...args].map((a) => `'${a}'`).join(' ')], {
        stdio: 'pipe',
      });
    else execFileSync(cmd, args, { stdio: 'pipe' });
  };
  run(path.join(bin, 'initdb'), ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=${options.maxConnections ?? 200}`;
  run(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-l', path.join(dir, 'log'), '-w', '-o', opts, 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

module.exports = { startThrowawayPostgres };
