import 'server-only';
import { createHash } from 'node:crypto';
import { AwsClient } from 'aws4fetch';
import type { BlobStore } from './blob-store';

export interface S3Settings {
  /** Scheme, host and port, without the bucket: requests use path-style addressing (`endpoint/bucket/key`). */
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/** The object store configured by the environment, or null when LAUREL_S3_BUCKET is not set.
 * A bucket without credentials, or an endpoint that is not an http(s) URL, is a configuration error
 * raised at first use rather than a silent fallback to PostgreSQL: the files would land elsewhere
 * than the operator intended. */
export function s3SettingsFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): S3Settings | null {
  const bucket = env.LAUREL_S3_BUCKET?.trim();
  if (!bucket) return null;
  const region = env.LAUREL_S3_REGION?.trim() || 'us-east-1';
  const accessKeyId = env.LAUREL_S3_ACCESS_KEY_ID?.trim();
  const secretAccessKey = env.LAUREL_S3_SECRET_ACCESS_KEY?.trim();
  if (!accessKeyId || !secretAccessKey) {
    throw new Error('LAUREL_S3_BUCKET is set but LAUREL_S3_ACCESS_KEY_ID or LAUREL_S3_SECRET_ACCESS_KEY is not: set both, or unset LAUREL_S3_BUCKET to keep files in PostgreSQL');
  }
  const endpoint = (env.LAUREL_S3_ENDPOINT?.trim() || `https://s3.${region}.amazonaws.com`).replace(/\/+$/, '');
  let protocol: string;
  try {
    protocol = new URL(endpoint).protocol;
  } catch {
    protocol = '';
  }
  if (protocol !== 'https:' && protocol !== 'http:') throw new Error('LAUREL_S3_ENDPOINT must be an http(s) URL such as https://s3.example.vn or http://127.0.0.1:9000');
  return { endpoint, region, bucket, accessKeyId, secretAccessKey };
}

// Storage keys are random hex; anything else (a slash, dots) has no business in an object name.
const KEY = /^[A-Za-z0-9_-]{1,200}$/;
const TIMEOUT_MS = 60_000;

/** The S3 error code of a failed answer (`<Code>NoSuchKey</Code>`), for the server log: never the
 * request, which carries the signature. */
async function errorOf(response: Response): Promise<string> {
  const body = await response.text().catch(() => '');
  return `${response.status} ${/<Code>([^<]{1,100})<\/Code>/.exec(body)?.[1] ?? response.statusText}`;
}

/** An S3-compatible bucket (AWS S3, MinIO, Ceph RGW…), signed with SigV4 by aws4fetch. Objects are
 * only ever created, with `If-None-Match: *` so that the store itself refuses to overwrite one, and
 * never deleted: keep versioning or object lock on the bucket for the same reason. */
export class S3Blobs implements BlobStore {
  private readonly client: AwsClient;

  constructor(private readonly settings: S3Settings) {
    // aws4fetch retries 5xx and 429 answers; both requests below may be repeated safely.
    this.client = new AwsClient({ accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey, service: 's3', region: settings.region, retries: 2 });
  }

  private url(key: string): string {
    if (!KEY.test(key)) throw new Error('invalid storage key');
    return `${this.settings.endpoint}/${encodeURIComponent(this.settings.bucket)}/${key}`;
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const response = await this.client.fetch(this.url(key), {
      method: 'PUT',
      // A copy on its own ArrayBuffer: what fetch accepts as a body, whatever `bytes` is a view of.
      body: new Uint8Array(bytes),
      headers: {
        'content-type': 'application/octet-stream',
        // A signed payload hash (instead of aws4fetch's UNSIGNED-PAYLOAD): the store checks that the
        // bytes it received are the ones sent.
        'x-amz-content-sha256': sha256,
        'if-none-match': '*',
      },
      cache: 'no-store',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (response.ok) {
      await response.body?.cancel();
      return;
    }
    const error = await errorOf(response);
    if (response.status === 412) {
      // The key exists. Keys are 128 random bits, so this is our own earlier attempt that succeeded
      // although its answer was lost (a retry): fine if the stored bytes are these bytes, an error otherwise.
      const existing = await this.get(key);
      if (existing && createHash('sha256').update(existing).digest('hex') === sha256) return;
    }
    throw new Error(`object store refused PUT of ${key}: ${error}`);
  }

  async get(key: string): Promise<Uint8Array | null> {
    const response = await this.client.fetch(this.url(key), { method: 'GET', cache: 'no-store', signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (response.status === 404) {
      await response.body?.cancel();
      return null;
    }
    if (!response.ok) throw new Error(`object store refused GET of ${key}: ${await errorOf(response)}`);
    return new Uint8Array(await response.arrayBuffer());
  }
}
