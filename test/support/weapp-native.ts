// Node's own require, from inside Jest's sandbox. Jest hands tests its own `module.createRequire`, which loads into
// the jsdom realm; the server side of the page harness (host, pg, the cloud bundles) must run in Node's real realm,
// with the real process.env where wx-server-sdk reads the OPENID.
import { runInThisContext } from 'node:vm';

interface RealProcess {
  getBuiltinModule(id: 'node:module'): { createRequire(filename: string): (id: string) => unknown };
}

/** Requires `id` (relative to `from`) with Node's require, outside Jest's module registry. */
export function requireNative<T>(from: string, id: string): T {
  const realProcess = runInThisContext('process') as RealProcess;
  return realProcess.getBuiltinModule('node:module').createRequire(from)(id) as T;
}
