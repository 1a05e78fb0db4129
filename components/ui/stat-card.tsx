export function StatCard({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded border border-line bg-hued p-4">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="text-3xl font-semibold tabular-nums">{value}</dd>
    </div>
  );
}
