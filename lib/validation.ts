import { z } from 'zod';

/** The first message per field, for showing under each input. */
export function fieldErrors<F extends string>(error: z.ZodError): Partial<Record<F, string>> {
  const result: Partial<Record<F, string>> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '') as F;
    if (field && !result[field]) result[field] = issue.message;
  }
  return result;
}

/** Form values as strings, to put back into the form after an error. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === 'string' && !key.startsWith('$')) values[key] = value;
  return values;
}

/**
 * An optional form field: an empty input means "not given". A preprocess rather than
 * z.union([z.literal(''), …]) so the field's own German message is the one reported.
 */
export function blankAsUndefined<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional());
}

/**
 * For object-level refinements that must run even when a field already failed
 * (a value not in its list aborts a plain `.check`), so that every problem is
 * reported at once. The refinement then sees unparsed fields: guard their types.
 */
export const evenAfterFieldErrors = {
  when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null,
};

export function rawField(value: unknown, field: string): unknown {
  return (value as Record<string, unknown>)[field];
}
