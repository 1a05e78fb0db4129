// The admin's reference tables: input rules (German messages at the field) and who sees the page.
import { describe, expect, it } from 'vitest';
import { navigationFor } from '@/lib/auth/navigation';
import { BenefitRateSchema, MinimumWageSchema, centsToInput } from '@/lib/funding/subsidy-reference-schema';
import type { Role } from '@/lib/generated/prisma/enums';

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe('MinimumWageSchema', () => {
  it('takes German and plain amounts as integer cents', () => {
    expect(MinimumWageSchema.parse({ validFrom: '2026-01-01', hourly: '13,90' })).toEqual({ validFrom: new Date('2026-01-01T00:00:00Z'), hourly: 1390 });
    expect(MinimumWageSchema.parse({ validFrom: '2027-01-01', hourly: '14.60', originalValidFrom: '', version: '' }).hourly).toBe(1460);
  });

  it('reports an impossible day and an amount out of range in German, both at once', () => {
    const result = MinimumWageSchema.safeParse({ validFrom: '2026-02-30', hourly: '0,50' });
    expect(messages(result)).toEqual({
      validFrom: 'Bitte geben Sie den Tag, ab dem der Mindestlohn gilt, als Datum ein.',
      hourly: 'Bitte geben Sie den Mindestlohn je Stunde als Betrag von 1,00 € bis 100,00 € ein, z. B. 12,82.',
    });
  });
});

describe('BenefitRateSchema', () => {
  it('allows housing costs of 0 but no negative or missing amount', () => {
    expect(BenefitRateSchema.parse({ validFrom: '2026-01-01', standardRate: '563,00', housingCosts: '0' })).toMatchObject({ standardRate: 56_300, housingCosts: 0 });
    expect(Object.keys(messages(BenefitRateSchema.safeParse({ validFrom: '2026-01-01', standardRate: '', housingCosts: '-1' })))).toEqual(['standardRate', 'housingCosts']);
  });
});

describe('centsToInput', () => {
  it('writes cents as the form reads them', () => {
    expect([centsToInput(1282), centsToInput(56_300), centsToInput(5)]).toEqual(['12,82', '563,00', '0,05']);
  });
});

describe('navigation', () => {
  it('offers the reference tables to admins only', () => {
    const roles: Role[] = ['ADMIN', 'COORDINATOR', 'CASEWORKER', 'JOB_COACH', 'OFFICIAL'];
    const withEntry = roles.filter((role) => navigationFor({ id: 'u', role, organisationId: 'o', name: 'n' }).some((i) => i.href === '/verwaltung/mindestlohn'));
    expect(withEntry).toEqual(['ADMIN']);
  });
});
