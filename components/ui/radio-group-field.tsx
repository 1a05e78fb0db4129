interface Option {
  value: string;
  label: string;
}

// A fieldset whose legend is the question; the error sits under the legend, tied to
// the group (aria-invalid is not allowed on a radio). The first radio carries `id`,
// so an error summary's link lands on the group.
export function RadioGroupField({ id, name, legend, options, defaultValue, error }: { id: string; name: string; legend: string; options: Option[]; defaultValue?: string; error?: string }) {
  const errorId = `${id}-fehler`;
  return (
    <fieldset className="mb-5" aria-describedby={error ? errorId : undefined}>
      <legend className="font-semibold mb-1">{legend}</legend>
      {error && <p id={errorId} className="mb-1 text-danger font-semibold">{error}</p>}
      <div className="flex flex-wrap gap-6">
        {options.map((o, i) => {
          const optionId = i === 0 ? id : `${id}-${o.value}`;
          return (
            <div key={o.value} className="flex items-center gap-2">
              <input type="radio" id={optionId} name={name} value={o.value} defaultChecked={defaultValue === o.value} className="size-5" />
              <label htmlFor={optionId}>{o.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
