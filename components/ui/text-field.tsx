import type { InputHTMLAttributes } from 'react';
import { Field } from './field';

interface Props extends InputHTMLAttributes<HTMLInputElement> {
  name: string;
  label: string;
  error?: string;
  hint?: string;
}

export function TextField({ name, label, error, hint, id = name, ...input }: Props) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(control) => <input name={name} {...control} {...input} />}
    </Field>
  );
}
