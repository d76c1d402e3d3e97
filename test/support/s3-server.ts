// A local S3-compatible endpoint for the tests (s3rver, an npm dev dependency: nothing is fetched at run time),
// started per suite on a free loopback port with its own folder and an empty bucket, the way PostgreSQL is.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import type { FileStoreSettings } from '../../backend/files/file-store-settings';

export interface LocalS3 {
  endpoint: string;
  bucket: string;
  /** The settings a host or a cloud function is given (FILE_STORE=s3 …). */
  settings: Extract<FileStoreSettings, { kind: 's3' }>;
  /** The same as environment variables, for a cloud function run as WeChat would. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

export async function startLocalS3(bucket = 'silver-pioneers-media'): Promise<LocalS3> {
  const directory = mkdtempSync(path.join(tmpdir(), 'sp-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  // s3rver accepts these fixed keys; a real bucket's keys come from the environment the same way.
  const keys = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  return {
    endpoint,
    bucket,
    settings: { kind: 's3', s3: { endpoint, bucket, region: 'us-east-1', forcePathStyle: true, ...keys } },
    env: {
      FILE_STORE: 's3',
      S3_ENDPOINT: endpoint,
      S3_BUCKET: bucket,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: keys.accessKeyId,
      S3_SECRET_ACCESS_KEY: keys.secretAccessKey,
      S3_FORCE_PATH_STYLE: 'true',
    },
    async stop() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
