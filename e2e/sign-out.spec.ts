import { expect, test } from '@playwright/test';
import { signIn } from './fixtures/personas';

// Signing out ends every session of the account (its session version moves on), so this runs in a
// project of its own after the others, which sign in as the same personas in parallel.
test('signing out ends the session, and a copy of the old session cookie no longer works', async ({ page, context }) => {
  await signIn(page, 'thanhtra');
  await expect(page).toHaveURL(/\/$/);
  const before = (await context.cookies()).find((c) => c.name.endsWith('authjs.session-token'));
  expect(before).toBeDefined();
  await page.getByRole('button', { name: 'Đăng xuất' }).first().click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  // Replaying the token captured before sign-out is refused too.
  await context.addCookies([before!]);
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
});
