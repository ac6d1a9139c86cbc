import { expect, test } from '@playwright/test';
import { addToAgenda, agendaRow, createCouncilSession, markAttendance, recordVote, sessionStep } from './fixtures/council';
import { act, decide, expectStatus, openNomination, personaPage } from './fixtures/pipeline';

// Each journey uses nominations no other spec touches (the demo's complete drafts of Hoa Lư ward
// and its one emulation fighter before the council), so the specs can run side by side. The council
// votes in a session of its own per journey (its place names it), with its attendance.
test.describe.configure({ mode: 'serial' });

test('one nomination from draft to approved through five personas; the auditor sees every event in order', async ({ browser }) => {
  const nominee = 'Hà Văn Bình';
  const head = await personaPage(browser, 'thutruong.hoalu');
  const id = await openNomination(head, 'draft', nominee);
  await act(head, 'Gửi');
  await expectStatus(head, 'Đang thẩm định');

  const appraiser = await personaPage(browser, 'thamdinh');
  await openNomination(appraiser, 'appraisal', nominee);
  await act(appraiser, 'Chuyển Hội đồng', { reason: 'Đủ điều kiện theo Điều 74 Luật Thi đua, khen thưởng.' });
  await expectStatus(appraiser, 'Hội đồng xét');

  // A certificate of merit: the standing committee reviews it in the council's session.
  const secretary = await personaPage(browser, 'thuky.hoidong');
  await openNomination(secretary, 'council', nominee);
  await secretary.getByRole('link', { name: 'Đến phiên họp Hội đồng' }).click();
  await expect(secretary.getByText('Hồ sơ này chưa có trong chương trình phiên họp nào.', { exact: false })).toBeVisible();
  await createCouncilSession(secretary, 'Phòng họp số 6 (kiểm thử quy trình: Hà Văn Bình)');
  await markAttendance(secretary, { 'Khổng Văn Thắng': 'Vắng, gửi phiếu bằng văn bản', 'Lò Văn Hưng': 'Vắng, gửi phiếu bằng văn bản', 'Vương Văn Tịnh': 'Vắng mặt' }, '18/21 có mặt — đủ điều kiện (≥ 80%)');
  await addToAgenda(secretary, [nominee]);
  await sessionStep(secretary, 'Khai mạc phiên họp');
  await recordVote(secretary, nominee, { for: 5, against: 1, standing: true });
  await expect(agendaRow(secretary, nominee).getByText('Chờ quyết định', { exact: true })).toBeVisible();
  await sessionStep(secretary, 'Kết thúc phiên họp');

  const approver = await personaPage(browser, 'chutich');
  await decide(approver, nominee, '3001/QĐ-UBND');

  const auditor = await personaPage(browser, 'thanhtra');
  await auditor.goto(`/nominations/${id}`);
  await expect(auditor.locator('header').getByText('Đã khen thưởng', { exact: true })).toBeVisible();
  const actions = await auditor.locator('table').last().locator('tbody tr td:nth-child(3)').allInnerTexts();
  expect(actions).toEqual(['Tạo hồ sơ', 'Gửi', 'Chuyển Hội đồng', 'Ghi kết quả bỏ phiếu', 'Phê duyệt']);
  await auditor.goto('/audit');
  const reference = await auditor.getByRole('row').filter({ hasText: 'Phê duyệt' }).first().locator('td:nth-child(5)').innerText();
  expect(reference).toMatch(/^NB-2026-\d{4}$/);
});

