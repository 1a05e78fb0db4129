import type { ComponentType } from 'react';
import { getTranslations } from 'next-intl/server';
import { requireActor } from '@/lib/auth/session';
import type { ActorContext } from '@/lib/auth/authorize';
import type { Role } from '@/lib/generated/prisma/enums';
import { AdminHome } from '@/components/home/admin-home';
import { CaseworkerHome } from '@/components/home/caseworker-home';
import { CoordinatorHome } from '@/components/home/coordinator-home';
import { JobCoachHome } from '@/components/home/job-coach-home';
import { OfficialHome } from '@/components/home/official-home';

export const dynamic = 'force-dynamic';

const START_PAGES: Record<Role, ComponentType<{ actor: ActorContext }>> = {
  ADMIN: AdminHome,
  COORDINATOR: CoordinatorHome,
  CASEWORKER: CaseworkerHome,
  JOB_COACH: JobCoachHome,
  OFFICIAL: OfficialHome,
};

export default async function HomePage() {
  const actor = await requireActor();
  const t = await getTranslations('home');
  const StartPage = START_PAGES[actor.role];
  return (
    <>
      <h1 className="mb-6">{t('welcome', { name: actor.name })}</h1>
      <StartPage actor={actor} />
    </>
  );
}
