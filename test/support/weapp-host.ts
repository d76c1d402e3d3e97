// The seeded demo host the page harness's cloud functions share a database with, driven from the Jest sandbox.
import { requireNative } from './weapp-native';

interface HostRunner {
  start(): Promise<string>;
  post(handle: string, fn: string, payloadJson: string): Promise<string>;
  select(table: string, whereJson: string): Promise<string>;
  stop(): Promise<void>;
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

export interface DemoHost {
  readonly baseUrl: string;
  readonly databaseUrl: string;
  /** The host's file folder (its disk store), where the seed put the demo audio, keyed as in the files table. */
  readonly mediaDir: string;
  /** An action over HTTP as a demo login: only for what someone else set up before the elder's journey. */
  post<T>(handle: string, fn: string, payload: unknown): Promise<Envelope<T>>;
  /** Rows of a table with the given column values. */
  select<T>(table: string, where: Record<string, string | number>): Promise<T[]>;
  stop(): Promise<void>;
}

export async function startDemoHost(): Promise<DemoHost> {
  // Node's own require: the host runs in the real realm, where pg and fastify have what they need.
  const runner = requireNative<HostRunner>(__filename, './weapp-host-runner.js');
  const { baseUrl, databaseUrl, mediaDir } = JSON.parse(await runner.start()) as {
    baseUrl: string;
    databaseUrl?: string;
    mediaDir: string;
  };
  if (!databaseUrl) throw new Error('the demo host has no PostgreSQL database');
  return {
    baseUrl,
    databaseUrl,
    mediaDir,
    post: async <T>(handle: string, fn: string, payload: unknown) =>
      JSON.parse(await runner.post(handle, fn, JSON.stringify(payload))) as Envelope<T>,
    select: async <T>(table: string, where: Record<string, string | number>) =>
      JSON.parse(await runner.select(table, JSON.stringify(where))) as T[],
    stop: () => runner.stop(),
  };
}
