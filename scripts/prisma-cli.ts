// Runs the Prisma CLI without native engines: Prisma 6.19 still checks that the
// engine *paths* exist, so point them at a file that does (see STACK.md).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

export function prismaEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const placeholder = path.resolve('package.json');
  return {
    ...process.env,
    PRISMA_QUERY_ENGINE_LIBRARY: placeholder,
    PRISMA_SCHEMA_ENGINE_BINARY: placeholder,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
    ...extra,
  } as NodeJS.ProcessEnv;
}

/**
 * Asynchronous on purpose: the embedded database is served from this same
 * process, and a blocking spawnSync would leave the CLI waiting on it forever.
 */
export function runPrisma(args: string[], extra: Record<string, string> = {}, quiet = false): Promise<{ code: number; output: string }> {
  const cli = require.resolve('prisma/build/index.js');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { env: prismaEnv(extra), stdio: quiet ? 'pipe' : 'inherit' });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runPrisma(process.argv.slice(2)).then(({ code }) => process.exit(code));
}
