import { expect, test, type Page } from '@playwright/test';
import { expectStatus, personaPage } from './fixtures/pipeline';

// The appraiser's workspace (issue 6 §2). The nominations this spec changes are its own: Vũ Đức Anh
// (held and released) and Nguyễn Đức Mạnh (released, then forwarded over a failed check); it only
// reads Trần Văn Biển and the Department of Culture, Sports and Tourism. The e2e server's day is the
// demo's, 26/11/2026.
test.describe.configure({ mode: 'serial' });

const queueRow = (page: Page, nominee: string) => page.getByRole('row').filter({ has: page.getByRole('link', { name: nominee, exact: true }) });

async function openFromQueue(page: Page, nominee: string, status: 'appraisal' | 'on_hold' = 'appraisal'): Promise<void> {
  await page.goto(status === 'on_hold' ? '/appraisal?status=on_hold' : '/appraisal');
  await queueRow(page, nominee).getByRole('link', { name: nominee, exact: true }).click();
  await expect(page).toHaveURL(/\/nominations\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nominee);
}

test('the queue by working days left, filtered by award; the dossier beside the checks', async ({ browser }) => {
  const page = await personaPage(browser, 'thamdinh');
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/appraisal');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hàng đợi thẩm định');
  // Received on 09/11/2026: 13 of its 25 working days have run.
  const bien = queueRow(page, 'Trần Văn Biển');
  await expect(bien).toContainText('còn 12 ngày làm việc');
  await expect(bien).toContainText('hạn 14/12/2026');
  await expect(bien).toContainText('09/11/2026');

  await page.getByLabel('Hình thức khen thưởng', { exact: true }).selectOption({ label: 'Tập thể lao động xuất sắc' });
  await page.getByRole('button', { name: 'Lọc', exact: true }).click();
  await expect(page).toHaveURL(/award=excellent_collective/);
  const department = queueRow(page, 'Sở Văn hóa, Thể thao và Du lịch');
  await expect(department).toContainText('còn 21 ngày làm việc');
  await expect(department).toContainText('Chờ xác nhận');
  await expect(queueRow(page, 'Trần Văn Biển')).toHaveCount(0);
  // The filter lives in the URL: the same link gives the same list.
  await page.reload();
  await expect(queueRow(page, 'Sở Văn hóa, Thể thao và Du lịch')).toHaveCount(1);
  await expect(queueRow(page, 'Trần Văn Biển')).toHaveCount(0);
  await page.getByRole('link', { name: 'Bỏ lọc', exact: true }).click();
  await expect(queueRow(page, 'Trần Văn Biển')).toHaveCount(1);

  await openFromQueue(page, 'Trần Văn Biển');
  await expect(page.getByRole('group', { name: 'Thời hạn thẩm định' })).toContainText('còn 12 ngày làm việc');
  await expect(page.getByRole('group', { name: 'Thời hạn thẩm định' })).toContainText('Nhận đủ hồ sơ ngày 09/11/2026');
  // The one return the law allows is said on the button.
  await expect(page.getByRole('button', { name: 'Trả lại', exact: true })).toHaveAccessibleDescription('«Trả lại» chỉ dùng được một lần cho mỗi hồ sơ.');
  const dossier = page.getByRole('region', { name: 'Tài liệu hồ sơ', exact: true });
  const checks = page.getByRole('region', { name: 'Điều kiện khen thưởng', exact: true });
  await expect(dossier).toBeVisible();
  await expect(checks).toContainText('Căn cứ:');
  const left = (await dossier.boundingBox())!;
  const right = (await checks.boundingBox())!;
  // Side by side: the checks to the right of the dossier, on the same rows of the page.
  expect(right.x).toBeGreaterThanOrEqual(left.x + left.width);
  expect(right.y).toBeLessThan(left.y + left.height);
});

