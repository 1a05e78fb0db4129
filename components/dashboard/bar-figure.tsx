'use client';
// A bar chart of finished numbers (the query layer has already suppressed small counts:
// a hidden value is null and draws no bar). Hidden from screen readers: the data table
// beside it carries the same numbers.
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { OKABE_ITO } from './palette';

export interface BarDatum {
  label: string;
  values: (number | null)[];
}

interface Props {
  data: BarDatum[];
  series: string[];
  /** Appended to direct labels and the value axis, e.g. " %". */
  unit?: string;
  /** Horizontal bars (a funnel's stages) instead of columns (months). */
  horizontal?: boolean;
  height?: number;
}

const NUMBER = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

export function BarFigure({ data, series, unit = '', horizontal = false, height = 280 }: Props) {
  const rows = data.map((d) => Object.fromEntries([['label', d.label], ...series.map((_, i) => [`s${i}`, d.values[i] ?? null])]));
  // Direct labels while they fit; long monthly series rely on the axis and the table.
  const labelled = data.length * series.length <= 16;
  const format = (value: unknown) => (typeof value === 'number' ? `${NUMBER.format(value)}${unit}` : '');
  return (
    <div aria-hidden="true" className="rounded border border-line p-2">
      {series.length > 1 && (
        <ul className="mb-2 flex flex-wrap gap-4 text-sm">
          {series.map((name, i) => (
            <li key={name} className="flex items-center gap-2">
              <span className="inline-block h-3 w-5" style={{ background: OKABE_ITO[i % OKABE_ITO.length], opacity: i === 0 ? 1 : 0.75 }} />
              {name}
            </li>
          ))}
        </ul>
      )}
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={rows} layout={horizontal ? 'vertical' : 'horizontal'} accessibilityLayer={false} margin={{ top: 16, right: 48, left: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={horizontal} horizontal={!horizontal} />
          {horizontal ? (
            <>
              <XAxis type="number" tickFormatter={format} allowDecimals={false} />
              <YAxis type="category" dataKey="label" width={200} />
            </>
          ) : (
            <>
              <XAxis dataKey="label" interval="preserveStartEnd" minTickGap={16} />
              <YAxis tickFormatter={format} allowDecimals={false} width={56} />
            </>
          )}
          {series.map((name, i) => (
            <Bar key={name} dataKey={`s${i}`} name={name} fill={OKABE_ITO[i % OKABE_ITO.length]} isAnimationActive={false}>
              {labelled && <LabelList dataKey={`s${i}`} position={horizontal ? 'right' : 'top'} formatter={format} />}
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
