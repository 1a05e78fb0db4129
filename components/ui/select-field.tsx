import type { ReactNode, SelectHTMLAttributes } from 'react';
import { Field } from './field';

interface Props extends SelectHTMLAttributes<HTMLSelectElement> {
  name: string;
  label: string;
  error?: string;
  hint?: string;
  children: ReactNode;
}

export function SelectField({ name, label, error, hint, id = name, children, ...select }: Props) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <select name={name} {...control} {...select}>
          {children}
        </select>
      )}
    </Field>
  );
}
