// Reads the host's configuration from the environment (documented in the README).
import path from 'node:path';
import { readFileStoreSettings, type FileStoreSettings } from '../../backend/files/file-store-settings';
import { parseLogLevel, type LogLevel } from '../../backend/runtime/logger';

export interface HostConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
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
}

export function readHostConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): HostConfig {
  const dataDir = path.resolve(cwd, env.DATA_DIR ?? 'data');
  const databaseUrl = env.DATABASE_URL || undefined;
  const port = Number(env.PORT ?? 10086);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got ${env.PORT}`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir,
    databaseUrl,
    // Demo logins are on for the embedded SQLite demo and off once a real database is configured.
    demoMode: env.DEMO_MODE === undefined ? databaseUrl === undefined : env.DEMO_MODE === '1' || env.DEMO_MODE === 'true',
    sessionSecret: env.SESSION_SECRET || undefined,
    sceneSecret: env.SCENE_SECRET || undefined,
    publicUrl: env.PUBLIC_URL || `http://localhost:${port}`,
    logLevel: parseLogLevel(env.LOG_LEVEL),
    h5Dir: path.resolve(cwd, env.H5_DIR ?? 'dist/h5'),
    mediaDir: path.resolve(cwd, env.MEDIA_DIR ?? path.join(dataDir, 'media')),
    fileStore: readFileStoreSettings(env, ['disk', 's3'], 'disk'),
    jobIntervalMs: readJobInterval(env.JOB_INTERVAL_MS),
    wechatSendsSubscribeMessages: env.WECHAT_SENDS_SUBSCRIBE_MESSAGES === '1' || env.WECHAT_SENDS_SUBSCRIBE_MESSAGES === 'true',
  };
}

function readJobInterval(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 0) throw new Error(`JOB_INTERVAL_MS must be a whole number of milliseconds (0 turns jobs off), got ${value}`);
  return ms;
}
