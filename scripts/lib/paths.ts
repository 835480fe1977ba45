/** Where the project and the shared data folder beside it live, wherever the command is run from. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The reviewed real pages the tests and the fuzzer read: tests/fixtures/pages/<slug>/. */
export const PAGE_FIXTURES_DIR = join(projectRoot, 'tests', 'fixtures', 'pages');

/** `../shared` beside the checkout, or LUCID_SHARED when set. */
export function sharedDir(): string {
  const fromEnv = process.env.LUCID_SHARED;
  if (fromEnv) return resolve(fromEnv);
  return resolve(projectRoot, '..', 'shared');
}

export function sharedDataDir(): string {
  return join(sharedDir(), 'data');
}

export function hasSharedData(): boolean {
  return existsSync(sharedDataDir());
}
