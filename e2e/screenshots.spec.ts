import { test, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, signIn, useLocale } from './fixtures/personas';
// Under another name where it is called outside a test's body: it sets a cookie, it is no React hook.
import { useLocale as setLocaleCookie } from './fixtures/personas';

// `npm run screenshots`: the login page and every persona's home page, in both languages, into
// docs/screenshots/ — how Laurel looks, kept beside the code.
for (const locale of ['vi', 'en'] as const) {
  test(`login page [${locale}]`, async ({ page, context, baseURL }) => {
    await useLocale(context, baseURL!, locale);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/login');
    await page.screenshot({ path: `docs/screenshots/${locale}-login.png` });
    await page.setViewportSize({ width: 360, height: 780 });
    await page.screenshot({ path: `docs/screenshots/${locale}-login-360.png`, fullPage: true });
  });

  for (const account of DEMO_ACCOUNTS) {
    test(`${account.username} home [${locale}]`, async ({ page, context, baseURL }) => {
      await useLocale(context, baseURL!, locale);
      await page.setViewportSize({ width: 1440, height: 900 });
      await signIn(page, account.username, DEMO_PASSWORD, locale);
      await page.waitForURL(/\/$/);
      await page.screenshot({ path: `docs/screenshots/${locale}-${account.username}.png`, fullPage: true });
    });
  }
}

for (const locale of ['vi', 'en'] as const) {
  test(`the appraiser's queue and a nomination's page [${locale}]`, async ({ page, context, baseURL }) => {
    await useLocale(context, baseURL!, locale);
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, 'thamdinh', DEMO_PASSWORD, locale);
    await page.waitForURL(/\/$/);
    await page.goto('/nominations?status=appraisal');
    await page.screenshot({ path: `docs/screenshots/${locale}-nominations-appraisal.png`, fullPage: true });
    await page.locator('tbody a').first().click();
    await page.waitForURL(/\/nominations\/\d+$/);
    await page.screenshot({ path: `docs/screenshots/${locale}-nomination.png`, fullPage: true });
  });
}

for (const locale of ['vi', 'en'] as const) {
  test(`the unit's new-nomination form and a draft's editor [${locale}]`, async ({ page, context, baseURL }) => {
    await useLocale(context, baseURL!, locale);
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, 'canbo.hoalu', DEMO_PASSWORD, locale);
    await page.waitForURL(/\/$/);
    await page.goto('/nominations/new');
    // The provincial fighter for Nguyễn Thị Hồng Nhung: her three years pass, the rest explain themselves.
    await page.locator('#awardTypeId').selectOption({ label: locale === 'vi' ? 'Chiến sĩ thi đua cấp tỉnh' : 'Provincial Emulation Fighter' });
    await page.locator('#nominee-personId').selectOption({ label: 'Nguyễn Thị Hồng Nhung — Phó Chủ tịch UBND phường Hoa Lư' });
    await page.locator('[aria-busy="false"]').filter({ has: page.locator('ul') }).waitFor();
    await page.screenshot({ path: `docs/screenshots/${locale}-nomination-new.png`, fullPage: true });
    await page.goto('/nominations?status=draft');
    await page.getByRole('row').filter({ hasText: 'Tạ Minh Quang' }).getByRole('link').click();
    await page.waitForURL(/\/nominations\/\d+$/);
    await page.goto(`${page.url()}/edit`);
    await page.locator('[data-save-state]').waitFor();
    await page.screenshot({ path: `docs/screenshots/${locale}-nomination-editor.png`, fullPage: true });
    await page.setViewportSize({ width: 360, height: 780 });
    await page.screenshot({ path: `docs/screenshots/${locale}-nomination-editor-360.png`, fullPage: true });
  });
}

for (const locale of ['vi', 'en'] as const) {
  test(`the bloc's year: the lead's page, a member's score sheet, the ballot and the reports [${locale}]`, async ({ page, context, baseURL, browser }) => {
    await useLocale(context, baseURL!, locale);
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, 'truongcum1', DEMO_PASSWORD, locale);
    await page.waitForURL(/\/$/);
    await page.goto('/bloc');
    await page.screenshot({ path: `docs/screenshots/${locale}-bloc-year.png`, fullPage: true });
    await page.goto('/bloc/ballot');
    await page.screenshot({ path: `docs/screenshots/${locale}-bloc-ballot.png`, fullPage: true });
    const memberContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await useLocale(memberContext, baseURL!, locale);
    const member = await memberContext.newPage();
    await signIn(member, 'canbo.hoalu', DEMO_PASSWORD, locale);
    await member.waitForURL(/\/$/);
    await member.goto('/bloc/scoring');
    await member.screenshot({ path: `docs/screenshots/${locale}-bloc-scoring.png`, fullPage: true });
    await member.goto('/bloc/reports?period=year_end');
    await member.screenshot({ path: `docs/screenshots/${locale}-bloc-reports.png`, fullPage: true });
    await memberContext.close();
  });
}

for (const locale of ['vi', 'en'] as const) {
  test(`the province's workspaces [${locale}]`, async ({ browser, baseURL }) => {
    /** Each persona in a context of its own, in the test's language, at 1440 px. */
    const as = async (username: string | null) => {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      await setLocaleCookie(context, baseURL!, locale);
      const page = await context.newPage();
      if (username) {
        await signIn(page, username, DEMO_PASSWORD, locale);
        await page.waitForURL(/\/$/);
      }
      return page;
    };
    const shot = (page: Page, name: string) => page.screenshot({ path: `docs/screenshots/${locale}-${name}.png`, fullPage: true });

    const appraiser = await as('thamdinh');
    await appraiser.goto('/appraisal');
    await shot(appraiser, 'appraisal-queue');
    await appraiser.locator('tbody a').first().click();
    await appraiser.waitForURL(/\/nominations\/\d+$/);
    await shot(appraiser, 'appraisal-nomination');
    await appraiser.goto('/notices');
    await appraiser.locator('main a[href^="/notices/"]').first().click();
    await appraiser.waitForURL(/\/notices\/\d+$/);
    await shot(appraiser, 'notice-workspace');

    const secretary = await as('thuky.hoidong');
    await secretary.goto('/council');
    await shot(secretary, 'council-sessions');
    await secretary.locator('main a[href^="/council/"]:not([href="/council/new"])').first().click();
    await secretary.waitForURL(/\/council\/\d+$/);
    await shot(secretary, 'council-session');

    const approver = await as('chutich');
    await approver.goto('/decisions');
    await shot(approver, 'decisions');
    await approver.locator('main a[href^="/decisions/"]:not([href="/decisions/new"])').first().click();
    await approver.waitForURL(/\/decisions\/\d+$/);
    await shot(approver, 'decision');
    const code = (await approver.getByTestId('verification-code').innerText()).trim();
    await approver.goto('/proposals');
    await shot(approver, 'proposals');

    const visitor = await as(null);
    await visitor.goto('/public/notices');
    await visitor.locator('main a[href^="/public/notices/"]').first().click();
    await visitor.waitForURL(/\/public\/notices\/\d+/);
    await shot(visitor, 'public-notice');
    await visitor.setViewportSize({ width: 360, height: 780 });
    await shot(visitor, 'public-notice-360');
    await visitor.setViewportSize({ width: 1440, height: 900 });
    await visitor.goto(`/public/verify/${encodeURIComponent(code)}`);
    await shot(visitor, 'public-verify');
  });
}
