import { describe, expect, it } from 'vitest';
import { clientAddress } from '@/lib/auth/client-address';

describe('clientAddress', () => {
  it('ignores X-Forwarded-For when no proxy is trusted', () => {
    expect(clientAddress('203.0.113.7', 0)).toBeNull();
  });

  it('takes the address the trusted proxy appended, not what the client claimed', () => {
    // client claims 1.2.3.4; the load balancer appends the real peer 198.51.100.20
    expect(clientAddress('1.2.3.4, 198.51.100.20', 1)).toBe('198.51.100.20');
    expect(clientAddress('1.2.3.4, 198.51.100.20, 10.0.0.5', 2)).toBe('198.51.100.20');
    expect(clientAddress(['1.2.3.4', '2001:db8::1'], 1)).toBe('2001:db8::1');
  });

  it('gives no address for garbage or too few entries', () => {
    expect(clientAddress('nicht-eine-ip', 1)).toBeNull();
    expect(clientAddress('198.51.100.20', 2)).toBeNull();
    expect(clientAddress(undefined, 1)).toBeNull();
  });
});
