'use client';
// The charts load after the page: recharts is most of a dashboard's JavaScript, while the
// text summary and the data table beside each chart carry the same numbers and arrive
// with the HTML. The placeholder keeps the chart's place so nothing jumps.
import dynamic from 'next/dynamic';

function Placeholder() {
  return <div aria-hidden="true" className="h-[330px] rounded border border-line" />;
}

export const BarFigure = dynamic(() => import('./bar-figure').then((m) => m.BarFigure), { ssr: false, loading: Placeholder });
export const LineFigure = dynamic(() => import('./line-figure').then((m) => m.LineFigure), { ssr: false, loading: Placeholder });
