// Which file store a runtime uses, from the environment (README: configuration). Read the same way by the host
// and the WeChat cloud functions, so one deployment names one store for all of its runtimes.
import type { S3Settings } from './s3-file-store';

export type FileStoreKind = 'disk' | 's3' | 'wechat';

export type FileStoreSettings = { kind: 'disk' | 'wechat' } | { kind: 's3'; s3: S3Settings };

const truthy = (value: string | undefined) => value === '1' || value === 'true';

/**
 * FILE_STORE (`disk` in the host, `wechat` in WeChat cloud by default; `s3` anywhere) and, for s3, S3_BUCKET
 * (required), S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_FORCE_PATH_STYLE. A mistake
 * throws with the variable's name, so a host does not start half-configured.
 */
export function readFileStoreSettings(
  env: NodeJS.ProcessEnv,
  allowed: readonly FileStoreKind[],
  fallback: FileStoreKind,
): FileStoreSettings {
  const kind = (env.FILE_STORE || fallback) as FileStoreKind;
  if (!allowed.includes(kind))
    throw new Error(`FILE_STORE must be one of ${allowed.join(', ')}, got ${env.FILE_STORE}`);
  if (kind !== 's3') return { kind };
  const bucket = env.S3_BUCKET;
  if (!bucket) throw new Error('FILE_STORE=s3 needs S3_BUCKET (and S3_ENDPOINT unless the bucket is on AWS)');
  if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY))
    throw new Error('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither');
  return {
    kind,
    s3: {
      endpoint: env.S3_ENDPOINT || undefined,
      bucket,
      region: env.S3_REGION || 'us-east-1',
      accessKeyId: env.S3_ACCESS_KEY_ID || undefined,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY || undefined,
      forcePathStyle: truthy(env.S3_FORCE_PATH_STYLE),
    },
  };
}
