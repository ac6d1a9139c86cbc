// npm run audit:verify [-- --expect-head <seq>:<hash>] — walks the whole audit chain of the configured
// database (DATABASE_URL, or the embedded one in .data/pglite, which must not be open in a running
// server) and recomputes every hash. Read-only: it neither migrates nor writes.
//
// Exit status: 0 the chain is intact (its head is printed: record it somewhere else, so that a later
// run given --expect-head can also tell whether the newest events were removed); 1 the chain is
// broken (the first broken sequence number and what is wrong are printed); 2 the verification could
// not run (bad arguments, database missing, locked or unreachable).
import fs from 'node:fs';
import { verifyAuditChain } from '../db/audit-verify';
import { configuredTarget, openDatabase } from '../db/client';
import { DatabaseLockedError } from '../db/lock';
import type { ChainVerification } from '../lib/audit/verify';

const USAGE = 'Usage: npm run audit:verify [-- --expect-head <seq>:<hash>]';
// Without a terminal (CI, a log file), a progress line every this many events.
const PROGRESS_EVERY = 100_000;

class UsageError extends Error {}

function parseArgs(argv: string[]): { expectedHead?: { seq: number; hash: string }; help: boolean } {
  let expectedHead: { seq: number; hash: string } | undefined;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      help = true;
    } else if (arg === '--expect-head' || arg.startsWith('--expect-head=')) {
      const value = arg === '--expect-head' ? argv[++i] : arg.slice('--expect-head='.length);
      const match = /^(\d+):([0-9a-fA-F]{64})$/.exec(value ?? '');
      const seq = match ? Number(match[1]) : 0;
      if (!match || !Number.isSafeInteger(seq) || seq < 1) {
        throw new UsageError(`--expect-head takes <seq>:<hash>, a sequence number and the 64 hex digits of its hash (as printed by an earlier run), not "${value ?? ''}".`);
      }
      expectedHead = { seq, hash: match[2]!.toLowerCase() };
    } else {
      throw new UsageError(`Unknown argument "${arg}".`);
    }
  }
  return { expectedHead, help };
}

const count = (n: number) => n.toLocaleString('en-US');

/** The verdict in plain words, naming the first broken sequence number. */
function describeBreak(result: Extract<ChainVerification, { ok: false }>): string {
  const at = result.brokenAt;
  switch (result.problem) {
    case 'hash_mismatch':
      return `event ${at} was changed after it was recorded: its contents no longer match its hash.`;
    case 'sequence_gap':
      return result.foundSeq !== undefined && result.foundSeq > at
        ? `event ${at} is missing: the chain jumps from ${at - 1} to ${result.foundSeq} (${result.foundSeq - at === 1 ? 'an event was' : `${result.foundSeq - at} events were`} deleted).`
        : `event ${at} is missing or out of place: sequence number ${result.foundSeq ?? '?'} comes where ${at} should be.`;
    case 'prev_hash_mismatch':
      return `event ${at} does not follow event ${at - 1}: it names another predecessor, so events were reordered, replaced or inserted here.`;
    case 'truncated':
      return `the chain ends at event ${at - 1}, but the expected head is further on: the newest events, from ${at} on, were removed.`;
    case 'head_mismatch':
      return `event ${at} is not the expected head: its hash differs, so the chain up to it was rewritten and re-hashed (at event ${at} or before).`;
    case 'empty':
      return 'the audit log holds no events at all: there is nothing to verify (if events were ever recorded, all of them were removed).';
  }
}

async function main(): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }

  const target = configuredTarget();
  if ('dir' in target && !fs.existsSync(target.dir)) {
    // Opening a directory that does not exist would create an empty database there.
    console.error(`No embedded database at ${target.dir}: set LAUREL_DATA_DIR to the data directory, or DATABASE_URL.`);
    return 2;
  }
  console.log(`Verifying the audit chain in ${'url' in target ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${target.dir}`}…`);
  const database = await openDatabase(target);
  const tty = process.stdout.isTTY === true;
  const started = performance.now();
  const rate = (events: number) => `${count(Math.round(events / Math.max((performance.now() - started) / 1000, 1e-3)))} events/s`;
  let lastShown = 0;
  let lastPrintedAt = 0;
  let result: ChainVerification;
  try {
    result = await verifyAuditChain(database.db, {
      expectedHead: args.expectedHead,
      onProgress: ({ events, lastSeq }) => {
        if (tty) {
          const now = performance.now();
          if (now - lastPrintedAt < 100) return;
          lastPrintedAt = now;
          process.stdout.write(`\r\x1b[2K  ${count(events)} events verified, up to seq ${count(lastSeq)} (${rate(events)})`);
        } else if (Math.floor(events / PROGRESS_EVERY) > Math.floor(lastShown / PROGRESS_EVERY)) {
          lastShown = events;
          console.log(`  ${count(events)} events verified (${rate(events)})`);
        }
      },
    });
  } finally {
    if (tty) process.stdout.write('\r\x1b[2K');
    await database.close();
  }

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.ok) {
    console.log(`Audit chain intact: ${count(result.events)} events verified in ${seconds} s (${rate(result.events)}).`);
    console.log(`Head: sequence ${result.headSeq}, hash ${result.headHash}`);
    if (args.expectedHead) console.log(`The expected head (sequence ${args.expectedHead.seq}) is in the chain.`);
    else console.log(`Keep this head outside the database: a later run with --expect-head ${result.headSeq}:${result.headHash} also detects removed newest events.`);
    return 0;
  }
  console.log(`Audit chain BROKEN at sequence ${result.brokenAt}: ${describeBreak(result)}`);
  if (result.problem !== 'empty') console.log(`${count(result.events)} events before it verified intact.`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof DatabaseLockedError ? error.message : error);
    process.exit(2);
  },
);
