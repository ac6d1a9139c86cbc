import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RECIPIENT_BODY, ZCentralAnswer, ZProposalSubmission, centralIssuer } from './proposal';

const submission = { idempotencyKey: randomUUID(), nominationId: '7', version: '3', recipientBody: DEFAULT_RECIPIENT_BODY, submissionNumber: '215/TTr-UBND', submittedOn: '2026-11-26', signerName: 'Trịnh Văn Lâm' };
const answer = { idempotencyKey: randomUUID(), proposalId: '4', version: '3', answer: 'accepted', answeredOn: '2027-01-20', reference: 'Quyết định số 123/QĐ-TTg' };
const codes = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) => Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('the submission form', () => {
  it('takes a letter of the Provincial People’s Committee, numbers coerced from the form', () => {
    expect(ZProposalSubmission.parse(submission)).toMatchObject({ nominationId: 7, version: 3, submissionNumber: '215/TTr-UBND' });
  });

  it('wants the number as NNN/TTr-UBND', () => {
    for (const number of ['215', '215/QĐ-UBND', '215/TTr-CTĐ', 'TTr-UBND', '215/TTr-UBND ghi chú', '123456/TTr-UBND']) {
      expect(codes(ZProposalSubmission.safeParse({ ...submission, submissionNumber: number })), number).toEqual({ submissionNumber: 'submission_number' });
    }
    expect(ZProposalSubmission.safeParse({ ...submission, submissionNumber: '  7/TTr-UBND ' }).data?.submissionNumber).toBe('7/TTr-UBND');
  });

  it('names what is missing, and refuses unknown keys (S4)', () => {
    expect(codes(ZProposalSubmission.safeParse({ ...submission, recipientBody: '  ', signerName: '', submittedOn: '26/11/2026' }))).toEqual({ recipientBody: 'required', signerName: 'required', submittedOn: 'date' });
    expect(ZProposalSubmission.safeParse({ ...submission, answer: 'accepted' }).success).toBe(false);
    expect(ZProposalSubmission.safeParse({ ...submission, nominationId: '-1' }).success).toBe(false);
  });
});

describe('the central answer form', () => {
  it('takes an acceptance without a note', () => {
    expect(ZCentralAnswer.parse(answer)).toMatchObject({ proposalId: 4, answer: 'accepted' });
  });

  it('wants the content of a refusal, which becomes the rejection’s reason', () => {
    expect(codes(ZCentralAnswer.safeParse({ ...answer, answer: 'refused' }))).toEqual({ note: 'refusal_reason' });
    expect(codes(ZCentralAnswer.safeParse({ ...answer, answer: 'refused', note: 'Chưa đủ' }))).toEqual({ note: 'refusal_reason' });
    expect(ZCentralAnswer.safeParse({ ...answer, answer: 'refused', note: 'Chưa đủ tiêu chuẩn theo quy định.' }).success).toBe(true);
  });

  it('knows two answers only, and wants the central act', () => {
    expect(ZCentralAnswer.safeParse({ ...answer, answer: 'pending' }).success).toBe(false);
    expect(codes(ZCentralAnswer.safeParse({ ...answer, reference: ' ' }))).toEqual({ reference: 'required' });
    expect(ZCentralAnswer.safeParse({ ...answer, extra: 1 }).success).toBe(false);
  });
});

describe('the award history’s issuer', () => {
  it('is the body addressed, without the channel the file went through', () => {
    expect(centralIssuer(DEFAULT_RECIPIENT_BODY)).toBe('Thủ tướng Chính phủ');
    expect(centralIssuer('Chủ tịch nước (qua Văn phòng Chủ tịch nước)')).toBe('Chủ tịch nước');
    expect(centralIssuer('Thủ tướng Chính phủ')).toBe('Thủ tướng Chính phủ');
    expect(centralIssuer('Bộ Nội vụ (Ban Thi đua – Khen thưởng Trung ương)')).toBe('Bộ Nội vụ (Ban Thi đua – Khen thưởng Trung ương)');
  });
});
