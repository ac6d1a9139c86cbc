import { createHash } from 'node:crypto';
import type { DocumentKind } from '@/lib/domain/constants';
import { documents } from '../schema';
import type { PlannedNomination } from './nomination-plan';

type DocumentRow = Omit<typeof documents.$inferInsert, 'nominationId'> & { reference: string };

const FILE_SLUGS: Readonly<Record<DocumentKind, string>> = {
  submission_letter: 'to-trinh',
  achievement_report: 'bao-cao-thanh-tich',
  meeting_minutes: 'bien-ban-hop-xet',
  ballot_result: 'ket-qua-kiem-phieu',
  bloc_minutes: 'bien-ban-hop-cum-khoi',
  bloc_ballot_result: 'ket-qua-bo-phieu-cum-khoi',
  initiative_certificate: 'giay-chung-nhan-sang-kien',
  other: 'van-ban-bo-sung',
};

/** The bloc's own papers exist only once it has reviewed and voted: the bloc lead adds them when it endorses. */
const BLOC_KINDS: readonly DocumentKind[] = ['bloc_minutes', 'bloc_ballot_result'];

function digestOf(...parts: string[]): Buffer {
  return createHash('sha256').update(parts.join('\u0000')).digest();
}

/** A file's record. No bytes are stored for the demo: the SHA-256 is that of deterministic stand-in
 * bytes, and the storage key looks like the random keys real uploads get. */
function documentRow(p: PlannedNomination, kind: DocumentKind, at: Date, uploadedBy: number): DocumentRow {
  const sha = digestOf('laurel-demo-file', p.reference, kind);
  const key = digestOf('laurel-demo-storage', p.reference, kind).toString('hex').slice(0, 32);
  const month = at.toISOString().slice(0, 7).replace('-', '/');
  return {
    reference: p.reference,
    kind,
    fileName: `${FILE_SLUGS[kind]}-${p.reference.toLowerCase()}.pdf`,
    contentType: 'application/pdf',
    sizeBytes: 48_000 + (sha.readUInt32BE(0) % 1_400_000),
    sha256: sha.toString('hex'),
    storageKey: `${month}/${key}`,
    uploadedBy,
    uploadedAt: at,
  };
}

const minutes = (at: Date, n: number) => new Date(at.getTime() + n * 60_000);

/** The dossier of each nomination: the unit's papers before it is submitted (a draft has only its
 * achievement report so far), the bloc's papers at its endorsement, a supplement at a resubmission. */
export function dossierRows(plan: readonly PlannedNomination[], uploaderOf: (p: PlannedNomination, step: number) => number): DocumentRow[] {
  return plan.flatMap((p) => {
    const required = p.award.requiredDocuments;
    const create = p.steps[0];
    if (!create) return [];
    if (p.status === 'draft' && !p.spec.dossierComplete) return required.includes('achievement_report') ? [documentRow(p, 'achievement_report', minutes(create.at, 30), uploaderOf(p, 0))] : [];

    const unitKinds = required.filter((k) => !BLOC_KINDS.includes(k));
    const rows = unitKinds.map((kind, k) => documentRow(p, kind, minutes(create.at, 15 * (k + 1)), uploaderOf(p, 0)));
    p.steps.forEach((step, s) => {
      if (step.action === 'endorse') {
        required.filter((k) => BLOC_KINDS.includes(k)).forEach((kind, k) => rows.push(documentRow(p, kind, minutes(step.at, -10 * (k + 1)), uploaderOf(p, s))));
      }
      if (step.action === 'resubmit') rows.push(documentRow(p, 'other', minutes(step.at, -20), uploaderOf(p, s)));
    });
    return rows;
  });
}
