import 'server-only';
import { db } from '../db';
import { can } from '../auth/permissions';
import type { ActorContext } from '../auth/authorize';
import type { Role } from '../generated/prisma/enums';

export interface AdminFigures {
  users: number;
  organisations: number;
  auditLast24h: number;
  usersByRole: { role: Role; count: number }[];
}

export async function getAdminFigures(actor: ActorContext, now = new Date()): Promise<AdminFigures | null> {
  if (!can(actor, 'user.manage')) return null;
  const since = new Date(now.getTime() - 24 * 60 * 60 * 1000);
  const [users, organisations, auditLast24h, byRole] = await Promise.all([
    db.user.count(),
    db.organisation.count(),
    db.auditEvent.count({ where: { at: { gte: since } } }),
    db.user.groupBy({ by: ['role'], _count: { _all: true }, orderBy: { role: 'asc' } }),
  ]);
  return { users, organisations, auditLast24h, usersByRole: byRole.map((r) => ({ role: r.role, count: r._count._all })) };
}
