'use client';
import { useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { SignInSchema } from '@/lib/auth/schema';
import { TextField } from '@/components/ui/text-field';
import { ErrorSummary } from '@/components/ui/error-summary';
import { fieldErrors as firstErrors } from '@/lib/validation';

export interface SignInTexts {
  email: string;
  password: string;
  submit: string;
  submitting: string;
  failed: string;
  locked: string;
  errorSummary: string;
}

type FieldErrors = Partial<Record<'email' | 'password', string>>;

export function SignInForm({ texts, lockedCode }: { texts: SignInTexts; lockedCode: string }) {
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = { email: String(data.get('email') ?? ''), password: String(data.get('password') ?? '') };
    // The same schema runs again on the server; this only saves a round trip.
    const parsed = SignInSchema.safeParse(input);
    if (!parsed.success) {
      setFieldErrors(firstErrors<'email' | 'password'>(parsed.error));
      setMessage(null);
      return;
    }
    setFieldErrors({});
    setPending(true);
    const result = await signIn('credentials', { ...parsed.data, redirect: false });
    setPending(false);
    if (!result || result.error) {
      setMessage(result?.error === lockedCode ? texts.locked : texts.failed);
      return;
    }
    router.replace('/');
    router.refresh();
  }

  const errorList = Object.entries(fieldErrors) as [string, string][];
  return (
    <form noValidate onSubmit={onSubmit} className="max-w-md">
      <ErrorSummary title={texts.errorSummary} message={message} errors={errorList} />
      <TextField name="email" type="email" autoComplete="username" label={texts.email} error={fieldErrors.email} required />
      <TextField
        name="password"
        type="password"
        autoComplete="current-password"
        label={texts.password}
        error={fieldErrors.password}
        required
      />
      <button
        type="submit"
        disabled={pending}
        aria-busy={pending}
        className="rounded bg-action px-5 py-2 font-semibold text-white hover:bg-action-dark disabled:opacity-70 cursor-pointer"
      >
        {pending ? texts.submitting : texts.submit}
      </button>
    </form>
  );
}
