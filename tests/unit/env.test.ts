import { describe, expect, it } from 'vitest';
import { readEnv } from '@/lib/env.js';

describe('readEnv', () => {
  it('treats an empty variable as unset, so the embedded database is used', () => {
    expect(readEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it('fills defaults', () => {
    expect(readEnv({})).toMatchObject({ PORT: 3000, TEILHABE_DATA_DIR: '.data', NODE_ENV: 'development' });
  });

  it('keeps identifying data 5 years after exit unless RETENTION_YEARS says otherwise', () => {
    expect(readEnv({}).RETENTION_YEARS).toBe(5);
    expect(readEnv({ RETENTION_YEARS: '10' }).RETENTION_YEARS).toBe(10);
    for (const bad of ['0', '31', '2.5', 'fünf']) {
      expect(() => readEnv({ RETENTION_YEARS: bad })).toThrow('RETENTION_YEARS: RETENTION_YEARS muss eine ganze Zahl von 1 bis 30 sein.');
    }
  });

  it('names each bad variable in German', () => {
    expect(() => readEnv({ DATABASE_URL: 'kaputt', NEXTAUTH_SECRET: 'kurz' })).toThrow(
      /DATABASE_URL: DATABASE_URL muss eine PostgreSQL-URL sein\.\n- NEXTAUTH_SECRET: NEXTAUTH_SECRET muss mindestens 32 Zeichen lang sein\./,
    );
  });
});
