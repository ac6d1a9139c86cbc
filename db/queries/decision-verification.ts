import 'server-only';
import { and, eq } from 'drizzle-orm';
import { normalizeVerificationCode } from '@/lib/validation/decision';
import { getDb } from '../client';
import { decisionRecipients, decisions } from '../schema';
import { addressKey } from './notice-hashing';
import { takeRateLimitHit } from './rate-limit';
import { loadRecordedContent } from './workflow/decisions';

// The public verification of a decision or a certificate by the code printed on it (issue 6 §5):
// anyone, signed in or not, learns whether it is valid or revoked (with the date and legal ground),
// the decision's number, date, signer and issuing body, and the recipient, award and golden-book
// number. Nothing internal: no ids, no nomination references, no user names but the signer's, no
// prizes, statuses or dossiers. Drafts are not decisions: their codes verify nothing.

/** Lookups from one address within a sliding window, counted in the database (rate_limit_hits), so
 * that the limit holds across several app servers. Generous for a person checking a stack of
 * certificates; a wall for anyone enumerating codes. */
export const VERIFY_RATE_LIMIT = { bucket: 'verify', max: 30, minutes: 10 } as const;


export interface PublicDecision {
  number: string;
  signedOn: string;
  signerName: string;
  signerTitleVi: string;
  signerTitleEn: string;
  /** "Ủy ban nhân dân tỉnh Ninh Bình" / "Ninh Bình Province People's Committee". */
  issuerVi: string;
  issuerEn: string;
}

export interface PublicRecipient {
  nameVi: string;
  nameEn: string;
  awardVi: string;
  awardEn: string;
  goldenBookNo: number;
  revokedOn: string | null;
  /** A ground code of the revocation form (false_achievements, forged_documents, unlawful_procedure) or its text. */
  revocationGround: string | null;
}

export type VerificationResult =
  | { kind: 'rate_limited'; minutes: number }
  | { kind: 'not_found' }
  | { kind: 'decision'; decision: PublicDecision; recipients: PublicRecipient[] }
  | { kind: 'certificate'; decision: PublicDecision; recipient: PublicRecipient };


function issuerNames(provinceVi: string, provinceEn: string): { issuerVi: string; issuerEn: string } {
  const lowered = provinceVi.replace(/^(Tỉnh|Thành phố)\b/, (w) => w.toLowerCase());
  return { issuerVi: `Ủy ban nhân dân ${lowered}`, issuerEn: `${provinceEn} People’s Committee` };
}

/** Verifies `rawCode` (a decision's or a certificate's) for a client at `address` (kept only as a
 * keyed hash). Caller: anyone. */
export async function verifyCode(rawCode: string, address: string | null): Promise<VerificationResult> {
  const db = await getDb();
  const allowed = await db.transaction((tx) => takeRateLimitHit(tx, VERIFY_RATE_LIMIT, addressKey(address)));
  if (!allowed) return { kind: 'rate_limited', minutes: VERIFY_RATE_LIMIT.minutes };
  const code = normalizeVerificationCode(rawCode);
  if (!code) return { kind: 'not_found' };

  const [asDecision] = await db.select().from(decisions).where(and(eq(decisions.verificationCode, code), eq(decisions.state, 'issued')));
  const [asCertificate] = asDecision
    ? []
    : await db
        .select({ d: decisions, nominationId: decisionRecipients.nominationId })
        .from(decisionRecipients)
        .innerJoin(decisions, eq(decisions.id, decisionRecipients.decisionId))
        .where(and(eq(decisionRecipients.certificateCode, code), eq(decisions.state, 'issued')));
  const d = asDecision ?? asCertificate?.d;
  if (!d) return { kind: 'not_found' };

  const recipients = await db
    .select({ nominationId: decisionRecipients.nominationId, goldenBookNo: decisionRecipients.goldenBookNo, revokedOn: decisionRecipients.revokedOn, revocationGround: decisionRecipients.revocationGround })
    .from(decisionRecipients)
    .where(eq(decisionRecipients.decisionId, d.id));
  const shown = asCertificate ? recipients.filter((r) => r.nominationId === asCertificate.nominationId) : recipients;
  const content = await loadRecordedContent(db, d, shown.map((r) => r.nominationId));
  const decision: PublicDecision = {
    number: d.number,
    signedOn: d.signedOn ?? '',
    signerName: d.signerName,
    signerTitleVi: d.signerTitleVi,
    signerTitleEn: d.signerTitleEn,
    ...issuerNames(content.provinceVi, content.provinceEn),
  };
  const publicRecipients: PublicRecipient[] = shown
    .map((r) => {
      const item = content.items.find((i) => i.nominationId === r.nominationId)!;
      return {
        nameVi: item.nameVi,
        nameEn: item.nameEn,
        awardVi: item.awardVi,
        awardEn: item.awardEn,
        goldenBookNo: r.goldenBookNo,
        revokedOn: r.revokedOn,
        revocationGround: r.revokedOn ? r.revocationGround : null,
      };
    })
    .sort((a, b) => a.goldenBookNo - b.goldenBookNo);
  if (asCertificate) return { kind: 'certificate', decision, recipient: publicRecipients[0]! };
  return { kind: 'decision', decision, recipients: publicRecipients };
}
