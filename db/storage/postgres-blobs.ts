import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../client';
import { documentBlobs } from '../schema';
import type { BlobStore } from './blob-store';

/** The default store: the table document_blobs, written through the caller's handle. Given the
 * transaction that inserts the documents row, the bytes commit or roll back with it. The storage key
 * is the primary key, so a second put under one key fails instead of overwriting. */
export class PostgresBlobs implements BlobStore {
  constructor(private readonly db: Db | Tx) {}

  async put(key: string, bytes: Uint8Array): Promise<void> {
    await this.db.insert(documentBlobs).values({ storageKey: key, bytes });
  }

  async get(key: string): Promise<Uint8Array | null> {
    const [blob] = await this.db.select({ bytes: documentBlobs.bytes }).from(documentBlobs).where(eq(documentBlobs.storageKey, key));
    return blob?.bytes ?? null;
  }
}
