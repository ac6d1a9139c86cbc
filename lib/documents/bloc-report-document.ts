import { MOTTO, formatNumber, placeDate, type AdminDocument } from './admin-document';

/** What the bloc's report says, as the data access layer gives it. */
export interface BlocReportData {
  year: number;
  period: 'mid_year' | 'year_end';
  blocName: string;
  headUnitName: string;
  provinceName: string;
  place: string;
  date: string;
  summary: string | null;
  aggregate: { name: string; unit: string; target: number | null; result: number; targetSharePct: number | null; reporting: number }[];
  members: { name: string; submitted: boolean; figures: { name: string; unit: string; target: number | null; result: number; changePct: number | null }[] }[];
  submitted: number;
}

type T = (key: string, params?: Record<string, string | number>) => string;

/** The bloc's aggregate report (báo cáo sơ kết / tổng kết) as an administrative document; `t` gives
 * the words of the document's language (messages `blocReportDoc`). */
export function blocReportDocument(data: BlocReportData, locale: 'vi' | 'en', t: T): AdminDocument {
  const n = (v: number | null) => formatNumber(v, locale);
  const pct = (v: number | null) => (v === null ? '—' : `${formatNumber(v, locale)}%`);
  return {
    issuer: [data.provinceName.toUpperCase(), data.blocName.toUpperCase()],
    motto: MOTTO[locale],
    number: t('number'),
    placeDate: placeDate(data.place, data.date, locale),
    title: t('title'),
    subtitle: t(data.period === 'mid_year' ? 'subtitleMidYear' : 'subtitleYearEnd', { year: data.year }),
    paragraphs: [
      t('intro', { bloc: data.blocName, year: data.year, submitted: data.submitted, members: data.members.length }),
      ...(data.summary ? [data.summary] : []),
    ],
    tables: [
      {
        caption: t('aggregateCaption'),
        header: [t('indicator'), t('unit'), t('target'), t('result'), t('share'), t('reporting')],
        widths: [3.2, 1.2, 1.2, 1.2, 1, 1],
        numeric: [false, false, true, true, true, true],
        rows: data.aggregate.map((a) => [a.name, a.unit, n(a.target), n(a.result), pct(a.targetSharePct), String(a.reporting)]),
      },
      ...data.members
        .filter((m) => m.submitted)
        .map((m) => ({
          caption: m.name,
          header: [t('indicator'), t('unit'), t('target'), t('result'), t('change')],
          widths: [3.2, 1.2, 1.2, 1.2, 1.2],
          numeric: [false, false, true, true, true],
          rows: m.figures.map((f) => [f.name, f.unit, n(f.target), n(f.result), f.changePct === null ? '—' : `${f.changePct > 0 ? '+' : ''}${formatNumber(f.changePct, locale)}%`]),
        })),
    ],
    signature: { role: t('signatureRole'), unit: data.headUnitName, name: null },
    recipientsLabel: t('recipients'),
    recipients: [t('recipientProvince'), t('recipientMembers'), t('recipientArchive')],
    footer: t('footer', { bloc: data.blocName, year: data.year }),
  };
}
