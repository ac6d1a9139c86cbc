import { randomUUID } from 'node:crypto';
import { getLocale, getTranslations } from 'next-intl/server';
import { getCurrentUser } from '@/db/queries/current-user';
import { blocReportHeader, getBlocPeriodReport } from '@/db/queries/bloc-reports';
import { documentFonts } from '@/db/queries/document-fonts';
import { blocReportDocument } from '@/lib/documents/bloc-report-document';
import { renderDocx } from '@/lib/documents/render-docx';
import { renderPdf } from '@/lib/documents/render-pdf';
import { contentDisposition, plainResponse as plain } from '@/lib/http/download';
import { todayInVietnam } from '@/lib/rules/dates';
import { WorkflowError } from '@/lib/workflow/refusals';

export const dynamic = 'force-dynamic';

const TYPES = { pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } as const;

/** The bloc's aggregate report for a period (`?period=mid_year|year_end`) as PDF or Word
 * (`?format=pdf|docx`), in the viewer's language, for those who may read the bloc-year. */
export async function GET(request: Request, { params }: { params: Promise<{ termId: string }> }): Promise<Response> {
  const viewer = await getCurrentUser();
  if (!viewer) return plain(401, 'Sign in first');
  const raw = (await params).termId;
  const termId = /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : NaN;
  const search = new URL(request.url).searchParams;
  const period = search.get('period');
  const format = search.get('format');
  if (!Number.isSafeInteger(termId) || (period !== 'mid_year' && period !== 'year_end') || (format !== 'pdf' && format !== 'docx')) return plain(404, 'Not found');
  try {
    const report = await getBlocPeriodReport(viewer, termId, period);
    const header = await blocReportHeader(termId, period);
    const locale = (await getLocale()) === 'en' ? 'en' : 'vi';
    const t = await getTranslations({ locale, namespace: 'blocReportDoc' });
    const pick = (vi: string, en: string) => (locale === 'vi' ? vi : en);
    const doc = blocReportDocument(
      {
        year: report.term.year,
        period,
        blocName: pick(report.term.nameVi, report.term.nameEn),
        headUnitName: pick(report.headVi, report.headEn),
        provinceName: t('issuer', { province: pick(report.provinceVi, report.provinceEn) }),
        place: header?.heldAt?.split(',')[0] ?? pick(report.headVi, report.headEn),
        date: todayInVietnam(),
        summary: header?.summaryVi && locale === 'vi' ? header.summaryVi : null,
        aggregate: report.aggregate.map((a) => ({ name: pick(a.nameVi, a.nameEn), unit: pick(a.unitVi, a.unitEn), target: a.target, result: a.result, targetSharePct: a.targetSharePct, reporting: a.reporting })),
        members: report.members.map((m) => ({
          name: pick(m.nameVi, m.nameEn),
          submitted: Boolean(m.report?.submittedAt),
          figures: (m.report?.figures ?? []).map((f) => ({
            name: pick(f.nameVi, f.nameEn),
            unit: pick(f.unitVi, f.unitEn),
            target: f.target === null ? null : Number(f.target),
            result: Number(f.result),
            changePct: f.changePct === null ? null : Number(f.changePct),
          })),
        })),
        submitted: report.submitted,
      },
      locale,
      (key, values) => t(key as 'title', values),
    );
    const meta = { title: `${doc.title} – ${doc.subtitle}`, subject: pick(report.term.nameVi, report.term.nameEn) };
    const bytes =
      format === 'pdf'
        ? await renderPdf(doc, await documentFonts(), meta)
        : new Uint8Array(await renderDocx(doc, meta));
    const name = `${t('fileName', { year: report.term.year })}-${period === 'mid_year' ? t('fileMidYear') : t('fileYearEnd')}.${format}`;
    return new Response(new Uint8Array(bytes), {
      status: 200,
      headers: {
        'content-type': TYPES[format],
        'content-length': String(bytes.byteLength),
        'content-disposition': contentDisposition(name),
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
      },
    });
  } catch (error) {
    if (error instanceof WorkflowError) return plain(404, 'Not found');
    const reference = randomUUID().slice(0, 8);
    console.error(`[laurel] bloc report failed (ref ${reference})`, error);
    return plain(500, `The report could not be generated (reference ${reference}).`);
  }
}