test('a nomination returned by the province, resubmitted, then approved; a second return is refused', async ({ browser }) => {
  const nominee = 'Đặng Thị Hải Yến';
  const head = await personaPage(browser, 'thutruong.hoalu');
  await openNomination(head, 'draft', nominee);
  await act(head, 'Gửi');
  await expectStatus(head, 'Đang thẩm định');

  const appraiser = await personaPage(browser, 'thamdinh');
  await openNomination(appraiser, 'appraisal', nominee);
  await act(appraiser, 'Trả lại', { reason: 'Bổ sung biên bản họp xét có chữ ký.' });
  await expectStatus(appraiser, 'Trả lại bổ sung');

  await openNomination(head, 'returned', nominee);
  // The reviewer's reason, at the top of the page.
  await expect(head.getByRole('region', { name: 'Hồ sơ bị trả lại để bổ sung' }).getByText('Bổ sung biên bản họp xét có chữ ký.')).toBeVisible();
  await act(head, 'Gửi lại');
  await expectStatus(head, 'Đang thẩm định');

  await openNomination(appraiser, 'appraisal', nominee);
  await expect(appraiser.getByText('Sở Nội vụ đã trả lại hồ sơ này một lần.')).toBeVisible();
  await act(appraiser, 'Trả lại', { reason: 'Trả lại lần hai' });
  await expect(appraiser.getByRole('dialog').getByRole('alert')).toContainText('chỉ trả lại hồ sơ để bổ sung một lần');
  await appraiser.getByRole('dialog').getByRole('button', { name: 'Hủy' }).click();
  await act(appraiser, 'Chuyển Hội đồng');
  await expectStatus(appraiser, 'Hội đồng xét');

  const secretary = await personaPage(browser, 'thuky.hoidong');
  await createCouncilSession(secretary, 'Phòng họp số 7 (kiểm thử quy trình: Đặng Thị Hải Yến)');
  await markAttendance(secretary, { 'Khổng Văn Thắng': 'Vắng, gửi phiếu bằng văn bản', 'Lò Văn Hưng': 'Vắng mặt' }, '19/21 có mặt — đủ điều kiện (≥ 80%)');
  await addToAgenda(secretary, [nominee]);
  await sessionStep(secretary, 'Khai mạc phiên họp');
  await recordVote(secretary, nominee, { for: 6, against: 0, standing: true });
  await expect(agendaRow(secretary, nominee).getByText('Chờ quyết định', { exact: true })).toBeVisible();
  await sessionStep(secretary, 'Kết thúc phiên họp');

  const approver = await personaPage(browser, 'chutich');
  await decide(approver, nominee, '3002/QĐ-UBND');
  await head.goto(head.url());
  await expectStatus(head, 'Đã khen thưởng');
});

test('the provincial emulation fighter fails the council ballot at 85.7% of all members (90% needed)', async ({ browser }) => {
  const nominee = 'Đoàn Thị Minh Nguyệt';
  const secretary = await personaPage(browser, 'thuky.hoidong');
  await createCouncilSession(secretary, 'Phòng họp số 8 (kiểm thử quy trình: Chiến sĩ thi đua)');
  // Six away, two of them voting in writing: 15 present of 21, below the quorum (17).
  await markAttendance(
    secretary,
    {
      'Khổng Văn Thắng': 'Vắng, gửi phiếu bằng văn bản',
      'Lò Văn Hưng': 'Vắng, gửi phiếu bằng văn bản',
      'Vương Văn Tịnh': 'Vắng mặt',
      'Trương Thị Huệ': 'Vắng mặt',
      'Đồng Minh Khôi': 'Vắng mặt',
      'Lã Thị Phương': 'Vắng mặt',
    },
    '15/21 có mặt — chưa đủ điều kiện (cần ít nhất 17, ≥ 80%)',
  );
  await addToAgenda(secretary, [nominee]);
  await expect(secretary.getByText('Bỏ phiếu kín: cần ít nhất 90% tổng số thành viên Hội đồng đồng ý (19/21)')).toBeVisible();
  await sessionStep(secretary, 'Khai mạc phiên họp');
  // Below quorum first: refused, nothing changes.
  await recordVote(secretary, nominee, { for: 17, against: 0 }, 'Chưa đủ số thành viên dự họp');
  await expect(agendaRow(secretary, nominee).getByText('Hội đồng xét', { exact: true })).toBeVisible();
  // The four absent come: 19 present and 2 in writing, 21 votes; 18 of all 21 members is 85.7%, below 90%.
  await markAttendance(secretary, { 'Khổng Văn Thắng': 'Vắng, gửi phiếu bằng văn bản', 'Lò Văn Hưng': 'Vắng, gửi phiếu bằng văn bản' }, '19/21 có mặt — đủ điều kiện (≥ 80%)');
  // More votes than the 21 members taking part: refused.
  await recordVote(secretary, nominee, { for: 19, against: 3 }, 'Số phiếu không hợp lệ');
  await recordVote(secretary, nominee, { for: 18, against: 3 });
  await expect(agendaRow(secretary, nominee)).toContainText('18/21 đồng ý (85,7%)');
  await expect(agendaRow(secretary, nominee)).toContainText('Ngưỡng: ≥ 90% tổng số thành viên (cần 19/21)');
  await expect(agendaRow(secretary, nominee).getByText('Không khen thưởng', { exact: true })).toBeVisible();
  await sessionStep(secretary, 'Kết thúc phiên họp');
  await openNomination(secretary, 'rejected', nominee);
  await expectStatus(secretary, 'Không khen thưởng');
});

