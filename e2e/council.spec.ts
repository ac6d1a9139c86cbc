import { expect, test } from '@playwright/test';
import { addToAgenda, agendaRow, createCouncilSession, markAttendance, recordVote, sessionStep } from './fixtures/council';
import { personaPage } from './fixtures/pipeline';

// The council secretary's session (issue 6 §3) on nominations no other spec touches: Tạ Thị Hương's
// certificate of merit and the household of Nguyễn Thị Xuân (Phủ Lý), both before the council and both
// reviewed by the standing committee (its six members: chair, three vice-chairs, two standing members).
const LOCATION = 'Phòng họp số 5, trụ sở UBND tỉnh (kiểm thử phiên họp Hội đồng)';
const HUONG = 'Tạ Thị Hương';
const HOUSEHOLD = 'Hộ ông/bà Nguyễn Thị Xuân';

test('the secretary calls a session, takes attendance with a live quorum, builds the agenda, is refused below quorum, records both reviews, closes and downloads the minutes', async ({ browser }) => {
  const secretary = await personaPage(browser, 'thuky.hoidong');
  await secretary.goto('/council');
  await expect(secretary.getByRole('heading', { level: 1, name: 'Phiên họp Hội đồng Thi đua – Khen thưởng' })).toBeVisible();
  // The seeded next session of 3 December is listed as upcoming.
  await expect(secretary.getByRole('link', { name: '03/12/2026' })).toBeVisible();
  await createCouncilSession(secretary, LOCATION);
  const status = secretary.getByTestId('quorum-status');
  await expect(status).toContainText('0/21 có mặt — chưa đủ điều kiện (cần ít nhất 17, ≥ 80%)');

  // Five absent: 16 of 21 present, below the quorum of 80% of all members.
  await markAttendance(
    secretary,
    { 'Khổng Văn Thắng': 'Vắng mặt', 'Lò Văn Hưng': 'Vắng mặt', 'Vương Văn Tịnh': 'Vắng mặt', 'Trương Thị Huệ': 'Vắng mặt', 'Đồng Minh Khôi': 'Vắng mặt' },
    '16/21 có mặt — chưa đủ điều kiện (cần ít nhất 17, ≥ 80%)',
  );

  await addToAgenda(secretary, [HUONG, HOUSEHOLD]);
  await expect(secretary.getByRole('heading', { level: 2, name: 'Chương trình phiên họp (2 hồ sơ)' })).toBeVisible();
  await expect(agendaRow(secretary, HUONG)).toContainText('Sở Xây dựng');
  await expect(agendaRow(secretary, HOUSEHOLD)).toContainText('Phường Phủ Lý');
  await sessionStep(secretary, 'Khai mạc phiên họp');

  // Below quorum: refused, and nothing changes.
  await recordVote(secretary, HUONG, { for: 6, against: 0, standing: true }, 'Chưa đủ số thành viên dự họp: có mặt 16/21, cần ít nhất 17');
  await expect(agendaRow(secretary, HUONG).getByText('Hội đồng xét', { exact: true })).toBeVisible();
  await expect(agendaRow(secretary, HUONG).getByRole('button', { name: 'Ghi kết quả', exact: true })).toBeVisible();

  // Two of the absent vote in writing, two come: 18 present, 2 written — quorate; written votes do not count as present.
  await markAttendance(
    secretary,
    { 'Khổng Văn Thắng': 'Vắng, gửi phiếu bằng văn bản', 'Lò Văn Hưng': 'Vắng, gửi phiếu bằng văn bản', 'Đồng Minh Khôi': 'Vắng mặt' },
    '18/21 có mặt — đủ điều kiện (≥ 80%)',
  );
  await expect(secretary.getByText('2 thành viên vắng mặt gửi phiếu bằng văn bản')).toBeVisible();

  // The standing committee's review: 5 of its 6 members agree (more than half) — passed.
  await recordVote(secretary, HUONG, { for: 5, against: 1, standing: true });
  await expect(agendaRow(secretary, HUONG)).toContainText('Đạt');
  await expect(agendaRow(secretary, HUONG)).toContainText('Thường trực: 5/6 đồng ý');
  await expect(agendaRow(secretary, HUONG).getByText('Chờ quyết định', { exact: true })).toBeVisible();
  // 3 of 6 is not more than half — not passed.
  await recordVote(secretary, HOUSEHOLD, { for: 3, against: 3, standing: true });
  await expect(agendaRow(secretary, HOUSEHOLD)).toContainText('Không đạt');
  await expect(agendaRow(secretary, HOUSEHOLD).getByText('Không khen thưởng', { exact: true })).toBeVisible();

  await sessionStep(secretary, 'Kết thúc phiên họp');
  await expect(secretary.getByRole('button', { name: 'Lưu điểm danh' })).toHaveCount(0);

  const download = secretary.waitForEvent('download');
  await secretary.getByRole('link', { name: 'Biên bản (PDF)', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Biên bản phiên họp Hội đồng 26-11-2026.pdf');
  const bytes = await (await file.createReadStream()).toArray();
  expect(Buffer.concat(bytes).subarray(0, 5).toString()).toBe('%PDF-');

  // The nomination's own page: the ballot is in its timeline, and its panel points to the council.
  await agendaRow(secretary, HUONG).getByRole('link').first().click();
  await expect(secretary.getByRole('heading', { level: 1 })).toHaveText(HUONG);
  await expect(secretary.locator('header').getByText('Chờ quyết định', { exact: true })).toBeVisible();
  await expect(secretary.locator('table').last()).toContainText('Ghi kết quả bỏ phiếu');
});

test('the province reads a session and its minutes; a ward does not; the nomination page sends the secretary to its session', async ({ browser }) => {
  // The seeded session of 20 November (closed, with its ballots): read only, so this test stands alone.
  const approver = await personaPage(browser, 'chutich');
  await approver.goto('/council');
  await approver.getByRole('link', { name: '20/11/2026' }).click();
  await expect(approver).toHaveURL(/\/council\/\d+$/);
  const sessionId = Number(approver.url().split('/').pop());
  await expect(approver.getByRole('heading', { level: 1 })).toContainText('20/11/2026');
  await expect(approver.getByRole('button', { name: 'Lưu điểm danh' })).toHaveCount(0);
  await expect(approver.getByRole('button', { name: 'Ghi kết quả' })).toHaveCount(0);
  const minutes = await approver.request.get(`/api/council/sessions/${sessionId}/minutes?format=docx`);
  expect(minutes.status()).toBe(200);
  expect(minutes.headers()['content-type']).toContain('officedocument');

  const ward = await personaPage(browser, 'thutruong.hoalu');
  const page = await ward.goto(`/council/${sessionId}`);
  expect(page?.status()).toBe(404);
  expect((await ward.request.get(`/api/council/sessions/${sessionId}/minutes?format=pdf`)).status()).toBe(404);

  // Tây Hoa Lư's excellent collective is on the agenda of the seeded next session: its page leads there.
  const secretary = await personaPage(browser, 'thuky.hoidong');
  await secretary.goto('/nominations?status=council');
  const row = secretary.getByRole('row').filter({ hasText: 'Phường Tây Hoa Lư' });
  await row.getByRole('link').first().click();
  await secretary.getByRole('link', { name: 'Đến phiên họp Hội đồng' }).click();
  await expect(secretary).toHaveURL(/\/council\/\d+#item-\d+$/);
  await expect(secretary.getByText('Hội trường tầng 3, trụ sở Ủy ban nhân dân tỉnh Ninh Bình')).toBeVisible();
});
