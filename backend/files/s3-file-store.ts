// An S3-compatible bucket as the file store (AWS S3, MinIO, Tencent COS, Aliyun OSS …), for several hosts behind a
// load balancer and for a host that shares its files with the WeChat cloud functions. The bucket stays private:
// the host streams the public keys at /media/<key> from it (media-route.ts) with Range and ETag, and private ones
// only through its checked routes, so the H5 app never talks to the bucket. In the WeChat bundle this module is a separate file, loaded only when FILE_STORE=s3 (build-cloud.mjs).
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { createReadStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { FileStore, ListedFile } from '../runtime/deps';
import { isFileKey, mimeOfKey, publicPath } from './file-keys';

export interface S3Settings {
  /** e.g. https://cos.ap-shanghai.myqcloud.com or http://127.0.0.1:9000; absent: AWS itself. */
  endpoint?: string;
  bucket: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  /** bucket in the path (http://host/bucket/key), as MinIO and most local servers need. */
  forcePathStyle: boolean;
  /**
   * Where clients fetch a public `<key>`: the host's `/media/` (default) or a CDN address. A CDN or bucket policy
   * must expose only the public folders (`books/`, `qr/`, chapter uploads): exports and notice audio are private.
   */
  publicBase?: string;
}

export interface S3FileStore extends FileStore {
  /** Throws with a plain sentence when the bucket cannot be reached with these settings (checked at start). */
  check(): Promise<void>;
}

function isMissing(err: unknown): boolean {
  if (!(err instanceof S3ServiceException)) return false;
  return err.$metadata.httpStatusCode === 404 || err.name === 'NoSuchKey' || err.name === 'NotFound';
}

export function s3FileStore(settings: S3Settings): S3FileStore {
  const client = new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    credentials:
      settings.accessKeyId && settings.secretAccessKey
        ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
        : undefined,
    // Checksums only where S3 requires them: many S3-compatible servers refuse the SDK's newer default trailers.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = settings.bucket;
  const base = (settings.publicBase ?? '/media/').replace(/\/*$/, '/');
  const mustKey = (key: string) => {
    if (!isFileKey(key)) throw new Error(`not a file key: ${JSON.stringify(key)}`);
    return key;
  };

  return {
    kind: 's3',
    async check() {
      try {
        await client.send(new HeadBucketCommand({ Bucket }));
      } catch (err) {
        const status = err instanceof S3ServiceException ? err.$metadata.httpStatusCode : undefined;
        throw new Error(
          `S3 bucket "${Bucket}" at ${settings.endpoint ?? 'AWS'} cannot be used (${status ?? (err instanceof Error ? err.message : String(err))}): check S3_ENDPOINT, S3_BUCKET and the keys`,
        );
      }
    },
    async put(key, bytes, mime) {
      await client.send(
        new PutObjectCommand({
          Bucket,
          Key: mustKey(key),
          Body: bytes,
          ContentType: mime,
          ContentLength: bytes.byteLength,
        }),
      );
    },
    async move(key, localFile, mime) {
      const { size } = await stat(localFile);
      await client.send(
        new PutObjectCommand({
          Bucket,
          Key: mustKey(key),
          Body: createReadStream(localFile),
          ContentType: mime,
          ContentLength: size,
        }),
      );
      await rm(localFile, { force: true });
    },
    async stat(key) {
      if (!isFileKey(key)) return null;
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket, Key: key }));
        return {
          bytes: head.ContentLength ?? 0,
          etag:
            head.ETag ??
            `"${(head.ContentLength ?? 0).toString(16)}-${(head.LastModified?.getTime() ?? 0).toString(16)}"`,
          modified: head.LastModified ?? new Date(0),
          mime: head.ContentType || mimeOfKey(key),
        };
      } catch (err) {
        if (isMissing(err)) return null;
        throw err;
      }
    },
    async read(key, range) {
      if (!isFileKey(key)) return null;
      try {
        const got = await client.send(
          new GetObjectCommand({ Bucket, Key: key, Range: range ? `bytes=${range.start}-${range.end}` : undefined }),
        );
        return got.Body as Readable;
      } catch (err) {
        if (isMissing(err)) return null;
        throw err;
      }
    },
    async delete(key) {
      if (!isFileKey(key)) return;
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
    async list(prefix) {
      const found: ListedFile[] = [];
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket, Prefix: prefix, ContinuationToken }));
        for (const o of page.Contents ?? []) {
          if (o.Key && isFileKey(o.Key))
            found.push({ key: o.Key, bytes: o.Size ?? 0, modified: o.LastModified ?? new Date(0) });
        }
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
      return found;
    },
    url: (key) => `${base}${publicPath(key)}`,
  };
}
