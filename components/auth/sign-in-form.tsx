'use client';
import { useRef, useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { SignInSchema } from '@/lib/auth/schema';
import { TextField } from '@/components/ui/text-field';

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
  const summaryRef = useRef<HTMLDivElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = { email: String(data.get('email') ?? ''), password: String(data.get('password') ?? '') };
    // The same schema runs again on the server; this only saves a round trip.
    const parsed = SignInSchema.safeParse(input);
    if (!parsed.success) {
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if ((field === 'email' || field === 'password') && !errors[field]) errors[field] = issue.message;
      }
      setFieldErrors(errors);
      setMessage(null);
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setFieldErrors({});
    setPending(true);
    const result = await signIn('credentials', { ...parsed.data, redirect: false });
    setPending(false);
    if (!result || result.error) {
      setMessage(result?.error === lockedCode ? texts.locked : texts.failed);
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    router.replace('/');
    router.refresh();
  }

  const errorList = Object.entries(fieldErrors);
  return (
    <form noValidate onSubmit={onSubmit} className="max-w-md">
      <div ref={summaryRef} tabIndex={-1} aria-live="assertive">
        {(errorList.length > 0 || message) && (
          <div role="alert" className="mb-6 border-l-4 border-danger bg-danger-bg p-4">
            {message && <p className="font-semibold">{message}</p>}
            {errorList.length > 0 && (
              <>
                <p className="font-semibold">{texts.errorSummary}</p>
                <ul className="list-disc pl-6">
                  {errorList.map(([field, error]) => (
                    <li key={field}>
                      <a href={`#${field}`}>{error}</a>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </div>
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