test('Vũ Đức Anh put on hold for a complaint, shown in the queue with its kind, then released to appraisal', async ({ browser }) => {
  const page = await personaPage(browser, 'thamdinh');
  await openFromQueue(page, 'Vũ Đức Anh');
  await page.getByRole('button', { name: 'Tạm dừng', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 5');
  await dialog.getByLabel('Loại lý do tạm dừng').selectOption({ label: 'Khiếu nại, tố cáo' });
  await dialog.locator('[name="reason"]').fill('Đơn khiếu nại ngày 20/11/2026 đang được Thanh tra tỉnh xác minh.');
  await dialog.getByRole('button', { name: 'Xác nhận', exact: true }).click();
  await expectStatus(page, 'Tạm dừng');
  await expect(page.getByRole('group', { name: 'Thời hạn thẩm định' })).toContainText('Khiếu nại, tố cáo');
  const timeline = page.getByRole('region', { name: 'Diễn biến hồ sơ', exact: true });
  await expect(timeline.getByRole('row').filter({ hasText: 'Đơn khiếu nại ngày 20/11/2026' })).toContainText('Khiếu nại, tố cáo');

  await page.goto('/appraisal?status=on_hold');
  const held = queueRow(page, 'Vũ Đức Anh');
  await expect(held).toContainText('Khiếu nại, tố cáo');
  await expect(held).toContainText('Đơn khiếu nại ngày 20/11/2026 đang được Thanh tra tỉnh xác minh.');
  await expect(held).toContainText('Tạm dừng ở bước «Đang thẩm định»');
  await page.goto('/appraisal');
  await expect(queueRow(page, 'Vũ Đức Anh')).toHaveCount(0);

  await openFromQueue(page, 'Vũ Đức Anh', 'on_hold');
  await page.getByRole('button', { name: 'Tiếp tục xét', exact: true }).click();
  await expect(page.getByRole('dialog')).toContainText('Hồ sơ trở lại bước «Đang thẩm định»');
  await page.getByRole('dialog').locator('[name="reason"]').fill('Thanh tra tỉnh kết luận khiếu nại không có cơ sở.');
  await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận', exact: true }).click();
  await expectStatus(page, 'Đang thẩm định');
  await page.goto('/appraisal');
  await expect(queueRow(page, 'Vũ Đức Anh')).toContainText('còn 17 ngày làm việc');
});

test('forwarding over a failed check: refused without a justification, nothing changes; forwarded with one', async ({ browser }) => {
  const page = await personaPage(browser, 'thamdinh');
  // Nguyễn Đức Mạnh is on hold for a complaint still open: released, he fails that check.
  await openFromQueue(page, 'Nguyễn Đức Mạnh', 'on_hold');
  await page.getByRole('button', { name: 'Tiếp tục xét', exact: true }).click();
  await page.getByRole('dialog').locator('[name="reason"]').fill('Tiếp tục thẩm định để trình Hội đồng xem xét.');
  await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận', exact: true }).click();
  await expectStatus(page, 'Đang thẩm định');
  const checks = page.getByRole('region', { name: 'Điều kiện khen thưởng', exact: true });
  await expect(checks).toContainText('Chưa đủ điều kiện: 1 tiêu chí không đạt.');

  await page.getByRole('button', { name: 'Chuyển Hội đồng', exact: true }).click();
  const dialog = page.getByRole('dialog');
  // The dialog names the check being overridden, with its legal basis.
  const overridden = dialog.getByRole('region', { name: '1 điều kiện chưa đạt sẽ được vượt qua khi chuyển Hội đồng:' });
  await expect(overridden).toContainText('Không đang bị xem xét kỷ luật, điều tra, thanh tra');
  await expect(overridden).toContainText('Căn cứ: Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 5');
  await expect(dialog.getByLabel('Lý do chuyển Hội đồng dù chưa đạt điều kiện')).toBeVisible();
  await dialog.getByRole('button', { name: 'Xác nhận', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('Hồ sơ chưa đạt 1 điều kiện khen thưởng');
  await dialog.getByRole('button', { name: 'Hủy', exact: true }).click();
  await page.reload();
  await expectStatus(page, 'Đang thẩm định');
  const timeline = page.getByRole('region', { name: 'Diễn biến hồ sơ', exact: true });
  await expect(timeline.getByRole('row').filter({ hasText: 'Chuyển Hội đồng' })).toHaveCount(0);

  const justification = 'Đơn khiếu nại không liên quan đến thành tích đề nghị khen thưởng; Thanh tra tỉnh xác nhận bằng văn bản ngày 25/11/2026.';
  await page.getByRole('button', { name: 'Chuyển Hội đồng', exact: true }).click();
  await page.getByRole('dialog').getByLabel('Lý do chuyển Hội đồng dù chưa đạt điều kiện').fill(justification);
  await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận', exact: true }).click();
  await expectStatus(page, 'Hội đồng xét');
  await expect(timeline.getByRole('row').filter({ hasText: 'Chuyển Hội đồng' })).toContainText(justification);
  await page.goto('/appraisal');
  await expect(queueRow(page, 'Nguyễn Đức Mạnh')).toHaveCount(0);
});
