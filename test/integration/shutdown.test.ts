// SIGTERM: the host stops taking new work, finishes the request in flight, and exits cleanly.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

function waitForReady(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => reject(new Error(`host did not start: ${buffered}`)), 15_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const match = /"msg":"host ready","url":"http:\/\/127\.0\.0\.1:(\d+)"/.exec(buffered);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => reject(new Error(`host exited early (${code}): ${buffered}`)));
  });
}

describe('graceful shutdown', () => {
  let dataDir: string;
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build-host.mjs'], { cwd: root, stdio: 'pipe' });
    dataDir = mkdtempSync(path.join(tmpdir(), 'sp-shutdown-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('finishes a request that was in flight when SIGTERM arrived, then exits 0', async () => {
    const child = spawn(process.execPath, ['dist/host/main.js'], {
      cwd: root,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info', DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const port = await waitForReady(child);
      const body = JSON.stringify({ action: 'devLogin', data: { handle: 'member1' } });
      const socket = connect(port, '127.0.0.1');
      await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
      let response = '';
      socket.on('data', (chunk) => (response += chunk.toString()));
      const half = Math.floor(body.length / 2);
      socket.write(
        `POST /api/account HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body.slice(0, half)}`,
      );
      await new Promise((r) => setTimeout(r, 150));

      child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 300));
      expect(child.exitCode).toBeNull(); // still finishing the request in flight

      socket.write(body.slice(half));
      await new Promise<void>((resolve) => socket.once('close', () => resolve()));
      expect(response).toMatch(/^HTTP\/1\.1 200/);
      expect(response).toContain('"ok":true');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
