'use client';
// Actual against target as two lines that may cross: solid with points for the actual
// value, dashed without for the target, each named at its end (shortly: the legend above
// has the full names) as well as in the legend.
// Hidden from screen readers; the data table carries the same numbers.
import { CartesianGrid, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { OKABE_ITO } from './palette';

export interface LineDatum {
  label: string;
  actual: number | null;
  target: number | null;
}

const NUMBER = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

export function LineFigure({ data, actualName, targetName, endNames, height = 280 }: {
  data: LineDatum[];
  actualName: string;
  targetName: string;
  /** The lines' names at their ends, e.g. ["Ist", "Ziel"]: the margin has room for a word. */
  endNames: [string, string];
  height?: number;
}) {
  const last = data.length - 1;
  const endLabel = (name: string) =>
    function EndLabel(props: { x?: number | string; y?: number | string; index?: number }) {
      if (props.index !== last || props.x === undefined || props.y === undefined) return null;
      return <text x={Number(props.x) + 6} y={Number(props.y)} dy={4} fontSize={12} fill="currentColor">{name}</text>;
    };
  return (
    <div aria-hidden="true" className="rounded border border-line p-2">
      <ul className="mb-2 flex flex-wrap gap-4 text-sm">
        <li className="flex items-center gap-2"><svg width="24" height="8"><line x1="0" y1="4" x2="24" y2="4" stroke={OKABE_ITO[0]} strokeWidth="3" /></svg>{actualName}</li>
        <li className="flex items-center gap-2"><svg width="24" height="8"><line x1="0" y1="4" x2="24" y2="4" stroke={OKABE_ITO[1]} strokeWidth="3" strokeDasharray="6 4" /></svg>{targetName}</li>
      </ul>
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={data} accessibilityLayer={false} margin={{ top: 16, right: 56, left: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" interval="preserveStartEnd" minTickGap={16} />
          <YAxis tickFormatter={(v: number) => NUMBER.format(v)} width={40} />
          <Line dataKey="actual" name={actualName} stroke={OKABE_ITO[0]} strokeWidth={3} dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} label={endLabel(endNames[0])} />
          <Line dataKey="target" name={targetName} stroke={OKABE_ITO[1]} strokeWidth={3} strokeDasharray="6 4" dot={false} isAnimationActive={false} label={endLabel(endNames[1])} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
