/**
 * Loads the real-reporting manifests of `tests/fixtures/reporting/` (format: its README): a text's
 * manifest (`dev/*.yaml`, `holdout/*.yaml`) and the negative snippets (`negative/<lang>.yaml`).
 * Shape is checked with a JSON Schema; the rules a schema cannot state (snippets of at most 200
 * characters, mention texts that are substrings of their snippet, mentions of listed places,
 * unique place ids, every place mentioned) are checked here. Every problem is reported, naming the
 * file, the line and the field, what was expected and what was found.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ValidationError, type Issue } from '../../../../src/core/errors.ts';
import { validateSchema } from '../../../../src/core/schema/validate-schema.ts';
import { parseYaml, type SourceFile } from '../../../../src/core/yaml/parse-yaml.ts';
import { ROOT } from '../project.ts';

/** A place the text names, as the annotator recorded it. */
export interface GoldPlace {
  /** A gazetteer id, or a proposed id when the place is not in the gazetteer yet. */
  id: string;
  ar?: string;
  en?: string;
  /** True for a place in Libya: only those count for recall. */
  libyan: boolean;
  /** OpenStreetMap node id, when the place is in the reference extract. */
  osm?: number;
  /** True when the place is neither in the gazetteer nor in the OSM extract. */
  new?: boolean;
  /** For `new` places: what kind of place (country, village, junction…). */
  kind?: string;
}

/** One mention in a snippet: a gold place and its exact written form. */
export interface GoldMention {
  place: string;
  text: string;
}

/** A verbatim piece of the text (at most 200 characters) and the places it names. */
export interface Snippet {
  text: string;
  mentions: GoldMention[];
}

/** One text of the development or held-out set. */
export interface TextManifest {
  /** Path relative to the project root. */
  file: string;
  id: string;
  url: string;
  language: 'ar' | 'en';
  places: GoldPlace[];
  snippets: Snippet[];
}

/** A snippet that names no Libyan place. */
export interface NegativeSnippet {
  text: string;
  url?: string;
  /** The non-Libyan places the snippet names, as written. */
  nonLibyan: string[];
}

/** The negative snippets of one language (`negative/<lang>.yaml`). */
export interface NegativeSet {
  file: string;
  language: 'ar' | 'en';
  snippets: NegativeSnippet[];
}

/** Longest snippet, in characters (Unicode code points), as the manifest format says. */
export const MAX_SNIPPET_CHARS = 200;

const nonEmpty = { type: 'string', minLength: 1 } as const;

/** JSON Schema (draft-07) of a text's manifest. Claims are the claim suggester's: only their shape as a list is checked here. */
export const textManifestSchema = {
  type: 'object',
  required: ['id', 'url', 'outlet', 'date', 'language', 'places', 'snippets'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
    url: { type: 'string', pattern: '^https?://' },
    outlet: nonEmpty,
    date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    language: { enum: ['ar', 'en'] },
    region: nonEmpty,
    note: { type: 'string' },
    places: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['id', 'libyan'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
          ar: nonEmpty,
          en: nonEmpty,
          libyan: { type: 'boolean' },
          osm: { type: 'integer', minimum: 1 },
          new: { type: 'boolean' },
          kind: nonEmpty,
          near: nonEmpty,
          where: nonEmpty,
          note: nonEmpty,
        },
      },
    },
    snippets: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['text', 'mentions'],
        additionalProperties: false,
        properties: {
          text: nonEmpty,
          mentions: {
            type: 'array',
            items: {
              type: 'object',
              required: ['place', 'text'],
              additionalProperties: false,
              properties: { place: nonEmpty, text: nonEmpty },
            },
          },
        },
      },
    },
    claims: { type: 'array', items: { type: 'object' } },
  },
} as const;

/** JSON Schema (draft-07) of a negative set. */
export const negativeSetSchema = {
  type: 'object',
  required: ['snippets'],
  additionalProperties: false,
  properties: {
    snippets: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['text', 'non_libyan'],
        additionalProperties: false,
        properties: {
          text: nonEmpty,
          url: { type: 'string', pattern: '^https?://' },
          non_libyan: { type: 'array', items: nonEmpty },
          note: nonEmpty,
        },
      },
    },
  },
} as const;

/** Characters as the format counts them: Unicode code points. */
function countChars(s: string): number {
  return Array.from(s).length;
}

/**
 * Parses and checks one text manifest.
 *
 * @throws {@link ValidationError} listing every problem, each with file, line and field
 */
