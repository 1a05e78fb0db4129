// An unexpected console.error is a bug the test did not look for: fail on it.
import { afterAll, afterEach, vi } from 'vitest';

const spy = vi.spyOn(console, 'error');

function failOnCalls() {
  const calls = spy.mock.calls.slice();
  spy.mockClear();
  if (calls.length > 0) throw new Error(`Unerwarteter console.error: ${calls.map((c) => String(c[0])).join(' | ')}`);
}

afterEach(failOnCalls);
afterAll(failOnCalls);
