import 'server-only';
import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { notFound, redirect } from 'next/navigation';
import { db } from '../db';
import { isAppError } from '../errors';
import { toActorContext, type ActorContext } from './authorize';
import { authOptions } from './options';

// The JWT says who signed in; the database says whether that account still exists
// and is active, so a deactivated user loses access at the next request.
export const getActor = cache(async (): Promise<ActorContext | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, name: true, role: true, active: true, organisationId: true, organisation: { select: { kind: true, city: true } } },
  });
  return user?.active ? toActorContext(user) : null;
});

export async function requireActor(): Promise<ActorContext> {
  const actor = await getActor();
  if (!actor) redirect('/anmelden');
  return actor;
}

/** Runs a page's query and turns an out-of-scope record into the 404 page. */
export async function orNotFound<T>(query: Promise<T>): Promise<T> {
  try {
    return await query;
  } catch (error) {
    if (isAppError(error, 'NOT_FOUND') || isAppError(error, 'FORBIDDEN')) notFound();
    throw error;
  }
}
