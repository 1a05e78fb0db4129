import { z } from 'zod';

export const SignInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, 'Bitte geben Sie Ihre E-Mail-Adresse ein.').max(254, 'Die E-Mail-Adresse ist zu lang.')
    .pipe(z.email('Bitte geben Sie eine gültige E-Mail-Adresse ein.')),
  password: z.string().min(1, 'Bitte geben Sie Ihr Passwort ein.').max(200, 'Das Passwort ist zu lang.'),
});

export type SignInInput = z.infer<typeof SignInSchema>;