export function loadTextManifest(file: SourceFile): TextManifest {
  const parsed = parseYaml(file);
  const issues: Issue[] = validateSchema(textManifestSchema, parsed, file.path);
  if (issues.length > 0) throw new ValidationError(issues);
  const data = parsed.data as Omit<TextManifest, 'file'> & { places: GoldPlace[] };
  const at = (path: Array<string | number>, field: string): Pick<Issue, 'file' | 'line' | 'field'> => ({ file: file.path, line: parsed.lineOf(path), field });

  const ids = new Map<string, number>();
  data.places.forEach((p, i) => {
    const first = ids.get(p.id);
    if (first !== undefined) issues.push({ ...at(['places', i, 'id'], `places[${i}].id`), message: `duplicate place id (first at places[${first}])`, found: JSON.stringify(p.id) });
    else ids.set(p.id, i);
    if (p.new === true && p.osm !== undefined) issues.push({ ...at(['places', i], `places[${i}]`), message: 'a place is either in the OSM extract (osm) or new, not both', found: `osm: ${p.osm}, new: true` });
    if (p.new === true && p.kind === undefined) issues.push({ ...at(['places', i], `places[${i}].kind`), message: 'a new place needs its kind', expected: 'kind: village | neighbourhood | country | …' });
  });
  const mentioned = new Set<string>();
  data.snippets.forEach((s, i) => {
    const chars = countChars(s.text);
    if (chars > MAX_SNIPPET_CHARS) issues.push({ ...at(['snippets', i, 'text'], `snippets[${i}].text`), message: 'snippet too long', expected: `at most ${MAX_SNIPPET_CHARS} characters`, found: `${chars}` });
    s.mentions.forEach((m, j) => {
      const field = `snippets[${i}].mentions[${j}]`;
      if (!ids.has(m.place)) issues.push({ ...at(['snippets', i, 'mentions', j, 'place'], `${field}.place`), message: 'unknown place', expected: `an id of places: ${[...ids.keys()].join(', ')}`, found: JSON.stringify(m.place) });
      if (!s.text.includes(m.text)) issues.push({ ...at(['snippets', i, 'mentions', j, 'text'], `${field}.text`), message: 'mention is not a substring of its snippet', expected: 'the exact written form, as in the snippet', found: JSON.stringify(m.text) });
      mentioned.add(m.place);
    });
  });
  data.places.forEach((p, i) => {
    if (!mentioned.has(p.id)) issues.push({ ...at(['places', i, 'id'], `places[${i}].id`), message: 'place has no mention in any snippet', expected: 'a snippet mentioning it', found: JSON.stringify(p.id) });
  });
  if (issues.length > 0) throw new ValidationError(issues);
  return { file: file.path, id: data.id, url: data.url, language: data.language, places: data.places, snippets: data.snippets };
}

/**
 * Parses and checks one negative set; its language is the file's name (`ar.yaml`, `en.yaml`).
 *
 * @throws {@link ValidationError} listing every problem, each with file, line and field
 */
export function loadNegativeSet(file: SourceFile): NegativeSet {
  const language = /(?:^|\/)(ar|en)\.yaml$/.exec(file.path)?.[1] as 'ar' | 'en' | undefined;
  const parsed = parseYaml(file);
  const issues: Issue[] = validateSchema(negativeSetSchema, parsed, file.path);
  if (!language) issues.push({ file: file.path, message: 'a negative set is named after its language', expected: 'ar.yaml or en.yaml', found: JSON.stringify(file.path) });
  if (issues.length > 0) throw new ValidationError(issues);
  const data = parsed.data as { snippets: Array<{ text: string; url?: string; non_libyan: string[] }> };
  data.snippets.forEach((s, i) => {
    const chars = countChars(s.text);
    if (chars > MAX_SNIPPET_CHARS) issues.push({ file: file.path, line: parsed.lineOf(['snippets', i, 'text']), field: `snippets[${i}].text`, message: 'snippet too long', expected: `at most ${MAX_SNIPPET_CHARS} characters`, found: `${chars}` });
  });
  if (issues.length > 0) throw new ValidationError(issues);
  return {
    file: file.path,
    language: language as 'ar' | 'en',
    snippets: data.snippets.map((s) => ({ text: s.text, ...(s.url !== undefined ? { url: s.url } : {}), nonLibyan: s.non_libyan })),
  };
}

/** The YAML files of a folder under `tests/fixtures/reporting/`, sorted; none when it does not exist. */
function listYaml(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => join(dir, f));
  } catch {
    return [];
  }
}

/** Where the manifests live. */
export const REPORTING_DIR = join(ROOT, 'tests/fixtures/reporting');

/**
 * Loads every text manifest of one set (`dev` or `holdout`). Only the final scoring may read
 * `holdout`: nothing that changes the geoparser, the gazetteer or the rules may look at it.
 */
export function loadTextSet(set: 'dev' | 'holdout', dir = REPORTING_DIR): TextManifest[] {
  return listYaml(join(dir, set)).map((path) => loadTextManifest({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }));
}

/** Loads the negative sets that exist (`negative/ar.yaml`, `negative/en.yaml`). */
export function loadNegativeSets(dir = REPORTING_DIR): NegativeSet[] {
  return listYaml(join(dir, 'negative')).map((path) => loadNegativeSet({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }));
}
