import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UPDATING, expectGolden } from './golden.ts';

describe.runIf(!UPDATING)('expectGolden', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cm-golden-'));
  it('expectGolden(actual, missing path) fails and writes nothing', () => {
    const path = join(dir, 'missing.geojson');
    expect(() => expectGolden('{}', path)).toThrow(/expected output is missing; write it on purpose with UPDATE=1/);
    expect(() => expectGolden('{}', path)).toThrow();
  });
  it('expectGolden(actual, path) passes on equal text and fails on a difference', () => {
    const path = join(dir, 'same.geojson');
    writeFileSync(path, '{"a":1}');
    expect(() => expectGolden('{"a":1}', path)).not.toThrow();
    expect(() => expectGolden('{"a":2}', path)).toThrow();
  });
});
