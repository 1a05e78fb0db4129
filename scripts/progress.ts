// A progress bar on a terminal, plain percentage lines in logs (CI, systemd).
export function progressBar(label: string) {
  const tty = process.stdout.isTTY;
  let lastPercent = -1;
  return {
    update(done: number, total: number, detail = '') {
      const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
      if (tty) {
        const width = 30;
        const filled = Math.round((percent / 100) * width);
        process.stdout.write(`\r  ${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${percent} % ${detail}`.padEnd(90));
      } else if (percent >= lastPercent + 10 || percent === 100) {
        process.stdout.write(`  ${label}: ${percent} % ${detail}\n`);
      }
      lastPercent = percent;
    },
    done() {
      if (tty) process.stdout.write('\n');
    },
  };
}
