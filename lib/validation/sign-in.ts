import { z } from 'zod';

export const ZSignIn = z.strictObject({
  username: z.string().trim().toLowerCase().min(1, 'required').max(100, 'too_long'),
  password: z.string().min(1, 'required').max(200, 'too_long'),
});
export type SignInInput = z.infer<typeof ZSignIn>;
