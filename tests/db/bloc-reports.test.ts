import fs from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { createTranslator } from 'next-intl';
import { beforeAll, expect, it, vi } from 'vitest';
import { GET as exportReport } from '@/app/api/bloc/[termId]/report/route';
import { setDatabaseForTests } from '@/db/client';
import { getBlocPeriodReport, saveMemberReport } from '@/db/queries/bloc-reports';
import { auditEvents, blocs, blocTerms, indicators } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import enMessages from '@/lib/i18n/messages/en.json';
import viMessages from '@/lib/i18n/messages/vi.json';
import type { Viewer } from '@/lib/policy/viewer';
import { ZBlocReport } from '@/lib/validation/bloc-report';
import { WorkflowError } from '@/lib/workflow/refusals';
import { describeEachDatabase } from './harness';
import { pdfText } from './pdf-text';
import { contextOf, verifyChain, viewerOf } from './workflow-helpers';

// The route handler asks for the signed-in person and the language; here the test names them, and
// the real messages translate.
const session = vi.hoisted(() => ({ viewer: null as Viewer | null, locale: 'vi' as 'vi' | 'en' }));
vi.mock('@/db/queries/current-user', () => ({ getCurrentUser: async () => session.viewer }));
vi.mock('next-intl/server', () => ({
  getLocale: async () => session.locale,
  getTranslations: async ({ locale, namespace }: { locale: 'vi' | 'en'; namespace: string }) => createTranslator({ locale, messages: locale === 'vi' ? viMessages : enMessages, namespace: namespace as 'blocReportDoc' }),
}));

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WorkflowError) return error.refusal;
    throw error;
  }
  throw new Error('expected a refusal');
}

