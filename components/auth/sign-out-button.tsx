'use client';
import { signOut } from 'next-auth/react';

export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: '/anmelden' })}
      className="rounded border border-white px-3 py-1 cursor-pointer hover:bg-action-dark"
    >
      {label}
    </button>
  );
}
