import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { pdf } from './fixtures/pdf';
import { openNomination, personaPage } from './fixtures/pipeline';


test('a unit uploads a dossier document, a fake PDF is refused, the file downloads byte-identical, another unit gets nothing (S8, S3)', async ({ browser }) => {
  const officer = await personaPage(browser, 'canbo.hoalu');
  await openNomination(officer, 'draft', 'Phạm Thị Thu Trang');
  await officer.getByLabel('Loại tài liệu').selectOption({ label: 'Tờ trình' });

  // The upload field; each document row has a file input of its own, for replacing it.
  const uploadInput = officer.getByLabel('Chọn tệp để tải lên', { exact: true });
  await uploadInput.setInputFiles({ name: 'to-trinh.pdf', mimeType: 'application/pdf', buffer: Buffer.from('plain text pretending to be a PDF') });
  await expect(officer.getByText('Loại tệp không được chấp nhận')).toBeVisible();
  await expect(officer.getByText('to-trinh.pdf')).toHaveCount(0);

  const bytes = pdf('To trinh de nghi khen thuong');
  await uploadInput.setInputFiles({ name: 'Tờ trình số 12.pdf', mimeType: 'application/pdf', buffer: bytes });
  await expect(officer.getByText('Tờ trình số 12.pdf')).toBeVisible();
  const digest = createHash('sha256').update(bytes).digest('hex');
  // The first 12 hex digits are shown, the whole value is the title and is what the copy button copies.
  await expect(officer.getByTitle(digest, { exact: true })).toHaveText(`${digest.slice(0, 12)}…`);
  await officer.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await officer.getByRole('button', { name: 'Sao chép mã SHA-256 đầy đủ của Tờ trình số 12.pdf', exact: true }).click();
  await expect(officer.getByText('Đã sao chép mã SHA-256.')).toBeVisible();
  expect(await officer.evaluate(() => navigator.clipboard.readText())).toBe(digest);

  const row = officer.getByRole('listitem').filter({ hasText: 'Tờ trình số 12.pdf' });
  const [download] = await Promise.all([officer.waitForEvent('download'), row.getByRole('link', { name: 'Tải xuống Tờ trình số 12.pdf', exact: true }).click()]);
  expect(download.suggestedFilename()).toBe('Tờ trình số 12.pdf');
  expect(createHash('sha256').update(fs.readFileSync((await download.path())!)).digest('hex')).toBe(digest);

  const href = await row.getByRole('link', { name: 'Tải xuống Tờ trình số 12.pdf', exact: true }).getAttribute('href');
  // The route's own policy reaches the browser (the site-wide one in next.config.mjs must not replace it).
  const attachment = await officer.request.get(href!);
  expect(attachment.headers()['content-disposition']).toMatch(/^attachment;/);
  expect(attachment.headers()['content-security-policy']).toBe("default-src 'none'; sandbox");
  expect(attachment.headers()['x-content-type-options']).toBe('nosniff');
  expect((await officer.request.get('/')).headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  const phuly = await personaPage(browser, 'thutruong.phuly');
  const foreign = await phuly.request.get(href!);
  expect(foreign.status()).toBe(404);
  expect((await foreign.body()).includes(Buffer.from('%PDF'))).toBe(false);
});

test('a unit replaces a dossier document (progress, one new row, the old one gone) and views a PDF in the browser, sandboxed', async ({ browser }) => {
  const officer = await personaPage(browser, 'canbo.hoalu');
  await openNomination(officer, 'draft', 'Phạm Thị Thu Trang');
  await officer.getByLabel('Loại tài liệu').selectOption({ label: 'Tài liệu khác' });
  const first = pdf('Ban dau');
  await officer.getByLabel('Chọn tệp để tải lên', { exact: true }).setInputFiles({ name: 'Bản đầu.pdf', mimeType: 'application/pdf', buffer: first });
  const oldRow = officer.getByRole('listitem').filter({ hasText: 'Bản đầu.pdf' });
  await expect(oldRow).toHaveCount(1);

  // Replace: the row's own button opens a file chooser; the new file takes the old one's place.
  const second = pdf('Ban thay the');
  const [chooser] = await Promise.all([officer.waitForEvent('filechooser'), oldRow.getByRole('button', { name: 'Thay thế Bản đầu.pdf', exact: true }).click()]);
  expect(chooser.isMultiple()).toBe(false);
  await chooser.setFiles({ name: 'Bản thay thế.pdf', mimeType: 'application/pdf', buffer: second });
  await expect(officer.getByText('Đã thay thế Bản đầu.pdf bằng Bản thay thế.pdf.')).toBeVisible();
  const newRow = officer.getByRole('listitem').filter({ hasText: 'Bản thay thế.pdf' });
  await expect(newRow).toHaveCount(1);
  await expect(officer.getByRole('listitem').filter({ hasText: 'Bản đầu.pdf' })).toHaveCount(0);
  const digest = createHash('sha256').update(second).digest('hex');
  await expect(newRow.getByTitle(digest, { exact: true })).toBeVisible();

  // A replacement that is not a PDF is refused like any upload, and the document stays.
  const [refusedChooser] = await Promise.all([officer.waitForEvent('filechooser'), newRow.getByRole('button', { name: 'Thay thế Bản thay thế.pdf', exact: true }).click()]);
  await refusedChooser.setFiles({ name: 'gia.pdf', mimeType: 'application/pdf', buffer: Buffer.from('not a pdf at all') });
  await expect(officer.getByText('Loại tệp không được chấp nhận')).toBeVisible();
  await expect(newRow).toHaveCount(1);

  // View: a link to the inline PDF, in a new tab without an opener.
  const view = newRow.getByRole('link', { name: 'Xem Bản thay thế.pdf (mở trong thẻ mới)', exact: true });
  await expect(view).toHaveAttribute('target', '_blank');
  await expect(view).toHaveAttribute('rel', 'noopener');
  const href = (await view.getAttribute('href'))!;
  expect(href).toMatch(/^\/api\/files\/\d+\?inline=1$/);
  const response = await officer.request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-disposition']).toMatch(/^inline;/);
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  expect(response.headers()['content-security-policy']).toBe("sandbox; default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
  expect(createHash('sha256').update(await response.body()).digest('hex')).toBe(digest);

  // Chromium's own viewer renders it under that sandboxed policy: its toolbar counts the one page.
  const [tab] = await Promise.all([officer.context().waitForEvent('page'), view.click()]);
  await tab.waitForLoadState();
  expect(tab.url()).toContain(href);
  await expect.poll(() => tab.frames().some((f) => f.url().startsWith('chrome-extension://')), { timeout: 10_000 }).toBe(true);
  const viewer = tab.frames().find((f) => f.url().startsWith('chrome-extension://'))!;
  await expect(viewer.locator('#pagelength')).toHaveText('1');
  expect(await tab.evaluate(() => window.opener)).toBeNull();
  await tab.close();
});
