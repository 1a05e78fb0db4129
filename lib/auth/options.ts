import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { db } from '../db';
import { readEnv } from '../env.js';
import type { Role } from '../generated/prisma/enums';
import { log } from '../log';
import { clientAddress } from './client-address';
import { verifyCredentials } from './sign-in';

export const SIGN_IN_LOCKED = 'LOCKED';

export const authOptions: NextAuthOptions = {
  secret: readEnv().NEXTAUTH_SECRET,
  session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
  // next-auth's own logger prints error objects that can carry request data; we keep
  // the code only, as one structured line.
  logger: {
    error: (code) => log('error', 'auth.error', { code }),
    warn: (code) => log('warn', 'auth.warning', { code }),
    debug: () => undefined,
  },
  pages: { signIn: '/anmelden', error: '/anmelden' },
  providers: [
    CredentialsProvider({
      name: 'E-Mail und Passwort',
      credentials: { email: { label: 'E-Mail', type: 'email' }, password: { label: 'Passwort', type: 'password' } },
      async authorize(credentials, request) {
        const address = clientAddress(request?.headers?.['x-forwarded-for'], readEnv().TRUSTED_PROXY_HOPS);
        const result = await verifyCredentials(db, credentials, address);
        if (result.ok) return result.user;
        if (result.reason === 'LOCKED') throw new Error(SIGN_IN_LOCKED);
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const u = user as unknown as { id: string; role: Role; organisationId: string };
        token.sub = u.id;
        token.role = u.role;
        token.organisationId = u.organisationId;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = token.sub ?? '';
        session.user.role = token.role;
        session.user.organisationId = token.organisationId;
      }
      return session;
    },
  },
};
