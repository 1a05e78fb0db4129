import { formatInteger } from '@/lib/format';

// Utilisation against the target ratio: the number is the information; the bar only
// repeats it for sighted users (aria-hidden), and "over target" is said in words,
// never by colour alone.
export function UtilisationBar({ percent, overTarget, overLabel }: { percent: number; overTarget: boolean; overLabel: string }) {
  const width = Math.min(Math.max(percent, 0), 100);
  return (
    <span className="flex flex-wrap items-center gap-2">
      <span aria-hidden="true" className="relative block h-3 w-28 overflow-hidden rounded border border-line bg-hued">
        <span className={`absolute inset-y-0 left-0 ${overTarget ? 'bg-danger' : 'bg-action'}`} style={{ width: `${width}%` }} />
      </span>
      <span className="tabular-nums">{formatInteger(percent)} %</span>
      {overTarget && <strong className="text-danger">{overLabel}</strong>}
    </span>
  );
}
