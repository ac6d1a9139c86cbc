import { test } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, signIn, useLocale } from './fixtures/personas';

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
