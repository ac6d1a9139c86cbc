import { expect, test } from '@playwright/test';
import { expectStatus, personaPage } from './fixtures/pipeline';

// Proposals upward (issue 6 §6). The journey uses the demo's one Government flag awaiting the
// Chairman's submission (Sở Xây dựng, passed by the council 18/21); no other spec touches it, nor the
// proposals page's records.
test.describe.configure({ mode: 'serial' });

const NOMINEE = 'Sở Xây dựng';
const NUMBER = '215/TTr-UBND';
const CENTRAL_ACT = 'Quyết định số 123/QĐ-TTg';

test('the Chairman proposes the Government flag upward, downloads the letter, and records the central acceptance; the nomination is approved on the central act', async ({ browser, baseURL }) => {
  const chairman = await personaPage(browser, 'chutich');
  await chairman.goto('/proposals');
  await expect(chairman.getByRole('heading', { level: 1, name: 'Đề nghị khen thưởng cấp trên' })).toBeVisible();

  // To submit: the council's vote is shown with the nomination.
  const toSubmit = chairman.getByRole('region', { name: /^Chờ trình/ });
  const item = toSubmit.getByRole('listitem').filter({ hasText: NOMINEE });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('18/21 thành viên đồng ý');
  await expect(item).toContainText('Cờ thi đua của Chính phủ');

  // A malformed number is refused on the form, and nothing is sent.
  await item.getByRole('button', { name: `Trình đề nghị cho ${NOMINEE}`, exact: true }).click();
  let dialog = chairman.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Kính gửi', { exact: true })).toHaveValue('Thủ tướng Chính phủ (qua Bộ Nội vụ)');
  await expect(dialog.getByLabel('Ngày trình', { exact: true })).toHaveValue('2026-11-26');
  await dialog.getByLabel('Số tờ trình', { exact: true }).fill('215');
  await dialog.getByRole('button', { name: 'Trình đề nghị', exact: true }).click();
  await expect(dialog.getByText('Số tờ trình có dạng 215/TTr-UBND.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Hủy', exact: true }).click();
  await chairman.reload();
  await expect(chairman.getByRole('region', { name: /^Chờ trình/ }).getByRole('listitem').filter({ hasText: NOMINEE })).toHaveCount(1);

  // Submitted: the nomination leaves the list to submit and awaits the central answer.
  await chairman.getByRole('region', { name: /^Chờ trình/ }).getByRole('button', { name: `Trình đề nghị cho ${NOMINEE}`, exact: true }).click();
  dialog = chairman.getByRole('dialog');
  await dialog.getByLabel('Số tờ trình', { exact: true }).fill(NUMBER);
  await dialog.getByRole('button', { name: 'Trình đề nghị', exact: true }).click();
  await expect(chairman.getByText(`Đã trình Tờ trình số ${NUMBER}.`)).toBeVisible();
  await expect(chairman.getByRole('region', { name: /^Chờ trình/ }).getByRole('listitem').filter({ hasText: NOMINEE })).toHaveCount(0);
  const pending = chairman.getByRole('region', { name: /^Đã trình, chờ trả lời/ }).getByRole('listitem').filter({ hasText: NOMINEE });
  await expect(pending).toContainText(`Tờ trình số ${NUMBER} ngày 26/11/2026`);

  // The letter: a PDF, to those who may read the nomination only.
  const link = pending.getByRole('link', { name: `Tải tờ trình số ${NUMBER} (PDF)`, exact: true });
  const [download] = await Promise.all([chairman.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('Tờ trình 215-TTr-UBND.pdf');
  const bytes = Buffer.concat(await (await download.createReadStream()).toArray());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(/^\/api\/proposals\/\d+\/document$/);
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(`${baseURL}${href}`)).status()).toBe(401);
  await anonymous.close();
  const otherUnit = await personaPage(browser, 'thutruong.hoalu');
  expect((await otherUnit.request.get(href)).status()).toBe(404);
  await otherUnit.context().close();

  // The answer dated before the letter is refused, and changes nothing.
  await pending.getByRole('button', { name: `Ghi nhận trả lời cho Tờ trình số ${NUMBER}`, exact: true }).click();
  dialog = chairman.getByRole('dialog');
  await expect(dialog.getByLabel('Đồng ý khen thưởng')).toBeChecked();
  await dialog.getByLabel('Số, ký hiệu văn bản trả lời', { exact: true }).fill(CENTRAL_ACT);
  await dialog.getByLabel('Ngày văn bản', { exact: true }).fill('2026-11-02');
  await dialog.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Ngày văn bản trả lời phải từ ngày trình tờ trình đến ngày hôm nay.');
  await dialog.getByRole('button', { name: 'Hủy', exact: true }).click();
  await chairman.reload();
  const stillPending = chairman.getByRole('region', { name: /^Đã trình, chờ trả lời/ }).getByRole('listitem').filter({ hasText: NOMINEE });
  await expect(stillPending).toHaveCount(1);

  // Accepted: recorded once, and the nomination approved.
  await stillPending.getByRole('button', { name: `Ghi nhận trả lời cho Tờ trình số ${NUMBER}`, exact: true }).click();
  dialog = chairman.getByRole('dialog');
  await dialog.getByLabel('Số, ký hiệu văn bản trả lời', { exact: true }).fill(CENTRAL_ACT);
  await dialog.getByLabel('Ngày văn bản', { exact: true }).fill('2026-11-26');
  await dialog.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
  await expect(chairman.getByText(`Đã ghi nhận ý kiến trả lời cho Tờ trình số ${NUMBER}.`)).toBeVisible();
  const answered = chairman.getByRole('region', { name: /^Đã có ý kiến trả lời/ }).getByRole('listitem').filter({ hasText: NOMINEE });
  await expect(answered).toContainText('Trung ương đồng ý');
  await expect(answered).toContainText(`${CENTRAL_ACT}, ngày 26/11/2026`);
  await expect(answered).toContainText('Đã khen thưởng');
  await expect(chairman.getByRole('region', { name: /^Đã trình, chờ trả lời/ }).getByRole('listitem').filter({ hasText: NOMINEE })).toHaveCount(0);

  // The nomination: approved, on the central act, with the proposal in its timeline.
  await answered.getByRole('link', { name: NOMINEE, exact: true }).click();
  await expect(chairman).toHaveURL(/\/nominations\/\d+$/);
  await expectStatus(chairman, 'Đã khen thưởng');
  await expect(chairman.getByText(CENTRAL_ACT).first()).toBeVisible();
  const actions = await chairman.locator('table').last().locator('tbody tr td:nth-child(3)').allInnerTexts();
  expect(actions.slice(-2)).toEqual(['Trình đề nghị cấp trên', 'Phê duyệt']);

  // The appraiser reads the page, and has nothing to act on.
  const appraiser = await personaPage(browser, 'thamdinh');
  await appraiser.goto('/proposals');
  await expect(appraiser.getByText('Bạn được xem các đề nghị; việc trình tờ trình và ghi nhận ý kiến trả lời do lãnh đạo UBND tỉnh thực hiện.')).toBeVisible();
  await expect(appraiser.getByRole('region', { name: /^Đã có ý kiến trả lời/ }).getByRole('listitem').filter({ hasText: NOMINEE })).toContainText(CENTRAL_ACT);
  await expect(appraiser.getByRole('button', { name: /^Ghi nhận trả lời|^Trình đề nghị/ })).toHaveCount(0);
});
