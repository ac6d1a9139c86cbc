import 'server-only';
import type { Db, Tx } from '../client';
import { PostgresBlobs } from './postgres-blobs';
import { S3Blobs, s3SettingsFromEnv, type S3Settings } from './s3-blobs';

/** Where the bytes of uploaded files live, under the random storage key that `documents.storage_key`
 * names. A key is written once: a store never overwrites nor deletes, as the audit trail may point
 * at a replaced or removed file's bytes (its hash is in the chain). */
export interface BlobStore {
  /** Stores `bytes` under a new `key`; a key that is already taken is an error, never an overwrite. */
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The bytes under `key`, or null when there are none. */
  get(key: string): Promise<Uint8Array | null>;
}

let cached: { signature: string; store: S3Blobs } | null = null;

/** The S3-compatible object store when LAUREL_S3_BUCKET is set, else null (the bytes then go to
 * PostgreSQL's document_blobs). Read from the environment on each call, so that a test can switch it. */
export function objectStore(): BlobStore | null {
  const settings = s3SettingsFromEnv();
  if (!settings) return null;
  const signature = JSON.stringify(settings satisfies S3Settings);
  if (cached?.signature !== signature) cached = { signature, store: new S3Blobs(settings) };
  return cached.store;
}

/** How the bytes of a new document are written around the transaction that records its row:
 * - in object storage, BEFORE that transaction, so that a committed row always names an object that
 *   exists (an object left behind by a rolled-back transaction is an orphan nobody points at: harmless);
 * - in PostgreSQL, INSIDE that transaction, so that row and bytes commit or vanish together. */
export interface BlobWrite {
  beforeTransaction(): Promise<void>;
  inTransaction(tx: Tx): Promise<void>;
}

export function blobWrite(key: string, bytes: Uint8Array): BlobWrite {
  const external = objectStore();
  return {
    beforeTransaction: async () => {
      if (external) await external.put(key, bytes);
    },
    inTransaction: async (tx) => {
      if (!external) await new PostgresBlobs(tx).put(key, bytes);
    },
  };
}

/** The bytes under `key`, wherever they were written. PostgreSQL is asked first: files uploaded
 * before object storage was configured stay there (nothing migrates them), and that look-up by
 * primary key is cheaper than a round trip to the object store. */
export async function readBlob(db: Db | Tx, key: string): Promise<Uint8Array | null> {
  const inDatabase = await new PostgresBlobs(db).get(key);
  if (inDatabase) return inDatabase;
  return (await objectStore()?.get(key)) ?? null;
}
