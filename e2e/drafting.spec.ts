import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { pdf } from './fixtures/pdf';
import { expectStatus } from './fixtures/pipeline';
import { signIn, useLocale as setLocaleCookie, type Locale } from './fixtures/personas';

// Issue 4: a unit builds a complete dossier from nothing, in Vietnamese and in English, as a new user
// would: the form, eligibility as it is filled in, autosave, documents, and the head's submission.


async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function persona(browser: Browser, username: string, locale: Locale, baseURL: string): Promise<Page> {
  const context = await browser.newContext();
  await setLocaleCookie(context, baseURL, locale);
  const page = await context.newPage();
  await signIn(page, username, undefined, locale);
  await expect(page).toHaveURL(/\/$/);
  return page;
}

const L = {
  vi: {
    award: 'Hình thức khen thưởng',
    save: 'Đã lưu lúc',
    summary: 'Tóm tắt thành tích',
    addFigure: 'Thêm số liệu',
    result: 'Kết quả',
    change: '± so với năm trước (%)',
    kind: 'Loại tài liệu',
    choose: 'Chọn tệp để tải lên',
    create: 'Tạo hồ sơ nháp và tiếp tục',
    done: 'Xong, về trang hồ sơ',
    submit: 'Gửi',
    confirm: 'Xác nhận',
    appraisal: 'Đang thẩm định',
    kinds: { submission_letter: 'Tờ trình', achievement_report: 'Báo cáo thành tích', meeting_minutes: 'Biên bản họp xét' },
  },
  en: {
    award: 'Award',
    save: 'Saved at',
    summary: 'Achievement summary',
    addFigure: 'Add a figure',
    result: 'Result',
    change: '± on previous year (%)',
    kind: 'Kind of document',
    choose: 'Choose a file to upload',
    create: 'Create the draft and continue',
    done: 'Done, back to the nomination',
    submit: 'Submit',
    confirm: 'Confirm',
    appraisal: 'In appraisal',
    kinds: { submission_letter: 'Submission letter', achievement_report: 'Achievement report', meeting_minutes: 'Review meeting minutes' },
  },
} as const;

async function uploadRequired(page: Page, locale: Locale) {
  const l = L[locale];
  for (const [kind, label] of Object.entries(l.kinds)) {
    await page.getByLabel(l.kind).selectOption({ label });
    await page.getByLabel(l.choose, { exact: true }).setInputFiles({ name: `${kind}.pdf`, mimeType: 'application/pdf', buffer: pdf(kind) });
    await expect(page.getByRole('listitem').filter({ hasText: `${kind}.pdf` })).toHaveCount(1);
  }
}

