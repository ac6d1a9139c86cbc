import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { personaPage } from './fixtures/pipeline';

// The approver's decision (issue 6 §5) on nominees no other spec touches: Hoàng Minh Đức and Vũ Văn
// Toàn (certificate of merit, individual), both awaiting a decision in the demo.
test.describe.configure({ mode: 'serial' });

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const row = (page: Page, name: string) => page.getByRole('row').filter({ hasText: name });

test('chutich drafts a decision from two nominations, declines one with its reason, issues the other; the PDF downloads and its code verifies anonymously', async ({ browser }) => {
  const approver = await personaPage(browser, 'chutich');
  await approver.goto('/decisions/new');
  await expect(approver.getByRole('heading', { level: 1 })).toHaveText('Lập dự thảo quyết định khen thưởng');
  for (const nominee of ['Hoàng Minh Đức', 'Vũ Văn Toàn']) await approver.locator('label').filter({ hasText: nominee }).getByRole('checkbox').check();
  await expect(approver.getByText('Đã chọn 2 hồ sơ')).toBeVisible();

  // A number already used this year (the demo's 56/QĐ-UBND of 16/01/2026) is refused; nothing is saved.
  await approver.getByLabel('Số quyết định', { exact: true }).fill('56/QĐ-UBND');
  await approver.getByRole('button', { name: 'Lưu dự thảo', exact: true }).click();
  await expect(approver.locator('main').getByRole('alert')).toContainText('Số quyết định 56/QĐ-UBND đã được dùng trong năm');
  await expect(approver).toHaveURL(/\/decisions\/new$/);
  // A malformed one is refused on its field.
  await approver.getByLabel('Số quyết định', { exact: true }).fill('41/QD');
  await approver.getByRole('button', { name: 'Lưu dự thảo', exact: true }).click();
  await expect(approver.getByText('Số quyết định có dạng NNN/QĐ-UBND, ví dụ 123/QĐ-UBND.')).toBeVisible();

  await approver.getByLabel('Số quyết định', { exact: true }).fill('4101/QĐ-UBND');
  await approver.getByRole('button', { name: 'Lưu dự thảo', exact: true }).click();
  await expect(approver).toHaveURL(/\/decisions\/\d+$/);
  const decisionId = Number(approver.url().split('/').pop());
  await expect(approver.getByRole('heading', { level: 1 })).toHaveText('4101/QĐ-UBND');
  await expect(approver.locator('main header').getByText('Dự thảo', { exact: true })).toBeVisible();
  // Both recipients with their golden-book numbers and the prize at the base salary of 26/11/2026: 1.0 × 2.530.000.
  await expect(row(approver, 'Hoàng Minh Đức')).toContainText('2.530.000 ₫');
  await expect(row(approver, 'Vũ Văn Toàn')).toContainText('2.530.000 ₫');
  const numbers = await approver.getByRole('table', { name: 'Đối tượng được khen thưởng' }).locator('tbody tr td:first-child').allInnerTexts();
  expect(numbers).toEqual(['1', '2']);
  await expect(approver.getByRole('row').filter({ hasText: 'Tổng tiền thưởng' })).toContainText('5.060.000 ₫');
  expect(await seriousViolations(approver)).toEqual([]);

  // The draft's preview is a PDF.
  const preview = await approver.request.get(`/api/decisions/${decisionId}/document`);
  expect(preview.status()).toBe(200);
  expect(preview.headers()['content-type']).toBe('application/pdf');
  expect(preview.headers()['x-laurel-draft']).toBe('1');

  // Declining Vũ Văn Toàn: a reason is required; then he leaves the draft, rejected.
  await approver.getByRole('button', { name: 'Không khen thưởng Vũ Văn Toàn', exact: true }).click();
  const decline = approver.getByRole('dialog');
  await expect(decline).toBeVisible();
  expect(await seriousViolations(approver)).toEqual([]);
  await decline.getByLabel('Lý do', { exact: true }).fill('Thành tích năm 2026 chưa tiêu biểu so với các trường hợp cùng đợt.');
  await decline.getByRole('button', { name: 'Xác nhận', exact: true }).click();
  await expect(approver.getByRole('dialog')).toBeHidden();
  await expect(row(approver, 'Vũ Văn Toàn')).toHaveCount(0);
  await expect(row(approver, 'Hoàng Minh Đức').locator('td').first()).toHaveText('1');
  await expect(approver.getByRole('row').filter({ hasText: 'Tổng tiền thưởng' })).toContainText('2.530.000 ₫');

  // Issuing: the confirmation says what will happen.
  await approver.getByRole('button', { name: 'Ban hành quyết định', exact: true }).click();
  const confirm = approver.getByRole('dialog');
  await expect(confirm).toContainText('Quyết định 4101/QĐ-UBND ngày 26/11/2026 do Trịnh Văn Lâm ký sẽ được ban hành. 1 đối tượng được phê duyệt');
  await confirm.getByRole('button', { name: 'Xác nhận', exact: true }).click();
  await expect(approver.getByRole('dialog')).toBeHidden();
  await expect(approver.locator('main header').getByText('Đã ban hành', { exact: true })).toBeVisible();
  await expect(row(approver, 'Hoàng Minh Đức')).toContainText('2.530.000 ₫');

  // The stored PDF downloads as a PDF with its recorded hash.
  const document = await approver.request.get(`/api/decisions/${decisionId}/document`);
  expect(document.status()).toBe(200);
  expect(document.headers()['content-type']).toBe('application/pdf');
  expect(document.headers()['x-content-sha256']).toMatch(/^[0-9a-f]{64}$/);
  expect((await document.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const certificateHref = await row(approver, 'Hoàng Minh Đức').getByRole('link', { name: 'Tải giấy chứng nhận của Hoàng Minh Đức' }).getAttribute('href');
  const certificate = await approver.request.get(certificateHref!);
  expect(certificate.headers()['content-type']).toBe('application/pdf');

  // The declined nomination: rejected, with the reason in its timeline.
  await approver.goto('/nominations?status=rejected');
  await approver.getByRole('row').filter({ hasText: 'Vũ Văn Toàn' }).getByRole('link').first().click();
  await expect(approver.locator('main header').getByText('Không khen thưởng', { exact: true })).toBeVisible();
  await expect(approver.getByText('Thành tích năm 2026 chưa tiêu biểu so với các trường hợp cùng đợt.').first()).toBeVisible();

  // Anyone, signed out, verifies the code shown on the decision's page.
  await approver.goto(`/decisions/${decisionId}`);
  const code = (await approver.getByTestId('verification-code').innerText()).trim();
  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto('/public/verify');
  await anonymous.getByLabel('Mã xác minh', { exact: true }).fill(code.toLowerCase());
  await anonymous.getByRole('button', { name: 'Xác minh', exact: true }).click();
  await expect(anonymous).toHaveURL(/\/public\/verify\/[^/]+$/);
  await expect(anonymous.locator('main').getByRole('status')).toContainText('Hợp lệ');
  await expect(anonymous.getByText('4101/QĐ-UBND', { exact: true })).toBeVisible();
  await expect(anonymous.getByRole('row').filter({ hasText: 'Hoàng Minh Đức' })).toBeVisible();
  await expect(anonymous.getByText('Vũ Văn Toàn')).toHaveCount(0);
  expect(await seriousViolations(anonymous)).toEqual([]);
  // A code that matches nothing says so.
  await anonymous.goto('/public/verify/ZZZZ-ZZZZ-ZZZZ');
  await expect(anonymous.locator('main').getByRole('alert')).toContainText('Không tìm thấy quyết định hay giấy chứng nhận nào có mã ZZZZ-ZZZZ-ZZZZ');
  // Signed out, the decision itself and its document stay closed.
  expect((await anonymous.request.get(`/api/decisions/${decisionId}/document`)).status()).toBe(401);
});

test('the auditor reads the decisions read-only; a unit head cannot open one', async ({ browser }) => {
  const auditor = await personaPage(browser, 'thanhtra');
  await auditor.goto('/decisions');
  await expect(auditor.getByText('Bạn xem các quyết định ở chế độ chỉ đọc.')).toBeVisible();
  await expect(auditor.getByRole('link', { name: 'Lập dự thảo quyết định' })).toHaveCount(0);
  await auditor.getByRole('link', { name: '56/QĐ-UBND', exact: true }).click();
  await expect(auditor).toHaveURL(/\/decisions\/\d+$/);
  const id = Number(auditor.url().split('/').pop());
  await expect(auditor.getByRole('button', { name: 'Ban hành quyết định' })).toHaveCount(0);
  expect(await seriousViolations(auditor)).toEqual([]);

  const head = await personaPage(browser, 'thutruong.hoalu');
  const response = await head.goto(`/decisions/${id}`);
  expect(response?.status()).toBe(404);
  expect((await head.request.get(`/api/decisions/${id}/document`)).status()).toBe(404);
});
