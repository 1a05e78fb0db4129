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
];

export function navigationFor(actor: Actor): NavItem[] {
  return ITEMS.filter((item) => item.permission === null || can(actor, item.permission));
}
