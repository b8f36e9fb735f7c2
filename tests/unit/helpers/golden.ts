import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './project.ts';

/** True on an explicit update run (`UPDATE=1 npm test`), the only time expected files are written. */
export const UPDATING = process.env.UPDATE === '1';

/**
 * Compares `actual` with the expected file at `path`. A missing expected file fails: a new
 * fixture must not pass unchecked. Only an explicit `UPDATE=1` run writes the file, and the
 * diff is then reviewed like any other change.
 */
export function expectGolden(actual: string, path: string): void {
  if (UPDATING) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  if (!existsSync(path)) {
    expect.fail(`${relative(ROOT, path)}: expected output is missing; write it on purpose with UPDATE=1 npm test and review it`);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
