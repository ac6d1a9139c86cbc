import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '@/db/client';
import { rowsOf } from '@/db/rows';

// stack-notes.md: two processes can open one PGlite directory without error and lose each other's
// writes. The owner holds a lock; a second opener must fail loudly and change nothing.
describe('PGlite single owner', () => {
  let dir: string;
  let owner: Database;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-lock-'));
    owner = await openDatabase({ dir: path.join(dir, 'pglite') });
    await owner.db.execute(sql`create table marker (v text)`);
    await owner.db.execute(sql`insert into marker values ('owner')`);
  });

  afterAll(async () => {
    await owner.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes the owner pid into the lock file', () => {
    expect(fs.readFileSync(path.join(dir, 'pglite.lock'), 'utf8').trim()).toBe(String(process.pid));
  });

  it('refuses a second process with a message naming the owner, and changes nothing', async () => {
    const before = fs.readdirSync(path.join(dir, 'pglite')).sort();
    const child = spawnSync('npx', ['tsx', 'scripts/db-migrate.ts'], {
      env: { ...process.env, DATABASE_URL: '', LAUREL_DATA_DIR: dir },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(child.status).not.toBe(0);
    expect(child.stderr).toContain(`in use by process ${process.pid}`);
    expect(child.stderr).toContain('stop the Laurel server');
    expect(child.stderr).toContain('DATABASE_URL');
    // Nothing migrated into the owner's database, the lock is still ours, and our data is intact.
    expect(fs.readdirSync(path.join(dir, 'pglite')).sort()).toEqual(before);
    expect(fs.readFileSync(path.join(dir, 'pglite.lock'), 'utf8').trim()).toBe(String(process.pid));
    const tables = rowsOf<{ n: number }>(await owner.db.execute(sql`select count(*)::int as n from information_schema.tables where table_name = 'units'`));
    expect(tables[0]?.n).toBe(0);
    const marker = rowsOf<{ v: string }>(await owner.db.execute(sql`select v from marker`));
    expect(marker).toEqual([{ v: 'owner' }]);
  });

  it('replaces a stale lock left by a process that is gone', async () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-stale-'));
    const lock = path.join(other, 'pglite.lock');
    fs.writeFileSync(lock, '999999999\n');
    const database = await openDatabase({ dir: path.join(other, 'pglite') });
    expect(fs.readFileSync(lock, 'utf8').trim()).toBe(String(process.pid));
    await database.close();
    expect(fs.existsSync(lock)).toBe(false);
    fs.rmSync(other, { recursive: true, force: true });
  });
});
