import { can, type Actor, type Permission } from './permissions';

interface NavItem {
  href: string;
  label: string;
  permission: Permission | null;
}

// Later features add their entries here; each shows only with its permission.
const ITEMS: NavItem[] = [
  { href: '/', label: 'nav.home', permission: null },
  { href: '/teilnehmende', label: 'nav.participants', permission: 'participant.readIdentity' },
  { href: '/fallzahlen', label: 'nav.caseload', permission: 'participant.reassign' },
  { href: '/projekte', label: 'projectAdmin.listTitle', permission: 'project.read' },
  { href: '/arbeitgeber', label: 'employers.nav', permission: 'employer.read' },
  { href: '/ausschreibungen', label: 'procurement.nav', permission: 'tender.read' },
  { href: '/auswertungen', label: 'dashboard.nav', permission: 'dashboard.read' },
  { href: '/verwaltung/mindestlohn', label: 'referenceRates.nav', permission: 'referenceData.manage' },
];

export function navigationFor(actor: Actor): NavItem[] {
  return ITEMS.filter((item) => item.permission === null || can(actor, item.permission));
}