test('vi: an officer builds a dossier for a person added in the form; the checks fail, and the head submits only after confirming', async ({ browser, baseURL }) => {
  const officer = await persona(browser, 'canbo.hoalu', 'vi', baseURL!);
  await officer.goto('/nominations/new');
  expect(await seriousViolations(officer)).toEqual([]);
  await officer.getByLabel(L.vi.award).selectOption({ label: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (cá nhân)' });
  await officer.getByLabel('Thêm người mới').check();
  await officer.getByLabel('Họ và tên').fill('Lò Thị Hoa Ban');
  await officer.getByLabel('Giới tính').selectOption('female');
  await officer.getByLabel('Năm sinh').fill('1994');
  await officer.getByLabel('Chức vụ, đơn vị công tác').fill('Công chức Văn hóa – Xã hội phường Hoa Lư');
  // Eligibility as you type: someone just entered has no titles on record.
  const checks = officer.getByRole('region', { name: 'Điều kiện khen thưởng' });
  await expect(checks.getByText('Chưa đủ điều kiện')).toBeVisible();
  await expect(checks.getByText('2 năm liên tục đạt Chiến sĩ thi đua cơ sở')).toBeVisible();
  await expect(checks.getByText('2024 ✗')).toHaveCount(2);
  expect(await seriousViolations(officer)).toEqual([]);

  // What was typed survives a reload until the draft exists.
  await officer.reload();
  await expect(officer.getByText('Đã khôi phục nội dung bạn nhập lần trước')).toBeVisible();
  await expect(officer.getByLabel('Họ và tên')).toHaveValue('Lò Thị Hoa Ban');
  await officer.getByRole('button', { name: L.vi.create }).click();
  await expect(officer).toHaveURL(/\/nominations\/\d+\/edit$/);
  const id = Number(officer.url().split('/').at(-2));

  await officer.getByLabel(L.vi.summary).fill('Hai năm liên tục hoàn thành xuất sắc nhiệm vụ; tổ chức 24 hoạt động văn hóa cộng đồng sau sắp xếp.');
  await officer.getByRole('button', { name: L.vi.addFigure }).click();
  await officer.getByLabel(/^Kết quả/).fill('50.985,5');
  await expect(officer.getByText('Nhập số, dùng dấu phẩy')).toBeVisible();
  await expect(officer.locator('[data-save-state]')).toHaveText(/Chưa lưu: hãy sửa các ô được đánh dấu/);
  await officer.getByLabel(/^Kết quả/).fill('50985,5');
  await officer.getByLabel(L.vi.change).fill('5,8');
  await expect(officer.locator('[data-save-state]')).toHaveText(new RegExp(L.vi.save));

  await officer.getByRole('button', { name: 'Đăng ký sáng kiến đã được công nhận' }).click();
  await officer.getByLabel('Tên sáng kiến').fill('Sổ tay điện tử hướng dẫn thủ tục văn hóa cơ sở');
  await officer.getByLabel('Cơ quan công nhận').fill('Hội đồng Sáng kiến phường Hoa Lư');
  await officer.getByLabel('Phạm vi ảnh hưởng').selectOption({ label: 'cấp cơ sở' });
  await officer.getByLabel('Quyết định công nhận (số, ngày, cơ quan)').fill('Quyết định số 53/QĐ-UBND ngày 19/11/2026 của Chủ tịch UBND phường Hoa Lư');
  await officer.getByLabel('Ngày công nhận').fill('2026-11-19');
  await officer.getByRole('button', { name: 'Lưu sáng kiến và gắn vào hồ sơ' }).click();
  await expect(officer.getByRole('checkbox', { name: /Sổ tay điện tử hướng dẫn thủ tục văn hóa cơ sở/ })).toBeChecked();
  await expect(officer.locator('[data-save-state]')).toHaveText(new RegExp(L.vi.save));
  await uploadRequired(officer, 'vi');
  expect(await seriousViolations(officer)).toEqual([]);

  // Leaving with unsaved changes asks first; staying keeps them, and they are saved.
  await officer.getByLabel(L.vi.summary).fill('Hai năm liên tục hoàn thành xuất sắc nhiệm vụ; tổ chức 25 hoạt động văn hóa cộng đồng sau sắp xếp.');
  let asked = '';
  officer.once('dialog', (dialog) => {
    asked = dialog.message();
    void dialog.dismiss();
  });
  await officer.getByRole('link', { name: /Về trang hồ sơ/ }).click();
  expect(asked).toContain('chưa được lưu');
  await expect(officer).toHaveURL(/\/edit$/);
  await expect(officer.locator('[data-save-state]')).toHaveText(new RegExp(L.vi.save));

  // Everything survives a reload: it is in the database, not the page.
  await officer.reload();
  await expect(officer.getByLabel(L.vi.summary)).toHaveValue(/25 hoạt động/);
  await expect(officer.getByLabel(/^Kết quả/)).toHaveValue('50985,5');
  await expect(officer.getByRole('checkbox', { name: /Sổ tay điện tử/ })).toBeChecked();

  // The head submits: the failed checks need a confirmation, which then travels with the dossier.
  const head = await persona(browser, 'thutruong.hoalu', 'vi', baseURL!);
  await head.goto(`/nominations/${id}`);
  await expect(head.getByRole('heading', { level: 1 })).toHaveText('Lò Thị Hoa Ban');
  await expect(head.getByText('50.985,5')).toBeVisible();
  await head.getByRole('button', { name: L.vi.submit, exact: true }).click();
  const confirmDialog = head.getByRole('dialog');
  const tick = confirmDialog.getByRole('checkbox', { name: 'Tôi xác nhận trình hồ sơ dù chưa đạt các điều kiện trên.' });
  await expect(tick).toBeVisible();
  expect(await seriousViolations(head)).toEqual([]);
  await confirmDialog.getByRole('button', { name: L.vi.confirm, exact: true }).click();
  // Not ticked: the browser holds the form back and nothing is sent.
  await expect(confirmDialog).toBeVisible();
  await tick.check();
  await confirmDialog.getByRole('button', { name: L.vi.confirm, exact: true }).click();
  await expectStatus(head, L.vi.appraisal);
  await expect(head.getByText(/Hồ sơ được trình dù chưa đạt điều kiện; Nguyễn Văn Hùng đã xác nhận/)).toBeVisible();
  expect(await seriousViolations(head)).toEqual([]);
});

test('en: an officer builds a household dossier; submitting before the documents names each missing one; complete, it goes to the province', async ({ browser, baseURL }) => {
  const officer = await persona(browser, 'canbo.hoalu', 'en', baseURL!);
  await officer.goto('/nominations/new');
  await officer.getByLabel(L.en.award).selectOption({ label: 'Certificate of Merit of the Provincial Chairman (household)' });
  await officer.getByLabel('Add a household').check();
  await officer.getByLabel('Head of household').fill('Phạm Văn Lực');
  await officer.getByLabel('Address').fill('Tổ dân phố số 3, phường Hoa Lư, tỉnh Ninh Bình');
  const checks = officer.getByRole('region', { name: 'Eligibility' });
  await expect(checks.getByText(/to be confirmed by the appraiser/i).first()).toBeVisible();
  expect(await seriousViolations(officer)).toEqual([]);
  await officer.getByRole('button', { name: L.en.create }).click();
  await expect(officer).toHaveURL(/\/nominations\/\d+\/edit$/);
  const id = Number(officer.url().split('/').at(-2));
  await officer.getByLabel(L.en.summary).fill('Donated 300 m² of land to widen the ward’s road and funded the cultural house’s roof.');
  await expect(officer.locator('[data-save-state]')).toHaveText(new RegExp(L.en.save));
  // A household has no initiatives; the award history says it holds nothing yet.
  await expect(officer.getByRole('heading', { name: 'Initiatives' })).toHaveCount(0);
  await expect(officer.getByText('The registry records no title or award of this nominee.')).toBeVisible();
  expect(await seriousViolations(officer)).toEqual([]);

  const head = await persona(browser, 'thutruong.hoalu', 'en', baseURL!);
  await head.goto(`/nominations/${id}`);
  await head.getByRole('button', { name: L.en.submit, exact: true }).click();
  await head.getByRole('dialog').getByRole('button', { name: L.en.confirm, exact: true }).click();
  const refusal = head.getByRole('dialog').getByRole('alert');
  await expect(refusal).toContainText('Required documents are missing: Submission letter; Achievement report; Review meeting minutes');
  await head.getByRole('dialog').getByRole('button', { name: 'Cancel', exact: true }).click();

  await officer.getByRole('link', { name: L.en.done }).click();
  await expect(officer).toHaveURL(new RegExp(`/nominations/${id}$`));
  await officer.getByRole('link', { name: 'Edit dossier' }).click();
  // The nomination's page has an upload area too: wait for the editor before using it.
  await expect(officer).toHaveURL(/\/edit$/);
  await expect(officer.getByRole('heading', { level: 1 })).toHaveText('Dossier: Household of Phạm Văn Lực');
  await uploadRequired(officer, 'en');

  await head.reload();
  await head.getByRole('button', { name: L.en.submit, exact: true }).click();
  await expect(head.getByRole('dialog').getByRole('checkbox')).toHaveCount(0);
  await head.getByRole('dialog').getByRole('button', { name: L.en.confirm, exact: true }).click();
  await expectStatus(head, L.en.appraisal);
  expect(await seriousViolations(head)).toEqual([]);
});
