// Creates an organisation (if new) and an administrator in it: the first account on
// a real server, where no demo accounts exist.
import { z } from 'zod';
import type { PrismaClient } from '../generated/prisma/client';
import { hashPassword } from '../auth/password';
import { audit } from '../audit';

export const CreateAdminSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email('Bitte geben Sie eine gültige E-Mail-Adresse ein.')),
  name: z.string().trim().min(2, 'Bitte geben Sie einen Namen ein.').max(120),
  organisation: z.string().trim().min(2, 'Bitte geben Sie die Organisation an.').max(200),
  kind: z.enum(['CITY', 'JOBCENTER', 'EMPLOYER_NETWORK', 'LAND'], { message: 'Art: CITY, JOBCENTER, EMPLOYER_NETWORK oder LAND.' }),
  city: z.string().trim().max(120).optional(),
  password: z.string().min(12, 'Das Passwort muss mindestens 12 Zeichen lang sein.').max(200),
});

export type CreateAdminInput = z.input<typeof CreateAdminSchema>;

export async function createFirstAdmin(prisma: PrismaClient, input: CreateAdminInput) {
  const data = CreateAdminSchema.parse(input);
  const passwordHash = await hashPassword(data.password);
  return prisma.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
      throw new Error(`Ein Konto mit ${data.email} gibt es schon.`);
    }
    const organisation = await tx.organisation.upsert({
      where: { name: data.organisation },
      create: { name: data.organisation, kind: data.kind, city: data.city ?? null },
      update: {},
    });
    const user = await tx.user.create({
      data: { email: data.email, name: data.name, role: 'ADMIN', organisationId: organisation.id, passwordHash },
      select: { id: true, email: true, role: true, organisationId: true },
    });
    await audit(tx, null, 'create', 'User', user.id, { role: 'ADMIN', via: 'user:create' });
    return user;
  });
}
