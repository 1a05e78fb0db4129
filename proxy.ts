import { NextResponse, type NextRequest } from 'next/server';
import { readEnv } from './lib/env.js';
import { contentSecurityPolicy, newNonce } from './lib/security/csp';

const DEV = readEnv().NODE_ENV === 'development';

// Every page gets a fresh nonce: in the request, where Next reads it for its own scripts,
// and in the response, where the browser enforces it. Pages here are rendered per request
// anyway (they depend on the signed-in user), so no static page is lost.
export function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy(newNonce(), { dev: DEV });
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Not for static files, images and the API (no HTML); not for prefetches, whose HTML is never run.
  matcher: [{
    source: '/((?!api/|_next/static|_next/image|favicon.svg).*)',
    missing: [{ type: 'header', key: 'next-router-prefetch' }, { type: 'header', key: 'purpose', value: 'prefetch' }],
  }],
};
