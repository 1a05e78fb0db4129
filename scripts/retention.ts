// npm run retention [-- --batch-size 1000]: deletes the identifying data of participants
// whose retention period has ended (lib/retention/run-retention.ts). Meant to run daily
// (cron or systemd timer, see README). With DATABASE_URL it works on that server; without,
// on the embedded database in TEILHABE_DATA_DIR, which only one process may open at a
// time: while the portal runs on it, this refuses rather than risk corrupting it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readEnv } from '../lib/env.js';
import { createPrismaClient } from '../lib/db/client';
import { DataDirInUseError, startEmbeddedDatabase, type EmbeddedDatabase } from '../lib/db/embedded';
import { berlinToday } from '../lib/casework/activity-window';
import { formatDay, formatInteger } from '../lib/format';
import { DEFAULT_BATCH_SIZE, unsafeRunRetention, type RetentionResult } from '../lib/retention/run-retention';

class Refusal extends Error {}

function batchSize(): number {
  const { values } = parseArgs({ options: { 'batch-size': { type: 'string' } } });
  if (values['batch-size'] === undefined) return DEFAULT_BATCH_SIZE;
  const size = Number(values['batch-size']);
  if (!Number.isInteger(size) || size < 1 || size > 100_000) throw new Refusal('--batch-size muss eine ganze Zahl von 1 bis 100 000 sein.');
  return size;
}

async function openEmbedded(dataDir: string): Promise<EmbeddedDatabase> {
  const pgdata = path.join(dataDir, 'pgdata');
  const shown = path.relative(process.cwd(), pgdata) || pgdata;
  if (!existsSync(pgdata)) {
    throw new Refusal(`Keine eingebettete Datenbank in ${shown} gefunden: setzen Sie DATABASE_URL oder TEILHABE_DATA_DIR, oder starten Sie das Portal einmal mit „npm start“.`);
  }
  try {
    return await startEmbeddedDatabase(pgdata);
  } catch (error) {
    if (!(error instanceof DataDirInUseError)) throw error;
    throw new Refusal(
      `Die eingebettete Datenbank in ${shown} ist geöffnet (Prozess ${error.pid ?? 'unbekannt'}) – läuft das Portal noch? ` +
        'Eine eingebettete Datenbank kann nur ein Programm zugleich öffnen; gleichzeitig geöffnet würde sie beschädigt. ' +
        'Beenden Sie das Portal und starten Sie die Löschung erneut, oder betreiben Sie das Portal mit PostgreSQL (DATABASE_URL). ' +
        `Nichts wurde gelöscht. Läuft sicher kein Portal mehr, löschen Sie die Sperrdatei ${path.relative(process.cwd(), error.lockFile) || error.lockFile}.`,
    );
  }
}

function report(result: RetentionResult, today: Date): void {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(`✔ Löschung nach Aufbewahrungsfrist, Stichtag ${formatDay(today)}`);
  if (result.identitiesDeleted === 0) {
    out('  Keine Teilnehmenden mit abgelaufener Aufbewahrungsfrist.');
  } else {
    out(`  Identitätsdaten gelöscht: ${formatInteger(result.identitiesDeleted)} Teilnehmende (in ${formatInteger(result.batches)} ${result.batches === 1 ? 'Stapel' : 'Stapeln'})`);
    out(`  Notizen geleert: ${formatInteger(result.contactNotesCleared)} Kontakte, ${formatInteger(result.supportServiceNotesCleared)} flankierende Leistungen`);
    out('  Der pseudonyme Datensatz mit Zuweisungen, Phasen, Kontakten und Leistungen bleibt für Auswertungen erhalten.');
  }
  out(`  Abgelaufene Anmeldesperren entfernt: ${formatInteger(result.throttleRowsPruned)}`);
}

function environment() {
  try {
    return readEnv();
  } catch (error) {
    throw new Refusal(error instanceof Error ? error.message : String(error));
  }
}

async function main() {
  const size = batchSize();
  const env = environment();
  const database = env.DATABASE_URL ? null : await openEmbedded(path.resolve(env.TEILHABE_DATA_DIR));
  const prisma = createPrismaClient(env.DATABASE_URL ?? database!.url, 1);
  try {
    const today = berlinToday();
    report(await unsafeRunRetention(prisma, { today, batchSize: size }), today);
  } finally {
    await prisma.$disconnect();
    await database?.stop();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Refusal ? error.message : `Die Löschung ist fehlgeschlagen: ${error instanceof Error ? error.message : String(error)}\n  Schon abgeschlossene Stapel bleiben gelöscht; der nächste Lauf macht mit dem Rest weiter.`;
  process.stderr.write(`✖ ${message}\n`);
  process.exit(1);
});
