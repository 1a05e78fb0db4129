import type { TextareaHTMLAttributes } from 'react';
import { Field } from './field';

interface Props extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  name: string;
  label: string;
  error?: string;
  hint?: string;
}

export function TextAreaField({ name, label, error, hint, id = name, rows = 3, ...textarea }: Props) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(control) => <textarea name={name} rows={rows} {...control} {...textarea} />}
    </Field>
  );
}
