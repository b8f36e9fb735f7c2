import type { ParsedYaml, SourceFile } from '../yaml/parse-yaml.ts';

/** A plain scalar as `formatGazetteerLayer` writes one: it starts with a letter, no flow indicator. */
const PLAIN = /^\p{L}[\p{L}\p{M}\p{N} '’‘`.()-]*$/u;
const NUMBER = /^-?\d+(\.\d+)?$/;
const JSON_STRING = /^"(?:[^"\\]|\\.)*"/;
/** YAML words a plain scalar may not be, since YAML would read them as something else. */
const RESERVED = /^(true|false|null|yes|no|on|off|y|n|~)$/i;

/**
 * Reads a generated gazetteer layer in the exact form `formatGazetteerLayer` writes it (comment
 * lines, `places:`, entries of `key: value` lines whose values are numbers, booleans, plain or
 * double-quoted strings and flow lists of them) without the YAML library, which takes about
 * 0.2 s of CPU for the 800 entries of `geo/gazetteer.osm.yaml` on every load of the gazetteer.
 * The data is what the YAML library would read. Anything else in the text, as a hand edit might
 * bring, gives null, and the caller parses it as YAML.
 *
 * @returns the data and line lookup like `parseYaml`, or null when the text is not in that form
 */
export function readGazetteerLayer(file: SourceFile): ParsedYaml | null {
  const lines = file.text.split('\n');
  const places: Array<Record<string, unknown>> = [];
  const keyLines: Array<Map<string, number>> = [];
  let placesLine: number | undefined;
  let closed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '' || line.startsWith('#')) continue;
    if (placesLine === undefined) {
      if (line === 'places:' || line === 'places: []') {
        placesLine = i + 1;
        closed = line === 'places: []';
        continue;
      }
      return null;
    }
    if (closed) return null;
    const m = /^( {2}- | {4})([a-z_]+): (.+)$/.exec(line);
    if (!m) return null;
    const [, indent, key, raw] = m as unknown as [string, string, string, string];
    if (indent === '  - ') {
      places.push({});
      keyLines.push(new Map());
    }
    const entry = places[places.length - 1];
    const at = keyLines[keyLines.length - 1];
    if (!entry || !at || key in entry) return null;
    const value = readValue(raw);
    if (value === undefined) return null;
    entry[key] = value;
    at.set(key, i + 1);
  }
  if (placesLine === undefined) return null;
  // Like the YAML library, the line of `places` is where its value (the first entry) starts.
  const firstLine = keyLines[0]?.get('id') ?? placesLine;
  return {
    data: { places },
    lineOf(path) {
      if (path.length === 0 || path[0] !== 'places') return path.length === 0 ? 1 : undefined;
      const at = typeof path[1] === 'number' ? keyLines[path[1]] : undefined;
      if (!at) return firstLine;
      const key = path[2];
      return (typeof key === 'string' ? at.get(key) : undefined) ?? [...at.values()][0];
    },
  };
}

/** One value: a flow list, a number, a boolean, a double-quoted or a plain string; undefined if none. */
function readValue(raw: string): unknown {
  if (raw.startsWith('[')) {
    if (!raw.endsWith(']')) return undefined;
    const items: string[] = [];
    let rest = raw.slice(1, -1);
    while (rest.length > 0) {
      const quoted = JSON_STRING.exec(rest);
      let item: string;
      if (quoted) {
        item = JSON.parse(quoted[0]) as string;
        rest = rest.slice(quoted[0].length);
      } else {
        const end = rest.indexOf(', ');
        const text = end < 0 ? rest : rest.slice(0, end);
        if (!PLAIN.test(text) || RESERVED.test(text) || /\s$/.test(text)) return undefined;
        item = text;
        rest = end < 0 ? '' : rest.slice(end);
      }
      items.push(item);
      if (rest.startsWith(', ')) rest = rest.slice(2);
      else if (rest.length > 0) return undefined;
    }
    return items;
  }
  if (NUMBER.test(raw)) return Number(raw);
  if (raw === 'true' || raw === 'false') return raw === 'true';
  if (raw === 'null') return null;
  if (raw.startsWith('"')) {
    const quoted = JSON_STRING.exec(raw);
    return quoted && quoted[0].length === raw.length ? (JSON.parse(raw) as string) : undefined;
  }
  // An OSM source id (`osm:node/123`) is written plain, as in the curated file.
  if (/^osm:(node|way|relation)\/\d+$/.test(raw)) return raw;
  return PLAIN.test(raw) && !RESERVED.test(raw) && !/\s$/.test(raw) ? raw : undefined;
}
