import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
// Imported under another name: it sets a cookie, it is no React hook.
import { useLocale as setLocaleCookie, type Locale } from './fixtures/personas';
import { personaPage } from './fixtures/pipeline';

// Issue 6 §4: the public notice of the 2026 provincial emulation fighters (Nguyễn Thị Lan Anh and
// Nguyễn Thị Hồng Nhung, reserved for this spec). An anonymous visitor comments on a nominee; the
// appraiser sees the comment unanswered, is refused closing (the notice's working days have not run),
// and answers it. The public pages show nothing internal and pass axe in both languages.

const AWARD = 'Chiến sĩ thi đua cấp tỉnh';
const FIGHTERS = ['Nguyễn Thị Hồng Nhung', 'Nguyễn Thị Lan Anh'];
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;

async function seriousViolations(page: Page): Promise<string[]> {
  const check = async () =>
    (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  const first = await check();
  if (first.length === 0) return first;
  // A toast caught mid-animation can read as low contrast: what persists a second later is what counts.
  await page.waitForTimeout(1000);
  return check();
}

/** A visitor who is not signed in, in a context of their own. */
async function visitor(browser: Browser, locale: Locale = 'vi', baseURL?: string): Promise<Page> {
  const context = await browser.newContext();
  if (baseURL) await setLocaleCookie(context, baseURL, locale);
  return context.newPage();
}

/** Opens the fighters' running notice from the public list; returns its id. */
async function openFightersNotice(page: Page, award = AWARD): Promise<number> {
  await page.goto('/public/notices');
  await page.getByRole('link', { name: award, exact: true }).first().click();
  await expect(page).toHaveURL(/\/public\/notices\/\d+/);
  return Number(new URL(page.url()).pathname.split('/').pop());
}

/** What a public page must never show: internal references, nomination links, emails, who commented
 * and how to reach them, internal statuses or checks. The whole HTML is read, the data sent to the
 * client components with it. */
async function expectNothingInternal(page: Page, contact: string) {
  const html = await page.content();
  expect(html).not.toMatch(/NB-\d{4}-\d{4}/);
  expect(html).not.toContain(contact);
  expect(html).not.toContain('example.vn');
  expect(html).not.toContain('mailto:');
  expect(html).not.toContain('/nominations/');
  // No internal id travels as data (a key with a value). The form's own field names (authorName,
  // contact) are public by nature; what was typed in them is checked by value above and below.
  expect(html).not.toMatch(/\\?"(nominationId|userId|personId|nomineePersonId|proposingUnitId|createdBy)\\?"\s*:/);
  // A commenter seeded on Lan Anh.
  expect(html).not.toContain('Trần Minh Đức');
  const text = await page.locator('body').innerText();
  expect(text).not.toContain('@');
  expect(text).not.toMatch(EMAIL);
  for (const internal of ['Chờ quyết định', 'Hội đồng xét', 'Điều kiện khen thưởng', 'Tờ trình', 'Đỗ Quang Huy']) expect(text).not.toContain(internal);
}

test.describe('the fighters’ public notice', () => {
  test.describe.configure({ mode: 'serial' });

  const author = 'Phạm Quốc Khánh';
  const contact = 'khanh.pham@example.vn';
  const body = `Đề nghị làm rõ số học sinh đạt giải quốc gia do cô Lan Anh trực tiếp bồi dưỡng trong năm học 2025–2026 (góp ý ${Date.now()}).`;

  test('an anonymous visitor reads the notice and comments on a nominee; nothing internal is shown', async ({ browser }) => {
    const page = await visitor(browser);
    const noticeId = await openFightersNotice(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Danh sách đề nghị tặng ${AWARD}`);
    for (const name of FIGHTERS) await expect(page.getByRole('heading', { level: 3, name: new RegExp(name) })).toBeVisible();
    await expect(page.getByText(/Nhận ý kiến từ ngày \d{2}\/\d{2}\/2026 đến hết ngày \d{2}\/\d{2}\/2026 \(10 ngày làm việc\)/)).toBeVisible();
    await expect(page.getByText(/Còn \d+ ngày làm việc/).first()).toBeVisible();
    // No application navigation, no sign-in.
    await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toHaveCount(0);
    await expect(page).toHaveURL(new RegExp(`/public/notices/${noticeId}`));

    await page.getByRole('link', { name: 'Góp ý về trường hợp Nguyễn Thị Lan Anh', exact: true }).click();
    await expect(page).toHaveURL(/candidate=[0-9a-f]{20}/);
    const form = page.getByRole('region', { name: 'Gửi ý kiến góp ý' });
    await expect(form.getByLabel('Trường hợp góp ý', { exact: true }).locator('option:checked')).toHaveText('Nguyễn Thị Lan Anh');

    // Too short: refused on the spot, nothing sent, what was typed stays.
    await form.getByLabel('Họ và tên', { exact: true }).fill(author);
    await form.getByLabel('Nội dung góp ý', { exact: true }).fill('Ngắn');
    await form.getByRole('button', { name: 'Gửi ý kiến', exact: true }).click();
    await expect(form.getByText('Nội dung góp ý từ 10 đến 2.000 ký tự.')).toBeVisible();
    await expect(form.getByLabel('Họ và tên', { exact: true })).toHaveValue(author);

    await form.getByLabel('Số điện thoại hoặc địa chỉ thư điện tử (không bắt buộc)', { exact: true }).fill(contact);
    await form.getByLabel('Nội dung góp ý', { exact: true }).fill(body);
    await form.getByRole('button', { name: 'Gửi ý kiến', exact: true }).click();
    const confirmation = form.getByRole('status');
    await expect(confirmation).toContainText('Đã nhận ý kiến của ông/bà');
    await expect(confirmation).toContainText('sẽ được trả lời');
    // The comment is for the staff: the public page does not show it, nor who wrote it.
    await page.reload();
    await expect(page.getByText(body)).toHaveCount(0);
    await expect(page.getByText(author)).toHaveCount(0);
    await expectNothingInternal(page, contact);
    await page.goto('/public/notices');
    await expectNothingInternal(page, contact);
  });

  test('the appraiser sees the comment unanswered, is refused closing before the working days have run, and answers it', async ({ browser }) => {
    const appraiser = await personaPage(browser, 'thamdinh');
    await appraiser.goto('/notices');
    await expect(appraiser.getByRole('heading', { level: 1 })).toHaveText('Công khai, lấy ý kiến');
    // The 2026 fighters' notice, still taking comments (the 2025 round's closed notice is listed too).
    const row = appraiser.getByRole('row').filter({ has: appraiser.getByRole('link', { name: AWARD, exact: true }) }).filter({ hasText: 'Đang lấy ý kiến' });
    await expect(row).toHaveCount(1);
    // The seeded question on Lan Anh and the visitor's: two unanswered.
    await expect(row.locator('td').nth(5)).toHaveText('2');
    await row.getByRole('link', { name: AWARD, exact: true }).click();
    await expect(appraiser).toHaveURL(/\/notices\/\d+$/);
    expect(await seriousViolations(appraiser)).toEqual([]);

    const comment = appraiser.getByRole('listitem').filter({ hasText: body });
    await expect(comment).toHaveCount(1);
    await expect(comment.getByText('Chưa trả lời', { exact: true })).toBeVisible();
    await expect(comment.getByText(`Liên hệ (không công khai): ${contact}`)).toBeVisible();

    // Closing is refused: the window runs to the end of its closing day. Nothing moves.
    await appraiser.getByRole('button', { name: 'Kết thúc đợt công khai', exact: true }).click();
    const dialog = appraiser.getByRole('dialog', { name: 'Kết thúc đợt công khai, lấy ý kiến?' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('2 hồ sơ đang công khai sẽ chuyển sang Chờ quyết định');
    expect(await seriousViolations(appraiser)).toEqual([]);
    await dialog.getByRole('button', { name: 'Xác nhận', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText('Chưa thể kết thúc: danh sách phải được công khai đủ 10 ngày làm việc');
    await expect(dialog.getByRole('alert')).toContainText(/đến hết ngày \d{2}\/\d{2}\/2026/);
    await dialog.getByRole('button', { name: 'Huỷ', exact: true }).click();
    await expect(dialog).toBeHidden();
    await appraiser.reload();
    for (const name of FIGHTERS) await expect(appraiser.getByRole('region', { name, exact: true }).getByText('Đang lấy ý kiến', { exact: true })).toBeVisible();

    const answer = 'Cô Lan Anh trực tiếp bồi dưỡng 5 học sinh đạt giải quốc gia năm học 2025–2026 (xác nhận của Sở Giáo dục và Đào tạo).';
    const stillOpen = appraiser.getByRole('listitem').filter({ hasText: body });
    await stillOpen.getByLabel(`Trả lời ý kiến của ${author}`, { exact: true }).fill(answer);
    await stillOpen.getByRole('button', { name: 'Gửi trả lời', exact: true }).click();
    await expect(appraiser.getByText(`Đã trả lời ý kiến của ${author}.`)).toBeVisible();
    const answered = appraiser.getByRole('listitem').filter({ hasText: body });
    await expect(answered.getByText(answer)).toBeVisible();
    await expect(answered.getByText(/^Đã trả lời — Đỗ Quang Huy/)).toBeVisible();

    await appraiser.goto('/notices');
    await expect(appraiser.getByRole('row').filter({ has: appraiser.getByRole('link', { name: AWARD, exact: true }) }).filter({ hasText: 'Đang lấy ý kiến' }).locator('td').nth(5)).toHaveText('1');

    // The answer stays with the staff: the public page shows neither the comment nor the answer.
    const page = await visitor(browser);
    await openFightersNotice(page);
    await expect(page.getByText(answer)).toHaveCount(0);
    await expectNothingInternal(page, contact);
  });
});

for (const locale of ['vi', 'en'] as const) {
  test(`the public notice pages have no serious accessibility violation and fit 360 px [${locale}]`, async ({ browser, baseURL }) => {
    const page = await visitor(browser, locale, baseURL);
    await page.goto('/public/notices');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale === 'vi' ? 'Công khai, lấy ý kiến về các trường hợp đề nghị khen thưởng' : 'Public notice and comments on award nominations');
    expect(await seriousViolations(page)).toEqual([]);
    await openFightersNotice(page, locale === 'vi' ? AWARD : 'Provincial Emulation Fighter');
    await expect(page.getByRole('heading', { level: 2, name: locale === 'vi' ? 'Gửi ý kiến góp ý' : 'Send a comment' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 780 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('the award catalogue lists the rules in force for the administrator, and refuses a notice shorter than 10 working days without saving', async ({ browser }) => {
  const admin = await personaPage(browser, 'quantri');
  await admin.goto('/admin/award-types');
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Danh mục hình thức khen thưởng');
  const fighter = admin.getByRole('region', { name: AWARD, exact: true });
  await expect(fighter.getByText('Từ 90% tổng số thành viên Hội đồng trở lên')).toBeVisible();
  await expect(fighter.getByText('Có, 10 ngày làm việc')).toBeVisible();
  expect(await seriousViolations(admin)).toEqual([]);
  await fighter.getByLabel('Số ngày làm việc công khai', { exact: true }).fill('9');
  await fighter.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(fighter.getByText('Nhập số ngày làm việc từ 10 đến 60.')).toBeVisible();
  await admin.reload();
  await expect(admin.getByRole('region', { name: AWARD, exact: true }).getByText('Có, 10 ngày làm việc')).toBeVisible();

  // Another role does not reach the catalogue.
  const appraiser = await personaPage(browser, 'thamdinh');
  await appraiser.goto('/admin/award-types');
  await expect(appraiser.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
});
