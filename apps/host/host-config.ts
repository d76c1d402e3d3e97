// Reads the host's configuration from the environment (documented in the README).
import { isIP } from 'node:net';
import path from 'node:path';
import { readPoolSize } from '../../backend/data/database';
import { readPreparedStatements } from '../../backend/data/prepared-statements';
import { readFileStoreSettings, type FileStoreSettings } from '../../backend/files/file-store-settings';
import { parseLogLevel, type LogLevel } from '../../backend/runtime/logger';

export interface HostConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  /** PostgreSQL connections this host keeps open (DB_POOL_SIZE; the database module's default when unset). */
  dbPoolSize?: number;
  /** PostgreSQL: prepare statements per connection (on when absent); DB_PREPARED_STATEMENTS=0 turns it off. */
  dbPreparedStatements?: boolean;
  demoMode: boolean;
  sessionSecret?: string;
  sceneSecret?: string;
  /** What QR codes encode: where phones reach this host. */
  publicUrl: string;
  logLevel: LogLevel;
  h5Dir: string;
  /** The media folder: the disk store's files, and every host's scratch space for uploads in progress. */
  mediaDir: string;
  /** Where files are kept: the media folder (default) or an S3-compatible bucket shared by every host. */
  fileStore?: FileStoreSettings;
  /** How often the host runs due jobs; 0: never (left to other hosts or WeChat's timer trigger). */
  jobIntervalMs?: number;
  /** The host shares its database with the WeChat cloud functions, which send subscribe messages. */
  wechatSendsSubscribeMessages?: boolean;
  /** Which proxies' X-Forwarded-For to believe for the client address (fastify's trustProxy); off by default. */
  trustProxy?: TrustProxy;
}

/** true: every hop; a number: that many hops nearest the host; a list: proxies at these addresses or CIDR ranges. */
export type TrustProxy = boolean | number | string[];

export function readHostConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): HostConfig {
  const dataDir = path.resolve(cwd, env.DATA_DIR ?? 'data');
  const databaseUrl = env.DATABASE_URL || undefined;
  const port = Number(env.PORT ?? 10086);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got ${env.PORT}`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir,
    databaseUrl,
    dbPoolSize: readPoolSize(env.DB_POOL_SIZE),
    dbPreparedStatements: readPreparedStatements(env.DB_PREPARED_STATEMENTS),
    // Demo logins are on for the embedded SQLite demo and off once a real database is configured.
    demoMode:
      env.DEMO_MODE === undefined ? databaseUrl === undefined : env.DEMO_MODE === '1' || env.DEMO_MODE === 'true',
    sessionSecret: env.SESSION_SECRET || undefined,
    sceneSecret: env.SCENE_SECRET || undefined,
    publicUrl: env.PUBLIC_URL || `http://localhost:${port}`,
    logLevel: parseLogLevel(env.LOG_LEVEL),
    h5Dir: path.resolve(cwd, env.H5_DIR ?? 'dist/h5'),
    mediaDir: path.resolve(cwd, env.MEDIA_DIR ?? path.join(dataDir, 'media')),
    fileStore: readFileStoreSettings(env, ['disk', 's3'], 'disk'),
    jobIntervalMs: readJobInterval(env.JOB_INTERVAL_MS),
    wechatSendsSubscribeMessages:
      env.WECHAT_SENDS_SUBSCRIBE_MESSAGES === '1' || env.WECHAT_SENDS_SUBSCRIBE_MESSAGES === 'true',
    trustProxy: readTrustProxy(env.TRUST_PROXY),
  };
}

/**
 * What fastify's trustProxy takes. A hop count becomes "trust the nearest n hops": fastify 5 itself treats a bare
 * number as trusting nobody, since a client that reaches the host directly could then name any address — so a
 * count is only for a host that nothing but its proxies can reach; a list of proxy addresses is the safe choice.
 */
export function fastifyTrustProxy(
  trust: TrustProxy | undefined,
): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (trust === undefined) return false;
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return trust;
}

/**
 * TRUST_PROXY: unset, "", "false" or "0": off (the socket's address is the client); "true": every hop; a whole
 * number: that many proxies in front; otherwise a comma-separated list of proxy addresses or CIDR ranges.
 * A value that is none of these stops the host, so a typo never silently trusts a forged X-Forwarded-For.
 */
export function readTrustProxy(value: string | undefined): TrustProxy | undefined {
  const v = value?.trim() ?? '';
  if (v === '' || v === 'false' || v === '0') return undefined;
  if (v === 'true') return true;
  if (/^\d+$/.test(v)) return Number(v);
  const entries = v.split(',').map((e) => e.trim());
  if (!entries.every(isProxyAddress)) {
    throw new Error(
      `TRUST_PROXY must be true, a number of proxy hops, or a comma-separated list of proxy addresses, got ${value}`,
    );
  }
  return entries;
}

/** An IPv4 or IPv6 address, optionally a CIDR range, or one of the names fastify's proxy-addr knows. */
function isProxyAddress(entry: string): boolean {
  if (entry === 'loopback' || entry === 'linklocal' || entry === 'uniquelocal') return true;
  const [address, bits, extra] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
}

function readJobInterval(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 0)
    throw new Error(`JOB_INTERVAL_MS must be a whole number of milliseconds (0 turns jobs off), got ${value}`);
  return ms;
}
