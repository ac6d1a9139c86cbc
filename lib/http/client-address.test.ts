import { describe, expect, it } from 'vitest';
import { clientAddressOf } from './client-address';

describe('clientAddressOf', () => {
  it('takes the address the proxy set, never one the client wrote first', () => {
    expect(clientAddressOf(new Headers({ 'x-real-ip': '203.0.113.7', 'x-forwarded-for': '1.1.1.1, 203.0.113.7' }))).toBe('203.0.113.7');
    expect(clientAddressOf(new Headers({ 'x-forwarded-for': '1.1.1.1, 10.0.0.2,  198.51.100.4 ' }))).toBe('198.51.100.4');
  });

  it('has no address without a proxy', () => {
    expect(clientAddressOf(new Headers())).toBeNull();
    expect(clientAddressOf(new Headers({ 'x-forwarded-for': ' , ' }))).toBeNull();
    expect(clientAddressOf(undefined)).toBeNull();
  });
});
