import type { Role } from '../lib/generated/prisma/enums';

declare module 'next-auth' {
  interface Session {
    user?: { id: string; name?: string | null; email?: string | null; role: Role; organisationId: string };
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    role: Role;
    organisationId: string;
  }
}
