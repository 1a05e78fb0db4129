'use client';
// The project's model as a checkbox table: a row per "from" (Beginn and each phase but the
// exit), a column per "to". Plain checkboxes in the form: it submits without JavaScript.
import type { PhaseKind } from '@/lib/generated/prisma/enums';
import { EDGE_FROM, EDGE_TO, edgeField, edgeImpossible, edgeKey } from '@/lib/projects/templates';

export interface TransitionTableTexts {
  caption: string;
  corner: string;
  start: string;
  /** "von {from} nach {to}" */
  cell: string;
  impossible: string;
  region: string;
}

/** An id safe in a link's fragment: kante-START-PROFILING. */
const cellId = (key: string) => `kante-${key.replace('>', '-')}`;
export const firstEdgeId = cellId(edgeKey([EDGE_FROM[0]!, EDGE_TO[0]!]));

export function TransitionTable({ texts: t, phases, ticked, onToggle, describedBy }: {
  texts: TransitionTableTexts;
  phases: Record<PhaseKind, string>;
  ticked: ReadonlySet<string>;
  onToggle: (key: string, on: boolean) => void;
  describedBy?: string;
}) {
  const rowLabel = (from: PhaseKind | null) => (from ? phases[from] : t.start);
  return (
    <div role="region" aria-label={t.region} tabIndex={0} className="overflow-x-auto">
      <table className="text-sm">
        <caption className="text-left">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.corner}</th>
            {EDGE_TO.map((to) => <th key={to} scope="col">{phases[to]}</th>)}
          </tr>
        </thead>
        <tbody>
          {EDGE_FROM.map((from) => (
            <tr key={from ?? 'START'}>
              <th scope="row">{rowLabel(from)}</th>
              {EDGE_TO.map((to) => {
                const key = edgeKey([from, to]);
                if (edgeImpossible([from, to])) {
                  return (
                    <td key={key} className="text-center text-muted">
                      <span aria-hidden="true">–</span>
                      <span className="sr-only">{t.impossible}</span>
                    </td>
                  );
                }
                return (
                  <td key={key} className="text-center">
                    <input
                      type="checkbox" id={cellId(key)} name={edgeField([from, to])} value="1" className="size-5"
                      checked={ticked.has(key)} onChange={(e) => onToggle(key, e.target.checked)}
                      aria-label={t.cell.replace('{from}', rowLabel(from)).replace('{to}', phases[to])}
                      aria-describedby={describedBy}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
