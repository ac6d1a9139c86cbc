import { expect, test } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, signIn, useLocale, type Locale } from './fixtures/personas';

/** What each role's home page must show: the id of its first section (ux.md: home is the person's work). */
const HOME_SECTION: Record<string, string> = {
  unit_officer: '#unit-needs-action',
  unit_head: '#unit-needs-action',
  bloc_lead: '#bloc-awaiting',
  appraiser: '#appraisal-queue',
  council_secretary: '#council-agenda',
  approver: '#approver-awaiting',
  auditor: '#audit-events',
  admin: '#admin-health',
};

const ROLE_LABEL: Record<Locale, Record<string, string>> = {
  vi: { unit_officer: 'Cán bộ thi đua đơn vị', unit_head: 'Thủ trưởng đơn vị', bloc_lead: 'Trưởng/Phó cụm, khối thi đua', appraiser: 'Chuyên viên thẩm định', council_secretary: 'Thư ký Hội đồng TĐKT', approver: 'Lãnh đạo UBND tỉnh', auditor: 'Thanh tra', admin: 'Quản trị hệ thống' },
  en: { unit_officer: 'Unit emulation officer', unit_head: 'Head of unit', bloc_lead: 'Bloc head / deputy', appraiser: 'Appraiser', council_secretary: 'Council secretary', approver: 'Provincial leadership', auditor: 'Inspector', admin: 'System administrator' },
};

for (const locale of ['vi', 'en'] as const) {
  for (const account of DEMO_ACCOUNTS) {
    test(`${account.username} signs in and sees the ${account.role} home page [${locale}]`, async ({ page, context, baseURL }) => {
      await useLocale(context, baseURL!, locale);
      await signIn(page, account.username, DEMO_PASSWORD, locale);
      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale === 'vi' ? `Xin chào, ${account.displayName}` : `Hello, ${account.displayName}`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      const nav = page.getByRole('navigation', { name: locale === 'vi' ? 'Điều hướng chính' : 'Main navigation' }).first();
      await expect(nav.getByText(ROLE_LABEL[locale][account.role]!, { exact: true })).toBeVisible();
      const section = page.locator(HOME_SECTION[account.role]!);
      await expect(section).toBeVisible();
      // The section holds real data or says plainly that there is none.
      await expect(page.locator('main')).not.toContainText(/undefined|NaN|\[object Object\]/);
    });
  }
}

test('a signed-out visitor is sent to /login', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đăng nhập');
});

test('a wrong password and an unknown user get the same message', async ({ page }) => {
  // Next's route announcer is also an alert: read the form's own.
  const alert = page.locator('#login-error');
  await signIn(page, 'quantri', 'wrong-password');
  await expect(alert).toBeVisible();
  const wrongPassword = await alert.innerText();

  await signIn(page, 'nobody.here', 'whatever-password');
  await expect(alert).toBeVisible();
  const unknownUser = await alert.innerText();

  expect(wrongPassword).toBe(unknownUser);
  expect(wrongPassword).toContain('Tên đăng nhập hoặc mật khẩu không đúng');
  await expect(page).toHaveURL(/\/login/);
});

test('empty fields are named before anything is sent', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await expect(page.getByText('Vui lòng nhập tên đăng nhập.')).toBeVisible();
  await expect(page.getByText('Vui lòng nhập mật khẩu.')).toBeVisible();
});

test('the language switch persists across visits and sign-in', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
  await signIn(page, 'thamdinh', DEMO_PASSWORD, 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Hello, /);
  await page.getByRole('button', { name: 'Chuyển sang tiếng Việt' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Xin chào, /);
});
