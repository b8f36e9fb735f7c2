/**
 * Serialises GeoJSON for committing: two-space indentation, one coordinate pair per line and a
 * final newline, so diffs of generated files stay readable. Key order is the objects' own
 * (builders create them in a fixed order), which keeps output byte-stable.
 */
export function serializeGeoJson(value: unknown): string {
  const json = JSON.stringify(value, null, 2);
  // Collapse [lon, lat] pairs that JSON.stringify spreads over three lines.
  return `${json.replace(/\[\n\s+(-?[\d.e+-]+),\n\s+(-?[\d.e+-]+)\n\s+\]/g, '[$1, $2]')}\n`;
}
