import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import net from 'node:net';
import { AwsClient } from 'aws4fetch';
import { and, asc, count, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { setDatabaseForTests } from '@/db/client';
import { readDocumentForDownload, uploadDocument } from '@/db/queries/documents';
import { auditEvents, documentBlobs, documents, nominations } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { objectStore } from '@/db/storage/blob-store';
import { S3Blobs, s3SettingsFromEnv, type S3Settings } from '@/db/storage/s3-blobs';
import { describeEachDatabase } from './harness';
import { verifyChain, viewerOf } from './workflow-helpers';

// The object store is tested against a real S3 protocol server, moto's, started here. Without it
// this file fails: S3 support that is not exercised is S3 support that is not known to work.

const S3_ENV = ['LAUREL_S3_BUCKET', 'LAUREL_S3_ENDPOINT', 'LAUREL_S3_REGION', 'LAUREL_S3_ACCESS_KEY_ID', 'LAUREL_S3_SECRET_ACCESS_KEY'] as const;
const saved = Object.fromEntries(S3_ENV.map((name) => [name, process.env[name]]));
/** An access key that moto's IAM issues in beforeAll: from then on moto checks every signature. */
const CREDENTIALS = { accessKeyId: '', secretAccessKey: '' };
const BUCKET = 'laurel-documents';

let moto: ChildProcess | undefined;
let endpoint = '';
/** Why there is no S3 server to test against, if there is none: every test fails with it (none is skipped). */
let unavailable: Error | null = null;

function requireS3(): void {
  if (unavailable) throw unavailable;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Starts `moto_server` on a free port and waits until it answers; fails with what to do otherwise. */
async function startMoto(): Promise<void> {
  const port = await freePort();
  const hint = 'moto_server (python moto with its server extra) must be on PATH: pip install "moto[server]"';
  let output = '';
  let failure: string | null = null;
  // Its own process group, so that afterAll stops the server and whatever the launcher started.
  const child = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  moto = child;
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.once('error', (error) => (failure = `moto_server could not be spawned (${error.message}). ${hint}`));
  child.once('exit', (code, signal) => (failure ??= `moto_server exited (code ${code}, signal ${signal}) before answering. ${hint}\n${output}`));
  endpoint = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (failure) throw new Error(failure);
    try {
      const response = await fetch(`${endpoint}/moto-api/`, { signal: AbortSignal.timeout(1_000) });
      await response.body?.cancel();
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`moto_server did not answer on ${endpoint} within 30 s. ${hint}\n${output}`);
}

function useS3(bucket = BUCKET): void {
  process.env.LAUREL_S3_BUCKET = bucket;
  process.env.LAUREL_S3_ENDPOINT = endpoint;
  process.env.LAUREL_S3_REGION = 'us-east-1';
  process.env.LAUREL_S3_ACCESS_KEY_ID = CREDENTIALS.accessKeyId;
  process.env.LAUREL_S3_SECRET_ACCESS_KEY = CREDENTIALS.secretAccessKey;
}

function restoreEnv(): void {
  for (const name of S3_ENV) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
}

function settings(bucket = BUCKET): S3Settings {
  return { endpoint, region: 'us-east-1', bucket, ...CREDENTIALS };
}

const text = (s: string) => new TextEncoder().encode(s);
const PDF = text(['%PDF-1.4', '%\u00e2\u00e3', '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj', '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj', 'trailer << /Root 1 0 R >>', '%%EOF', ''].join('\n'));

async function* chunksOf(bytes: Uint8Array, size = 4096): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** A PDF of about `size` bytes whose body is random: no two are alike, and every byte value occurs. */
function bigPdf(size: number): Uint8Array {
  return new Uint8Array(Buffer.concat([Buffer.from(PDF), Buffer.from('%'), randomBytes(size)]));
}

/** Creates an IAM user allowed s3:* with an access key, the bucket, then turns on moto's request
 * authentication: SigV4 signatures are verified from then on, as a real store would. */
async function prepareMoto(): Promise<void> {
  const bootstrap = new AwsClient({ accessKeyId: 'bootstrap', secretAccessKey: 'bootstrap', service: 'iam', region: 'us-east-1', retries: 0 });
  const iam = async (params: Record<string, string>) => {
    const response = await bootstrap.fetch(`${endpoint}/`, {
      method: 'POST',
      body: new URLSearchParams({ ...params, Version: '2010-05-08' }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`moto IAM ${params.Action} answered ${response.status}: ${body}`);
    return body;
  };
  await iam({ Action: 'CreateUser', UserName: 'laurel' });
  const key = await iam({ Action: 'CreateAccessKey', UserName: 'laurel' });
  CREDENTIALS.accessKeyId = /<AccessKeyId>([^<]+)</.exec(key)![1]!;
  CREDENTIALS.secretAccessKey = /<SecretAccessKey>([^<]+)</.exec(key)![1]!;
  const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] };
  await iam({ Action: 'PutUserPolicy', UserName: 'laurel', PolicyName: 'documents', PolicyDocument: JSON.stringify(policy) });
  const s3 = new AwsClient({ ...CREDENTIALS, service: 's3', region: 'us-east-1', retries: 0 });
  const created = await s3.fetch(`${endpoint}/${BUCKET}`, { method: 'PUT' });
  if (created.status !== 200) throw new Error(`moto_server did not create the bucket: ${created.status} ${await created.text()}`);
  const auth = await fetch(`${endpoint}/moto-api/reset-auth`, { method: 'POST', body: '0' });
  if (auth.status !== 200) throw new Error(`moto_server did not turn on authentication: ${auth.status} ${await auth.text()}`);
}

beforeAll(async () => {
  try {
    await startMoto();
    await prepareMoto();
  } catch (error) {
    unavailable = error instanceof Error ? error : new Error(String(error));
  }
}, 60_000);

afterAll(() => {
  restoreEnv();
  // The group started above: moto_server and the interpreter its launcher runs.
  if (moto?.pid && moto.exitCode === null) {
    try {
      process.kill(-moto.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
});

afterEach(() => restoreEnv());

it('has an S3 protocol server to test against (moto_server)', () => {
  requireS3();
});

it('reads its settings from the environment: none without a bucket, a clear error without credentials', () => {
  expect(s3SettingsFromEnv({})).toBeNull();
  expect(s3SettingsFromEnv({ LAUREL_S3_BUCKET: 'b', LAUREL_S3_ACCESS_KEY_ID: 'k', LAUREL_S3_SECRET_ACCESS_KEY: 's' })).toEqual({
    bucket: 'b',
    region: 'us-east-1',
    endpoint: 'https://s3.us-east-1.amazonaws.com',
    accessKeyId: 'k',
    secretAccessKey: 's',
  });
  expect(s3SettingsFromEnv({ LAUREL_S3_BUCKET: 'b', LAUREL_S3_ENDPOINT: 'http://minio:9000/', LAUREL_S3_REGION: 'vn-north-1', LAUREL_S3_ACCESS_KEY_ID: 'k', LAUREL_S3_SECRET_ACCESS_KEY: 's' })).toMatchObject({
    endpoint: 'http://minio:9000',
    region: 'vn-north-1',
  });
  expect(() => s3SettingsFromEnv({ LAUREL_S3_BUCKET: 'b' })).toThrow(/LAUREL_S3_ACCESS_KEY_ID/);
  expect(() => s3SettingsFromEnv({ LAUREL_S3_BUCKET: 'b', LAUREL_S3_ENDPOINT: 'ftp://x', LAUREL_S3_ACCESS_KEY_ID: 'k', LAUREL_S3_SECRET_ACCESS_KEY: 's' })).toThrow(/LAUREL_S3_ENDPOINT/);
  expect(objectStore()).toBeNull();
});

it('puts and gets bytes through a real S3 server, byte-identical; a missing key is null; a key is never overwritten', async () => {
  requireS3();
  const store = new S3Blobs(settings());
  const key = randomBytes(16).toString('hex');
  const bytes = new Uint8Array(randomBytes(3 * 1024 * 1024 + 17));
  await store.put(key, bytes);
  const back = await store.get(key);
  expect(back).not.toBeNull();
  expect(back!.length).toBe(bytes.length);
  expect(Buffer.from(back!).equals(Buffer.from(bytes))).toBe(true);

  // A view into a larger buffer is stored as the view, not the buffer behind it.
  const view = Buffer.concat([Buffer.from('before'), Buffer.from(PDF), Buffer.from('after')]).subarray(6, 6 + PDF.length);
  const viewKey = randomBytes(16).toString('hex');
  await store.put(viewKey, view);
  expect(Buffer.from((await store.get(viewKey))!).equals(Buffer.from(PDF))).toBe(true);

  expect(await store.get(randomBytes(16).toString('hex'))).toBeNull();
  // The same bytes again (a retried request whose first answer was lost) are fine; other bytes are refused.
  await store.put(key, bytes);
  await expect(store.put(key, text('something else'))).rejects.toThrow(/412/);
  expect(Buffer.from((await store.get(key))!).equals(Buffer.from(bytes))).toBe(true);
  await expect(store.put('../escape', bytes)).rejects.toThrow(/invalid storage key/);
  await expect(new S3Blobs(settings('no-such-bucket')).put(key, bytes)).rejects.toThrow(/NoSuchBucket/);
  // The server checks the SigV4 signature: a wrong secret is refused, and nothing is stored.
  const forged = new S3Blobs({ ...settings(), secretAccessKey: 'not-the-secret' });
  await expect(forged.put(randomBytes(16).toString('hex'), bytes)).rejects.toThrow(/SignatureDoesNotMatch/);
  await expect(forged.get(key)).rejects.toThrow(/SignatureDoesNotMatch/);
});

describeEachDatabase(
  'documents in S3-compatible storage',
  (get) => {
    beforeAll(() => setDatabaseForTests(get()));
    beforeEach(() => requireS3());

    async function draftOf(unitId: number) {
      const [row] = await get()
        .db.select()
        .from(nominations)
        .where(and(eq(nominations.status, 'draft'), eq(nominations.proposingUnitId, unitId)))
        .orderBy(asc(nominations.id))
        .limit(1);
      if (!row) throw new Error(`the seed has no draft nomination of unit ${unitId}`);
      return row;
    }

    async function stored() {
      const [d] = await get().db.select({ n: count() }).from(documents);
      const [b] = await get().db.select({ n: count() }).from(documentBlobs);
      const [e] = await get().db.select({ n: count() }).from(auditEvents);
      return { documents: d!.n, blobs: b!.n, events: e!.n };
    }

    it('uploads into the bucket (not document_blobs) and downloads byte-identical; replace keeps the old object', async () => {
      const head = await viewerOf(get(), 'thutruong.hoalu');
      const draft = await draftOf(head.grants[0]!.unitId!);
      useS3();
      const bytes = bigPdf(2 * 1024 * 1024);
      const before = await stored();
      const uploaded = await uploadDocument(head, { nominationId: draft.id, kind: 'other', fileName: 'Báo cáo S3.pdf', stream: chunksOf(bytes) });
      expect(uploaded.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(await stored()).toEqual({ documents: before.documents + 1, blobs: before.blobs, events: before.events + 1 });

      const [row] = await get().db.select({ key: documents.storageKey }).from(documents).where(eq(documents.id, uploaded.id));
      const object = await new S3Blobs(settings()).get(row!.key);
      expect(Buffer.from(object!).equals(Buffer.from(bytes))).toBe(true);

      const file = await readDocumentForDownload(head, uploaded.id);
      expect(Buffer.from(file!.bytes).equals(Buffer.from(bytes))).toBe(true);
      expect(file!.sha256).toBe(uploaded.sha256);

      const replacement = await uploadDocument(head, { nominationId: draft.id, kind: 'other', fileName: 'Bản thay S3.pdf', stream: chunksOf(PDF), replaces: uploaded.id });
      expect(Buffer.from((await readDocumentForDownload(head, replacement.id))!.bytes).equals(Buffer.from(PDF))).toBe(true);
      expect(await readDocumentForDownload(head, uploaded.id)).toBeNull();
      // The replaced file's object stays: the audit event names its hash.
      expect(Buffer.from((await new S3Blobs(settings()).get(row!.key))!).equals(Buffer.from(bytes))).toBe(true);
      await verifyChain(get());
    });

    it('writes no row when the object cannot be written', async () => {
      const head = await viewerOf(get(), 'thutruong.hoalu');
      const draft = await draftOf(head.grants[0]!.unitId!);
      useS3('bucket-that-does-not-exist');
      const before = await stored();
      await expect(uploadDocument(head, { nominationId: draft.id, kind: 'other', fileName: 'khong-luu.pdf', stream: chunksOf(PDF) })).rejects.toThrow(/NoSuchBucket/);
      expect(await stored()).toEqual(before);
    });

    it('still serves files stored in PostgreSQL before object storage was configured', async () => {
      const head = await viewerOf(get(), 'thutruong.hoalu');
      const draft = await draftOf(head.grants[0]!.unitId!);
      restoreEnv();
      const earlier = await uploadDocument(head, { nominationId: draft.id, kind: 'other', fileName: 'truoc-s3.pdf', stream: chunksOf(PDF) });
      useS3();
      expect(Buffer.from((await readDocumentForDownload(head, earlier.id))!.bytes).equals(Buffer.from(PDF))).toBe(true);
    });

    it('refuses to hand out an object that no longer matches the recorded SHA-256', async () => {
      const head = await viewerOf(get(), 'thutruong.hoalu');
      const draft = await draftOf(head.grants[0]!.unitId!);
      useS3();
      const doc = await uploadDocument(head, { nominationId: draft.id, kind: 'other', fileName: 'bi-thay.pdf', stream: chunksOf(PDF) });
      const [row] = await get().db.select({ key: documents.storageKey }).from(documents).where(eq(documents.id, doc.id));
      // Someone with access to the bucket overwrites the object behind the application's back.
      const client = new AwsClient({ ...CREDENTIALS, service: 's3', region: 'us-east-1', retries: 0 });
      const overwritten = await client.fetch(`${endpoint}/${BUCKET}/${row!.key}`, { method: 'PUT', body: text('%PDF-1.4 forged'), headers: { 'content-type': 'application/octet-stream' } });
      expect(overwritten.status).toBe(200);
      await expect(readDocumentForDownload(head, doc.id)).rejects.toThrow(/do not match its recorded SHA-256/);
    });
  },
  (database) => seedDemo(database.db),
);
