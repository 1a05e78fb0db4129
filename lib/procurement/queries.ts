import 'server-only';
import { db } from '../db';
import { projectEditScope, projectScope, tenderEditScope, tenderScope, type ActorContext } from '../auth/authorize';
import type { Prisma } from '../generated/prisma/client';
import type { SocialClauseType, TenderKind } from '../generated/prisma/enums';
import { procurementFigures, type ProcurementCounts, type ProcurementFigures } from './figures';
import type { TenderFilter } from './schema';

export interface TenderRow {
  id: string;
  reference: string;
  title: string;
  orderingDepartment: string;
  kind: TenderKind;
  estimatedValueCents: bigint;
  publishedAt: Date;
  organisation: string;
  project: { id: string; name: string } | null;
  /** null = not checked yet. */
  suitable: boolean | null;
  clauseType: SocialClauseType | null;
  contractor: string | null;
  figures: ProcurementCounts;
}

export interface TenderList {
  rows: TenderRow[];
  figures: ProcurementFigures;
  /** The project of ?projekt=, when the actor may see it (also before it has any tenders). */
  project: { id: string; name: string } | null;
  years: number[];
  projects: { id: string; name: string }[];
  mayCreate: boolean;
}

function filterWhere(filter: TenderFilter): Prisma.TenderWhereInput {
  return {
    ...(filter.projekt ? { projectId: filter.projekt } : {}),
    ...(filter.jahr ? { publishedAt: { gte: new Date(Date.UTC(filter.jahr, 0, 1)), lt: new Date(Date.UTC(filter.jahr + 1, 0, 1)) } } : {}),
  };
}

/** The tender list with its figures; null if the actor reads no tenders at all. */
export async function listTenders(actor: ActorContext, filter: TenderFilter): Promise<TenderList | null> {
  const scope = tenderScope(actor);
  if (!scope) return null;
  const [tenders, all, project] = await Promise.all([
    db.tender.findMany({
      where: { AND: [scope, filterWhere(filter)] },
      select: {
        id: true, reference: true, title: true, orderingDepartment: true, kind: true, estimatedValueCents: true, publishedAt: true,
        organisation: { select: { name: true } },
        project: { select: { id: true, name: true } },
        suitabilityCheck: { select: { suitable: true } },
        socialClause: { select: { type: true, contractor: true } },
      },
      orderBy: [{ publishedAt: 'desc' }, { reference: 'asc' }],
    }),
    db.tender.findMany({ where: scope, select: { id: true } }),
    filter.projekt
      ? db.project.findFirst({ where: { AND: [{ id: filter.projekt }, projectScope(actor)] }, select: { id: true, name: true } })
      : Promise.resolve(null),
  ]);
  const allIds = all.map((t) => t.id);
  const [figures, years, projects] = await Promise.all([
    procurementFigures(actor, tenders.map((t) => t.id)),
    allIds.length === 0
      ? Promise.resolve([])
      : db.$queryRaw<{ year: number }[]>`SELECT DISTINCT EXTRACT(YEAR FROM "publishedAt")::int AS year FROM "Tender" WHERE id = ANY(${allIds}::uuid[]) ORDER BY 1 DESC`,
    db.project.findMany({ where: { tenders: { some: scope } }, select: { id: true, name: true }, orderBy: { name: 'asc' } }),
  ]);
  return {
    rows: tenders.map((t) => ({
      id: t.id,
      reference: t.reference,
      title: t.title,
      orderingDepartment: t.orderingDepartment,
      kind: t.kind,
      estimatedValueCents: t.estimatedValueCents,
      publishedAt: t.publishedAt,
      organisation: t.organisation.name,
      project: t.project,
      suitable: t.suitabilityCheck?.suitable ?? null,
      clauseType: t.socialClause?.type ?? null,
      contractor: t.socialClause?.contractor ?? null,
      figures: figures.byTender.get(t.id)!,
    })),
    figures,
    project,
    years: years.map((y) => y.year),
    // The filtered project stays selectable even before it has a tender (the project tab links here).
    projects: project && !projects.some((p) => p.id === project.id) ? [...projects, project].sort((a, b) => a.name.localeCompare(b.name, 'de')) : projects,
    mayCreate: tenderEditScope(actor) !== null,
  };
}

/** Projects a new or changed tender may belong to: those the actor's organisation operates. */
export async function getTenderFormOptions(actor: ActorContext): Promise<{ projects: { id: string; name: string }[] } | null> {
  const scope = tenderEditScope(actor);
  const projects = projectEditScope(actor);
  if (!scope || !projects) return null;
  return { projects: await db.project.findMany({ where: projects, select: { id: true, name: true }, orderBy: { name: 'asc' } }) };
}

/** The headline figures of one project's tenders (for the start page); null when it has none the actor may see. */
export async function getProjectProcurementFigures(actor: ActorContext, projectId: string): Promise<ProcurementCounts | null> {
  const scope = tenderScope(actor);
  if (!scope) return null;
  const tenders = await db.tender.findMany({ where: { AND: [scope, { projectId }] }, select: { id: true } });
  if (tenders.length === 0) return null;
  return (await procurementFigures(actor, tenders.map((t) => t.id))).total;
}
