import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { DocumentKind } from '@/lib/domain/constants';
import type { AdminDocument } from '@/lib/documents/admin-document';
import { ballotResultDocument, minutesDocument, submissionLetterDocument, type BlocSessionFacts } from '@/lib/documents/bloc-papers';
import { renderPdf } from '@/lib/documents/render-pdf';
import { todayInVietnam } from '@/lib/rules/dates';
import type { Viewer } from '@/lib/policy/viewer';
import { getDb, type Tx } from '../client';
import { blocBallotSessions, blocBallotTallies, blocLeadDecisions, blocs, blocTerms, documents, nominations, units } from '../schema';
import { blobWrite, type BlobWrite } from '../storage/blob-store';
import { getBlocBallotMinutes } from './bloc-ballot-views';
import { documentFonts } from './document-fonts';
import { loadNominationFacts } from './workflow/facts';

export interface BlocPaper {
  kind: DocumentKind;
  fileName: string;
  bytes: Uint8Array;
  sha256: string;
  storageKey: string;
  blob: BlobWrite;
}

/** The session whose result chose the nomination: its first passed tally, else the lead's decision. */
async function decidingSession(nominationId: number, blocTermId: number): Promise<number | null> {
  const db = await getDb();
  const [tally] = await db
    .select({ sessionId: blocBallotTallies.sessionId })
    .from(blocBallotTallies)
    .innerJoin(blocBallotSessions, eq(blocBallotSessions.id, blocBallotTallies.sessionId))
    .where(and(eq(blocBallotTallies.nominationId, nominationId), eq(blocBallotTallies.passed, true), eq(blocBallotSessions.state, 'closed'), eq(blocBallotSessions.blocTermId, blocTermId)))
    .orderBy(asc(blocBallotSessions.roundNo))
    .limit(1);
  if (tally) return tally.sessionId;
  const [decision] = await db
    .select({ sessionId: blocLeadDecisions.sessionId })
    .from(blocLeadDecisions)
    .where(and(eq(blocLeadDecisions.nominationId, nominationId), eq(blocLeadDecisions.blocTermId, blocTermId), eq(blocLeadDecisions.chosen, true)))
    .limit(1);
  return decision?.sessionId ?? null;
}

async function pdfPaper(kind: DocumentKind, fileName: string, doc: AdminDocument): Promise<BlocPaper> {
  const bytes = await renderPdf(doc, await documentFonts(), { title: `${doc.title} – ${doc.subtitle}`, subject: doc.footer });
  const storageKey = randomBytes(16).toString('hex');
  return { kind, fileName, bytes, sha256: createHash('sha256').update(bytes).digest('hex'), storageKey, blob: blobWrite(storageKey, bytes) };
}

/** The bloc's papers for an endorsement, generated before its transaction (rendering holds no lock):
 * the minutes, the ballot result and the bloc's submission letter, as PDFs. Bytes bound for object
 * storage are written here; an endorsement that then fails leaves them as unreferenced objects.
 * Empty when the bloc has not chosen the nomination (the endorsement will be refused anyway). */
export async function prepareBlocPapers(viewer: Viewer, nominationId: number): Promise<BlocPaper[]> {
  const db = await getDb();
  const n = await loadNominationFacts(db, nominationId);
  if (!n || n.blocTermId === null) return [];
  const sessionId = await decidingSession(n.id, n.blocTermId);
  if (sessionId === null) return [];
  const minutes = await getBlocBallotMinutes(viewer, sessionId);
  const candidate = minutes?.candidates.find((c) => c.id === n.id);
  if (!minutes || !candidate) return [];
  const [place] = await db
    .select({ provinceVi: units.nameVi })
    .from(blocTerms)
    .innerJoin(blocs, eq(blocs.id, blocTerms.blocId))
    .innerJoin(units, eq(units.id, blocs.provinceUnitId))
    .where(eq(blocTerms.id, n.blocTermId));
  const [proposer] = await db.select({ nameVi: units.nameVi }).from(nominations).innerJoin(units, eq(units.id, nominations.proposingUnitId)).where(eq(nominations.id, n.id));
  const facts: BlocSessionFacts = {
    provinceName: place?.provinceVi ?? '',
    blocName: minutes.blocVi,
    year: minutes.year,
    roundNo: minutes.roundNo,
    mode: minutes.mode,
    heldOn: minutes.heldOn,
    place: minutes.placeVi,
    membersTotal: minutes.membersTotal,
    needed: minutes.needed,
    present: minutes.attendance.map((u) => u.nameVi),
    absent: minutes.absent.map((u) => u.nameVi),
    candidates: minutes.candidates.map((c) => ({
      reference: c.reference,
      nominee: c.nomineeVi,
      award: c.awardVi,
      votesFor: c.tally?.votesFor ?? null,
      votesAgainst: c.tally?.votesAgainst ?? null,
      passed: c.tally?.passed ?? null,
      decision: c.decision ? { chosen: c.decision.chosen, reason: c.decision.reason, by: c.decision.decidedBy } : null,
    })),
    head: minutes.head ? { name: minutes.head.name, unit: minutes.head.unitVi } : null,
    deputy: minutes.deputy ? { name: minutes.deputy.name, unit: minutes.deputy.unitVi } : null,
  };
  const papers = await Promise.all([
    pdfPaper('bloc_minutes', `Biên bản họp Cụm vòng ${facts.roundNo} – ${candidate.reference}.pdf`, minutesDocument(facts)),
    pdfPaper('bloc_ballot_result', `Kết quả bỏ phiếu vòng ${facts.roundNo} – ${candidate.reference}.pdf`, ballotResultDocument(facts)),
    pdfPaper(
      'other',
      `Tờ trình của Cụm – ${candidate.reference}.pdf`,
      submissionLetterDocument(facts, { reference: candidate.reference, nominee: candidate.nomineeVi, award: candidate.awardVi, proposingUnit: proposer?.nameVi ?? '', endorsedOn: todayInVietnam() }),
    ),
  ]);
  for (const paper of papers) await paper.blob.beforeTransaction();
  return papers;
}

/** Inside the endorsement's transaction: the papers join the dossier (bytes in PostgreSQL when no
 * object store is configured), each with its SHA-256; what the audit event records of them. */
export async function attachBlocPapers(tx: Tx, papers: readonly BlocPaper[], nominationId: number, userId: number): Promise<{ documentId: number; kind: DocumentKind; fileName: string; sha256: string }[]> {
  const attached = [];
  for (const p of papers) {
    await p.blob.inTransaction(tx);
    const [row] = await tx
      .insert(documents)
      .values({ nominationId, kind: p.kind, fileName: p.fileName, contentType: 'application/pdf', sizeBytes: p.bytes.byteLength, sha256: p.sha256, storageKey: p.storageKey, uploadedBy: userId })
      .returning({ id: documents.id });
    attached.push({ documentId: row!.id, kind: p.kind, fileName: p.fileName, sha256: p.sha256 });
  }
  return attached;
}
