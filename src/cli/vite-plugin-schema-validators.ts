import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import type { Plugin } from 'vite';
import * as schemas from '../core/schema/schemas.ts';

/** The module the browser imports its precompiled validators from. */
export const SCHEMA_VALIDATORS_MODULE = 'virtual:cm-schema-validators';

// Ajv's standalone code requires this runtime helper (minLength counts code points); inlined, so
// the module has no CommonJS `require`.
const UCS2LENGTH = `function cmUcs2length(str) { const len = str.length; let length = 0; let pos = 0; let value; while (pos < len) { length++; value = str.charCodeAt(pos++); if (value >= 0xd800 && value <= 0xdbff && pos < len) { value = str.charCodeAt(pos); if ((value & 0xfc00) === 0xdc00) pos++; } } return length; }`;

/**
 * The source of an ES module exporting `validators`, one standalone validator per schema of
 * src/core/schema/schemas.ts under the schema's export name (`claimsSchema`…): the checks the
 * pipeline runs with Ajv, compiled ahead of time, since a page under the site's CSP cannot
 * compile them (`new Function`). Given the path of schemas.ts, it also exports
 * `validatorsBySchema`, a Map from each schema object to its validator.
 */
export function generateSchemaValidators(schemasPath?: string): string {
  const ajv = new Ajv({ allErrors: true, strict: true, code: { source: true, esm: true } });
  const names: Record<string, string> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    if (!name.endsWith('Schema')) continue;
    ajv.addSchema(schema as object, name);
    names[name] = name;
  }
  const code = standaloneCode(ajv, names).replace(/require\("ajv\/dist\/runtime\/ucs2length"\)\.default/g, 'cmUcs2length');
  if (/\brequire\(/.test(code)) throw new Error('schema validators: Ajv emitted a require() the browser cannot run');
  // Plain exports rather than a namespace the page would have to build at run time.
  const list = Object.keys(names);
  const local = code.replace(/export const (\w+) = /g, 'const cm_$1 = ');
  const lines = [local, UCS2LENGTH, `export const validators = { ${list.map((n) => `${n}: cm_${n}`).join(', ')} };`];
  if (schemasPath) {
    lines.unshift(`import { ${list.map((n, i) => `${n} as cmSchema${i}`).join(', ')} } from ${JSON.stringify(schemasPath)};`);
    lines.push(`export const validatorsBySchema = new Map([${list.map((n, i) => `[cmSchema${i}, cm_${n}]`).join(', ')}]);`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Vite plugin: in code built for the browser, `src/core/schema/validate-schema.ts` (Ajv, which
 * compiles schemas with `new Function`) is replaced by `src/author/validate-schema-precompiled.ts`,
 * which uses the validators {@link generateSchemaValidators} makes at build time. The pipeline's
 * loaders then run in the authoring page, under the strict CSP, with the same checks and messages
 * as `npm run geo`.
 */
export function schemaValidatorsPlugin(root: string): Plugin {
  const original = resolve(root, 'src/core/schema/validate-schema.ts');
  const replacement = resolve(root, 'src/author/validate-schema-precompiled.ts');
  const virtualId = `\0${SCHEMA_VALIDATORS_MODULE}`;
  const schemasPath = resolve(root, 'src/core/schema/schemas.ts');
  return {
    name: 'cm-schema-validators',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === SCHEMA_VALIDATORS_MODULE) return virtualId;
      if (!importer || !source.endsWith('validate-schema.ts') || importer === replacement) return null;
      return resolve(importer, '..', source) === original ? replacement : null;
    },
    load(id) {
      return id === virtualId ? generateSchemaValidators(schemasPath) : null;
    },
  };
}
