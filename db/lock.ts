import fs from 'node:fs';

/** PGlite has one owner. Two processes can open one data directory without error and silently lose
 * each other's writes, so the owner holds `<dir>.lock` with its pid, and any other process that
 * tries to open the directory while that pid lives is refused. */
export class DatabaseLockedError extends Error {
  constructor(
    readonly lockFile: string,
    readonly ownerPid: number,
  ) {
    super(
      `The embedded database is in use by process ${ownerPid} (lock file ${lockFile}). ` +
        'Only one process may open it: stop the Laurel server first, or set DATABASE_URL to use PostgreSQL.',
    );
    this.name = 'DatabaseLockedError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(lockFile: string): number | null {
  try {
    const pid = Number.parseInt(fs.readFileSync(lockFile, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Takes the lock or throws DatabaseLockedError; a stale lock (dead pid) is replaced. Returns the release function. */
export function acquireLock(lockFile: string): () => void {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockFile, `${process.pid}\n`, { flag: 'wx' });
      const release = () => {
        if (readPid(lockFile) === process.pid) fs.rmSync(lockFile, { force: true });
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readPid(lockFile);
      if (owner === process.pid) return () => {};
      if (owner !== null && isAlive(owner)) throw new DatabaseLockedError(lockFile, owner);
      // Stale: its owner is gone. Remove it and try again; 'wx' keeps two racing openers from both winning.
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`Could not take the database lock ${lockFile}`);
}
