import 'server-only';
import { headers } from 'next/headers';
import { clientAddressOf } from '@/lib/http/client-address';

/** This request's client address for the public rate limits (see lib/http/client-address.ts). */
export async function clientAddress(): Promise<string | null> {
  return clientAddressOf(await headers());
}
