'use server';

import { AuthError } from 'next-auth';
import { ZSignIn } from '@/lib/validation/sign-in';
import type { ActionResult } from '@/lib/validation/action-result';
import { signIn } from '../auth';

export type SignInError = 'invalid' | 'rate_limited' | 'unavailable';

export async function signInAction(formData: FormData): Promise<ActionResult<never, SignInError>> {
  const parsed = ZSignIn.safeParse({ username: formData.get('username'), password: formData.get('password') });
  if (!parsed.success) {
    return { ok: false, formError: 'invalid', fieldErrors: Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])) };
  }
  try {
    await signIn('credentials', { ...parsed.data, redirectTo: '/' });
  } catch (error) {
    // Success throws Next's redirect, which must propagate; only Auth.js refusals are answered here.
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code;
      if (error.type === 'CredentialsSignin') return { ok: false, formError: code === 'rate_limited' ? 'rate_limited' : 'invalid' };
      console.error('[laurel] sign-in failed', error);
      return { ok: false, formError: 'unavailable' };
    }
    throw error;
  }
  return { ok: false, formError: 'unavailable' };
}
