import { isIP } from 'node:net';

/**
 * The client's address from X-Forwarded-For, counted from the right: each trusted
 * proxy (the city's load balancer) appends the address it saw, while everything to
 * its left is what the client claimed. With no trusted proxies the header is
 * ignored, since anyone can send it.
 */
export function clientAddress(forwardedFor: string | string[] | undefined, trustedProxyHops: number): string | null {
  if (trustedProxyHops <= 0 || !forwardedFor) return null;
  const entries = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor).split(',').map((e) => e.trim());
  const candidate = entries[entries.length - trustedProxyHops];
  return candidate && isIP(candidate) ? candidate : null;
}
