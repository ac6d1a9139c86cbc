import { expect, test } from '@playwright/test';
import { addToAgenda, agendaRow, createCouncilSession, markAttendance, recordVote, sessionStep } from './fixtures/council';
import { act, decide, expectStatus, personaPage } from './fixtures/pipeline';

// Issue 6, done when: an appraiser, a council secretary and an approver, as new users would, take a
// seeded nomination from appraisal through the council to a signed decision, and anyone verifies it.
// Bùi Văn Hải (a certificate of merit, in appraisal in the demo) is reserved for this journey. The
// public notice is read here only: its comments and closing are the public-notice spec's, which owns
// the demo's one running notice.
const NOMINEE = 'Bùi Văn Hải';
const NUMBER = '4301/QĐ-UBND';

test('from the appraisal queue through a council session and the public notice to a decision and its public verification', async ({ browser }) => {
  // The appraiser starts from the queue, sorted by working days left, and reads the dossier beside the checks.
  const appraiser = await personaPage(browser, 'thamdinh');
  await appraiser.getByRole('link', { name: 'Hàng đợi thẩm định' }).first().click();
  await expect(appraiser).toHaveURL(/\/appraisal$/);
  const row = appraiser.getByRole('row').filter({ hasText: NOMINEE });
  await expect(row).toContainText('ngày làm việc');
  await row.getByRole('link').first().click();
  await expect(appraiser.getByRole('heading', { level: 1 })).toHaveText(NOMINEE);
  await expect(appraiser.locator('[data-column="checks"]')).toContainText('Luật Thi đua, khen thưởng');
  const id = Number(appraiser.url().split('/').pop());
  await act(appraiser, 'Chuyển Hội đồng', { reason: 'Hồ sơ đủ thành phần; tiêu chuẩn Bằng khen đã đối chiếu với báo cáo thành tích.' });
  await expectStatus(appraiser, 'Hội đồng xét');

  // The secretary calls a session, takes attendance (quorum on present members), puts the nomination
  // on the agenda, records the standing committee's review, closes and gets the minutes.
  const secretary = await personaPage(browser, 'thuky.hoidong');
  const sessionId = await createCouncilSession(secretary, 'Phòng họp số 2 (hành trình kiểm thử: Bùi Văn Hải)');
  await markAttendance(secretary, { 'Khổng Văn Thắng': 'Vắng, gửi phiếu bằng văn bản', 'Vương Văn Tịnh': 'Vắng mặt' }, '19/21 có mặt — đủ điều kiện (≥ 80%)');
  await addToAgenda(secretary, [NOMINEE]);
  await sessionStep(secretary, 'Khai mạc phiên họp');
  await recordVote(secretary, NOMINEE, { for: 6, against: 0, standing: true });
  await expect(agendaRow(secretary, NOMINEE).getByText('Chờ quyết định', { exact: true })).toBeVisible();
  await sessionStep(secretary, 'Kết thúc phiên họp');
  const minutes = await secretary.request.get(`/api/council/sessions/${sessionId}/minutes`);
  expect(minutes.status()).toBe(200);
  expect(minutes.headers()['content-type']).toBe('application/pdf');

  // The public notice of the fighters is open to anyone, without signing in; the appraiser follows it.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/public/notices');
  await visitor.getByRole('link', { name: 'Chiến sĩ thi đua cấp tỉnh', exact: true }).first().click();
  await expect(visitor.getByText('Nguyễn Thị Hồng Nhung').first()).toBeVisible();
  await expect(visitor.getByText(NOMINEE)).toHaveCount(0);
  await appraiser.goto('/notices');
  await expect(appraiser.getByRole('link', { name: /Chiến sĩ thi đua cấp tỉnh/ }).first()).toBeVisible();

  // The approver drafts and issues the decision; the nomination is approved with its prize.
  const approver = await personaPage(browser, 'chutich');
  const decisionId = await decide(approver, NOMINEE, NUMBER);
  await expect(approver.getByRole('row').filter({ hasText: NOMINEE })).toContainText('₫');
  const code = (await approver.getByTestId('verification-code').innerText()).trim();
  const pdf = await approver.request.get(`/api/decisions/${decisionId}/document`);
  expect(pdf.headers()['content-type']).toBe('application/pdf');

  // Anyone verifies the decision from the code printed on it.
  await visitor.goto(`/public/verify/${encodeURIComponent(code)}`);
  await expect(visitor.locator('main').getByRole('status')).toContainText('Hợp lệ');
  await expect(visitor.getByText(NUMBER, { exact: true })).toBeVisible();
  await expect(visitor.getByRole('row').filter({ hasText: NOMINEE })).toBeVisible();

  // The auditor reads the whole path on the nomination's timeline.
  const auditor = await personaPage(browser, 'thanhtra');
  await auditor.goto(`/nominations/${id}`);
  await expect(auditor.locator('header').getByText('Đã khen thưởng', { exact: true })).toBeVisible();
  const timeline = auditor.getByRole('table').last();
  for (const step of ['Chuyển Hội đồng', 'Ghi kết quả bỏ phiếu', 'Phê duyệt']) await expect(timeline).toContainText(step);
});
