import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { openNomination, personaPage } from './fixtures/pipeline';

/** A small, valid one-page PDF. */
function pdf(text: string): Buffer {
  const stream = `BT /F1 18 Tf 72 760 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

test('a unit uploads a dossier document, a fake PDF is refused, the file downloads byte-identical, another unit gets nothing (S8, S3)', async ({ browser }) => {
  const officer = await personaPage(browser, 'canbo.hoalu');
  await openNomination(officer, 'draft', 'Phạm Thị Thu Trang');
  await officer.getByLabel('Loại tài liệu').selectOption({ label: 'Tờ trình' });

  await officer.locator('input[type=file]').setInputFiles({ name: 'to-trinh.pdf', mimeType: 'application/pdf', buffer: Buffer.from('plain text pretending to be a PDF') });
  await expect(officer.getByText('Loại tệp không được chấp nhận')).toBeVisible();
  await expect(officer.getByText('to-trinh.pdf')).toHaveCount(0);

  const bytes = pdf('To trinh de nghi khen thuong');
  await officer.locator('input[type=file]').setInputFiles({ name: 'Tờ trình số 12.pdf', mimeType: 'application/pdf', buffer: bytes });
  await expect(officer.getByText('Tờ trình số 12.pdf')).toBeVisible();
  const digest = createHash('sha256').update(bytes).digest('hex');
  await expect(officer.getByText(digest)).toBeVisible();

  const row = officer.getByRole('listitem').filter({ hasText: 'Tờ trình số 12.pdf' });
  const [download] = await Promise.all([officer.waitForEvent('download'), row.getByRole('link', { name: 'Tải xuống' }).click()]);
  expect(download.suggestedFilename()).toBe('Tờ trình số 12.pdf');
  expect(createHash('sha256').update(fs.readFileSync((await download.path())!)).digest('hex')).toBe(digest);

  const href = await row.getByRole('link', { name: 'Tải xuống' }).getAttribute('href');
  const phuly = await personaPage(browser, 'thutruong.phuly');
  const foreign = await phuly.request.get(href!);
  expect(foreign.status()).toBe(404);
  expect((await foreign.body()).includes(Buffer.from('%PDF'))).toBe(false);
});