test("another unit's nomination: nothing by URL, and nothing by a changed form field (S3)", async ({ browser }) => {
  const hoalu = await personaPage(browser, 'thutruong.hoalu');
  const target = await openNomination(hoalu, 'draft', 'Tạ Minh Quang');

  const phuly = await personaPage(browser, 'thutruong.phuly');
  const response = await phuly.goto(`/nominations/${target}`);
  expect(response?.status()).toBe(404);
  await expect(phuly.getByText('Tạ Minh Quang')).toHaveCount(0);

  // Phủ Lý creates its own draft; then its withdrawal form's nomination id is rewritten on the way.
  await phuly.goto('/nominations/new');
  await phuly.getByLabel('Hình thức khen thưởng').selectOption({ label: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (cá nhân)' });
  await phuly.getByLabel('Cá nhân được đề nghị').selectOption({ label: 'Lê Thị Hoa — Công chức Tư pháp – Hộ tịch phường Phủ Lý' });
  await phuly.getByLabel('Tóm tắt thành tích').fill('Hoàn thành xuất sắc nhiệm vụ hộ tịch hai năm liên tục, không để tồn đọng hồ sơ.');
  await phuly.getByRole('button', { name: 'Tạo hồ sơ nháp và tiếp tục' }).click();
  await expect(phuly).toHaveURL(/\/nominations\/\d+\/edit$/);
  const own = Number(phuly.url().split('/').at(-2));
  await phuly.getByRole('link', { name: 'Xong, về trang hồ sơ' }).click();
  await expect(phuly).toHaveURL(new RegExp(`/nominations/${own}$`));
  await expectStatus(phuly, 'Bản nháp');
  let rewritten = 0;
  await phuly.route('**/nominations/**', async (route) => {
    const request = route.request();
    const body = request.postData();
    if (request.method() !== 'POST' || !body) return route.continue();
    // React sends a FormData argument as multipart fields named "_<n>_<field>".
    const changed = body.replace(new RegExp(`(name="(?:_?\\d+_)?nominationId"\\r\\n\\r\\n)${own}\\r\\n`), (_m, head: string) => `${head}${target}\r\n`);
    if (changed !== body) rewritten++;
    return route.continue({ postData: changed });
  });
  await act(phuly, 'Rút hồ sơ', { reason: 'Thử rút hồ sơ của đơn vị khác' });
  await expect(phuly.getByRole('dialog').getByRole('alert')).toContainText('Không tìm thấy hồ sơ');
  expect(rewritten).toBe(1);

  await hoalu.goto(`/nominations/${target}`);
  await expectStatus(hoalu, 'Bản nháp');
  await expect(hoalu.getByText('Thử rút hồ sơ của đơn vị khác')).toHaveCount(0);
});
