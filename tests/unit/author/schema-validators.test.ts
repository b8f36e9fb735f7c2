import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSchemaValidators } from '../../../src/cli/vite-plugin-schema-validators.ts';
import { schemaIssues } from '../../../src/core/schema/schema-issues.ts';
import * as schemas from '../../../src/core/schema/schemas.ts';
import { validateSchema } from '../../../src/core/schema/validate-schema.ts';
import { parseYaml } from '../../../src/core/yaml/parse-yaml.ts';
import { readProjectFile } from '../helpers/project.ts';

// The authoring page checks files with validators compiled at build time (its CSP forbids
// compiling them in the page): they must say exactly what the pipeline's Ajv says.
type Validator = ((data: unknown) => boolean) & { errors?: Parameters<typeof schemaIssues>[0] | null };
let dir: string;
let validators: Record<string, Validator>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cm-validators-'));
  const file = join(dir, 'validators.mjs');
  writeFileSync(file, generateSchemaValidators());
  validators = ((await import(pathToFileURL(file).href)) as { validators: Record<string, Validator> }).validators;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const check = (name: keyof typeof schemas, text: string, path = 'f.yaml'): { precompiled: string[]; ajv: string[] } => {
  const parsed = parseYaml({ path, text });
  const validate = validators[name] as Validator;
  const precompiled = validate(parsed.data) ? [] : schemaIssues(validate.errors ?? [], parsed, path);
  return { precompiled: precompiled.map((i) => JSON.stringify(i)), ajv: validateSchema(schemas[name] as object, parsed, path).map((i) => JSON.stringify(i)) };
};

describe('generateSchemaValidators', () => {
  it('exports one validator per schema of schemas.ts, with no require() and no eval', () => {
    const names = Object.keys(schemas).filter((n) => n.endsWith('Schema')).sort();
    expect(Object.keys(validators).sort()).toEqual(names);
    const code = generateSchemaValidators();
    expect(code).not.toMatch(/\brequire\(|new Function|\beval\(/);
  });
  it('the precompiled validators report what Ajv reports: the seed\'s files, and broken ones', () => {
    const cases: Array<[keyof typeof schemas, string]> = [
      ['claimsSchema', readProjectFile('content/haftar-macron-2019-05-13/claims.yaml')],
      ['claimsSchema', 'claims:\n  - place: Ain Zara\n    extent: lots\n    change: held\n    evidence: []\n    colour: red\n'],
      ['gazetteerSchema', readProjectFile('geo/gazetteer.yaml')],
      ['gazetteerAdditionSchema', 'places:\n  - id: x\n    ar: []\n    en: [X]\n    lat: 99\n    lon: 13\n    kind: town\n    admin: libya\n    precision_km: 0\n    precision_code: 4\n    source: clicked\n'],
      ['originalFrontMatterSchema', 'title: ""\ndate: 2019-13-01\nlanguage: fr\n'],
      ['partiesSchema', readProjectFile('content/parties.yaml')],
    ];
    for (const [name, text] of cases) {
      const { precompiled, ajv } = check(name, text);
      expect(precompiled).toEqual(ajv);
    }
    expect(check('claimsSchema', cases[1]![1]).ajv.length).toBeGreaterThan(3);
  });
});
