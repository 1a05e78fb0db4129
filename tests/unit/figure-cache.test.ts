// Statistics are kept per page and selection for up to a minute; exact figures never.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forgetKeptStatistics, keptStatistics } from '@/lib/dashboard/figure-cache';
import type { DashboardSelection } from '@/lib/dashboard/selection';

const selection = (over: Partial<DashboardSelection> = {}) => ({
  projectIds: ['b', 'a'], exact: false, from: new Date(Date.UTC(2020, 0, 1)), to: new Date(Date.UTC(2020, 11, 1)), step: 'month', ...over,
}) as DashboardSelection;

let loads = 0;
const load = async () => ++loads;

const FIGURES_MAX_AGE_MS = 60_000;

beforeEach(() => {
  forgetKeptStatistics();
  loads = 0;
});
afterEach(() => {
  delete process.env.DASHBOARD_STATISTICS_MAX_AGE_S;
});

describe('kept statistics', () => {
  it('reads once a minute for the same page and selection, then again', async () => {
    const t0 = 1_000_000;
    expect(await keptStatistics('impact', selection(), load, t0)).toBe(1);
    expect(await keptStatistics('impact', selection({ projectIds: ['a', 'b'] }), load, t0 + FIGURES_MAX_AGE_MS - 1)).toBe(1);
    expect(await keptStatistics('impact', selection(), load, t0 + FIGURES_MAX_AGE_MS)).toBe(2);
    expect(loads).toBe(2);
  });

  it('keeps nothing across pages, projects, periods or rows', async () => {
    await keptStatistics('impact', selection(), load, 0);
    await keptStatistics('finance', selection(), load, 0);
    await keptStatistics('impact', selection({ projectIds: ['a'] }), load, 0);
    await keptStatistics('impact', selection({ to: new Date(Date.UTC(2020, 10, 1)) }), load, 0);
    await keptStatistics('impact', selection({ step: 'quarter' }), load, 0);
    expect(loads).toBe(5);
  });

  it('never keeps exact figures', async () => {
    await keptStatistics('impact', selection({ exact: true }), load, 0);
    await keptStatistics('impact', selection({ exact: true }), load, 0);
    expect(loads).toBe(2);
    // Nor hands statistics kept for others to someone who may see exact figures.
    await keptStatistics('impact', selection(), load, 0);
    expect(await keptStatistics('impact', selection({ exact: true }), load, 0)).toBe(4);
  });

  it('answers readers arriving together with one read', async () => {
    const answers = await Promise.all(Array.from({ length: 8 }, () => keptStatistics('impact', selection(), load, 0)));
    expect(answers).toEqual(Array(8).fill(1));
    expect(loads).toBe(1);
  });

  it('keeps for as long as the operator sets, or not at all', async () => {
    process.env.DASHBOARD_STATISTICS_MAX_AGE_S = '10';
    forgetKeptStatistics();
    await keptStatistics('impact', selection(), load, 0);
    await keptStatistics('impact', selection(), load, 9_999);
    await keptStatistics('impact', selection(), load, 10_000);
    expect(loads).toBe(2);
    process.env.DASHBOARD_STATISTICS_MAX_AGE_S = '0';
    forgetKeptStatistics();
    await keptStatistics('impact', selection(), load, 0);
    await keptStatistics('impact', selection(), load, 0);
    expect(loads).toBe(4);
  });

  it('does not keep a failed read', async () => {
    await expect(keptStatistics('impact', selection(), () => Promise.reject(new Error('Verbindung verloren')), 0)).rejects.toThrow('Verbindung verloren');
    expect(await keptStatistics('impact', selection(), load, 1)).toBe(1);
  });
});
