'use server';
import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { LOCALE_COOKIE, LOCALES } from '@/i18n/locales';

const LocaleSchema = z.object({ locale: z.enum(LOCALES) });

// A preference, not personal data: allowed without sign-in.
export async function setLocaleAction(formData: FormData): Promise<void> {
  const parsed = LocaleSchema.safeParse({ locale: formData.get('locale') });
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, { path: '/', sameSite: 'lax', maxAge: 365 * 24 * 60 * 60 });
  revalidatePath('/', 'layout');
}