describeEachDatabase(
  'the bloc’s reports: members report, the bloc sums, PDF and Word exports in Vietnamese',
  (get) => {
    beforeAll(() => setDatabaseForTests(get()));

    async function cluster2026() {
      const [term] = await get().db.select({ id: blocTerms.id }).from(blocTerms).innerJoin(blocs, eq(blocs.id, blocTerms.blocId)).where(and(eq(blocs.code, 'CUM-01'), eq(blocTerms.year, 2026)));
      return term!.id;
    }
    const indicatorId = async (code: string) => (await get().db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, code)))[0]!.id;

    it('a member saves its mid-year report as a draft, then submits it; only submitted reports count; a submitted one cannot change', async () => {
      const termId = await cluster2026();
      const officer = await viewerOf(get(), 'canbo.hoalu');
      const input = ZBlocReport.parse({
        termId,
        period: 'mid_year',
        summary: 'Thu ngân sách 6 tháng đạt 58% dự toán năm; 99,1% hồ sơ thủ tục hành chính đúng hạn.',
        figures: [
          { indicatorId: await indicatorId('budget_revenue'), target: '820', result: '475,6', changePct: '9,4' },
          { indicatorId: await indicatorId('admin_on_time'), target: '98', result: '99,1', changePct: '' },
        ],
        submit: false,
      });
      const draft = await saveMemberReport(contextOf(officer), input);
      expect(draft.submitted).toBe(false);
      let report = await getBlocPeriodReport(officer, termId, 'mid_year');
      expect(report.submitted).toBe(0);
      expect(report.aggregate).toEqual([]);

      await saveMemberReport(contextOf(officer), { ...input, submit: true });
      report = await getBlocPeriodReport(officer, termId, 'mid_year');
      expect(report.submitted).toBe(1);
      expect(report.aggregate.find((a) => a.nameEn === 'State budget revenue')).toMatchObject({ target: 820, result: 475.6, targetSharePct: 58, reporting: 1 });
      expect(await refusal(saveMemberReport(contextOf(officer), { ...input, summary: 'Sửa sau khi đã gửi, không được phép.' }))).toBe('report_already_submitted');
      const events = await get().db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityKind, 'bloc_report'));
      expect(events.map((e) => e.action)).toEqual(['bloc_report_save', 'bloc_report_submit']);
      await verifyChain(get());
    });

    it('sums counts and averages shares over the submitted year-end reports; other blocs’ units see nothing', async () => {
      const termId = await cluster2026();
      const lead = await viewerOf(get(), 'truongcum1');
      const report = await getBlocPeriodReport(lead, termId, 'year_end');
      // Hoa Lư 912.4 + Phủ Lý 790.4 of budget revenue; on-time shares 99.2% and 98.7% average to 98.95%.
      expect(report.aggregate.find((a) => a.nameEn === 'State budget revenue')).toMatchObject({ result: 1702.8, target: 1580, reporting: 2 });
      expect(report.aggregate.find((a) => a.nameEn === 'Administrative procedures settled on time')).toMatchObject({ result: 98.95, reporting: 2 });
      const outsider = await viewerOf(get(), 'canbo.hoalu');
      const other = await get().db.select({ id: blocTerms.id }).from(blocTerms).innerJoin(blocs, eq(blocs.id, blocTerms.blocId)).where(and(eq(blocs.code, 'CUM-02'), eq(blocTerms.year, 2026)));
      if (other[0]) expect(await refusal(getBlocPeriodReport(outsider, other[0].id, 'year_end'))).toBe('not_found');
    });

    it('exports the year-end report as a PDF whose text reads back in Vietnamese, and as Word', async () => {
      const termId = await cluster2026();
      session.viewer = await viewerOf(get(), 'truongcum1');
      session.locale = 'vi';
      const pdf = await exportReport(new Request(`http://laurel.test/api/bloc/${termId}/report?period=year_end&format=pdf`), { params: Promise.resolve({ termId: String(termId) }) });
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(pdf.headers.get('content-disposition')).toMatch(/^attachment;/);
      const pdfBytes = new Uint8Array(await pdf.arrayBuffer());
      if (process.env.LAUREL_KEEP_PDF) fs.writeFileSync(process.env.LAUREL_KEEP_PDF, pdfBytes);
      const text = pdfText(pdfBytes);
      for (const expected of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập – Tự do – Hạnh phúc', 'BÁO CÁO', 'Tổng kết công tác thi đua, khen thưởng năm 2026', 'Thu ngân sách nhà nước trên', 'Phường Hoa Lư', 'Phường Phủ Lý', '1.702,8', '912,4', '107,77%']) {
        expect(text, expected).toContain(expected);
      }

      const docx = await exportReport(new Request(`http://laurel.test/api/bloc/${termId}/report?period=year_end&format=docx`), { params: Promise.resolve({ termId: String(termId) }) });
      expect(docx.status).toBe(200);
      // fflate: the zip library docx itself writes with.
      const xml = strFromU8(unzipSync(new Uint8Array(await docx.arrayBuffer()))['word/document.xml']!);
      for (const expected of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Tổng kết công tác thi đua, khen thưởng năm 2026', 'Phường Hoa Lư', '1.702,8']) expect(xml, expected).toContain(expected);

      session.locale = 'en';
      const english = pdfText(new Uint8Array(await (await exportReport(new Request(`http://laurel.test/api/bloc/${termId}/report?period=year_end&format=pdf`), { params: Promise.resolve({ termId: String(termId) }) })).arrayBuffer()));
      expect(english).toContain('SOCIALIST REPUBLIC OF VIET NAM');
      expect(english).toContain('1,702.8');
      expect(english).toContain('Hoa Lư Ward');

      // Another bloc's member, a bad period, no session: nothing.
      session.viewer = await viewerOf(get(), 'thamdinh');
      expect((await exportReport(new Request(`http://laurel.test/api/bloc/${termId}/report?period=someday&format=pdf`), { params: Promise.resolve({ termId: String(termId) }) })).status).toBe(404);
      session.viewer = null;
      expect((await exportReport(new Request(`http://laurel.test/api/bloc/${termId}/report?period=year_end&format=pdf`), { params: Promise.resolve({ termId: String(termId) }) })).status).toBe(401);
    });
  },
  (database) => seedDemo(database.db),
);
