// The dashboard pages under /auswertungen: one per theme, all reading the same URL filter,
// so switching theme keeps project, level and period. Each has its own CSV export route
// at `${path}/export`.
import type { DashboardSelection } from './selection';

export const DASHBOARD_PAGES = [
  { key: 'impact', path: '/auswertungen' },
  { key: 'positions', path: '/auswertungen/stellen' },
  { key: 'finance', path: '/auswertungen/finanzen' },
  { key: 'procurement', path: '/auswertungen/vergabe' },
] as const;

export type DashboardPageKey = (typeof DASHBOARD_PAGES)[number]['key'];

export function pagePath(key: DashboardPageKey): string {
  return DASHBOARD_PAGES.find((p) => p.key === key)!.path;
}

/** The applied filter as a query string, plus any extra parameters (e.g. tabelle). */
export function filterQuery(applied: DashboardSelection['applied'], extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({ ...extra, ebene: applied.ebene, von: applied.von, bis: applied.bis });
  if (applied.projekt) params.set('projekt', applied.projekt);
  if (applied.stadt) params.set('stadt', applied.stadt);
  if (applied.einteilung) params.set('einteilung', applied.einteilung);
  return params.toString();
}

/** Where one table of one dashboard page downloads as CSV. */
export function exportHref(key: DashboardPageKey, applied: DashboardSelection['applied'], tabelle: string): string {
  return `${pagePath(key)}/export?${filterQuery(applied, { tabelle })}`;
}
