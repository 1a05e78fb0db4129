import { describe, expect, it } from 'vitest';
import { SignInSchema } from '@/lib/auth/schema';

function messages(input: unknown) {
  const result = SignInSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
}

describe('SignInSchema', () => {
  it('accepts an address and a password, trimming the address', () => {
    expect(SignInSchema.parse({ email: ' a@b.de ', password: 'x' })).toEqual({ email: 'a@b.de', password: 'x' });
  });

  it('says in German what is missing', () => {
    expect(messages({ email: '', password: '' })).toEqual({
      email: 'Bitte geben Sie Ihre E-Mail-Adresse ein.',
      password: 'Bitte geben Sie Ihr Passwort ein.',
    });
  });

  it('rejects a malformed address, an overlong password and non-strings', () => {
    expect(messages({ email: 'kein-at', password: 'x' }).email).toBe('Bitte geben Sie eine gültige E-Mail-Adresse ein.');
    expect(messages({ email: 'a@b.de', password: 'x'.repeat(201) }).password).toBe('Das Passwort ist zu lang.');
    expect(SignInSchema.safeParse({ email: ['a@b.de'], password: 1 }).success).toBe(false);
  });
});
