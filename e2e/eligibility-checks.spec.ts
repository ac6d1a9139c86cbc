import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn, useLocale as setLocaleCookie, type Locale } from './fixtures/personas';

// The eligibility panel's dossier, procedure and time-limit checks, read by the inspector on
// nominations whose story is over (declined by their bloc, rejected by the province): no other spec
// can move them, so the words asserted here hold whatever runs beside.

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function auditor(browser: Browser, locale: Locale, baseURL: string): Promise<Page> {
  const context = await browser.newContext();
  await setLocaleCookie(context, baseURL, locale);
  const page = await context.newPage();
  await signIn(page, 'thanhtra', undefined, locale);
  await expect(page).toHaveURL(/\/$/);
  return page;
}

async function open(page: Page, status: string, nominee: string): Promise<void> {
  await page.goto(`/nominations?status=${status}`);
  const row = page.getByRole('row').filter({ hasText: nominee });
  await expect(row).toHaveCount(1);
  await row.getByRole('link').click();
  await expect(page).toHaveURL(/\/nominations\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nominee);
}

const L = {
  vi: {
    dongVan: 'Phường Đồng Văn',
    khoa: 'Trần Văn Khoa',
    procedure: 'Hồ sơ và thủ tục',
    ballot: 'Bỏ phiếu vòng 1 ngày 13/11/2026: 2/10 phiếu đồng ý – không đạt',
    quota: 'Cụm, khối đã đề nghị lên tỉnh 1 hồ sơ khác của hình thức này trong đợt (tối đa 1)',
    quotaBasis: /^Căn cứ: Quy chế công tác thi đua, khen thưởng của tỉnh \(số lượng đề nghị/,
    dossierBasis: 'Căn cứ: Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 84 (thành phần hồ sơ đề nghị khen thưởng)',
    dueLater: 'Cụm, khối bổ sung khi đề nghị lên tỉnh: Biên bản họp cụm, khối, Kết quả bỏ phiếu của cụm, khối',
    timeLimits: 'Thời hạn giải quyết',
    kept: 'Đúng thời hạn',
    note: 'Để theo dõi, thanh tra: không ảnh hưởng đến kết quả xét điều kiện của người được đề nghị.',
  },
  en: {
    dongVan: 'Đồng Văn Ward',
    khoa: 'Trần Văn Khoa',
    procedure: 'Dossier and procedure',
    ballot: 'Round 1 ballot on Nov 13, 2026: 2 of 10 in favour – not passed',
    quota: 'The bloc has sent one other nomination of this award to the province this round (at most 1)',
    quotaBasis: /^Legal basis: Quy chế công tác thi đua, khen thưởng của tỉnh \(số lượng đề nghị/,
    dossierBasis: 'Legal basis: Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 84 (thành phần hồ sơ đề nghị khen thưởng)',
    dueLater: 'Added by the bloc when it endorses: Bloc meeting minutes, Bloc ballot result',
    timeLimits: 'Time limits',
    kept: 'Kept',
    note: 'For monitoring and inspection: it does not affect whether the nominee is eligible.',
  },
} as const;

for (const locale of ['vi', 'en'] as const) {
  const l = L[locale];

  test(`${locale}: a flag its bloc declined shows the failed ballot and the used quota, each with its legal basis`, async ({ browser, baseURL }) => {
    const page = await auditor(browser, locale, baseURL!);
    await open(page, 'not_endorsed', l.dongVan);
    await expect(page.getByText(l.procedure, { exact: true })).toBeVisible();
    await expect(page.getByText(l.ballot, { exact: true })).toBeVisible();
    await expect(page.getByText(l.quota, { exact: true })).toBeVisible();
    await expect(page.getByText(l.quotaBasis)).toBeVisible();
    // Declined before the bloc's papers existed: only the unit's own were due.
    await expect(page.getByText(l.dueLater, { exact: true })).toBeVisible();
    await expect(page.getByText(l.dossierBasis, { exact: true })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test(`${locale}: a nomination the province rejected shows its appraisal time limit apart, as not affecting eligibility`, async ({ browser, baseURL }) => {
    const page = await auditor(browser, locale, baseURL!);
    await open(page, 'rejected', l.khoa);
    await expect(page.getByText(l.timeLimits, { exact: true })).toBeVisible();
    await expect(page.getByText(l.kept, { exact: true })).toBeVisible();
    await expect(page.getByText(l.note, { exact: true })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
