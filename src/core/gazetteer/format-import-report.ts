import { OSM_KINDS, type ImportConflict, type ImportReport } from './import-osm-places.ts';

/** Kilometres with one decimal, for the report. */
function km(value: number): string {
  return `${value.toFixed(1)} km`;
}

/** Counts of the conflicts by type, in a fixed order. */
export function countConflicts(conflicts: readonly ImportConflict[]): Record<ImportConflict['type'], number> {
  const counts = { 'source-far': 0, 'source-names-differ': 0, 'near-other-name': 0, 'shared-name': 0 };
  for (const c of conflicts) counts[c.type]++;
  return counts;
}

/**
 * The import's summary: nodes, entries, merges and needs_trigger by kind, skipped nodes and
 * conflicts by type. A few lines, for the terminal.
 */
export function formatImportSummary(report: ImportReport): string[] {
  const total = { nodes: 0, imported: 0, merged: 0, needsTrigger: 0 };
  const lines = [`${report.nodes} OSM nodes read.`];
  for (const kind of OSM_KINDS) {
    const k = report.byKind[kind];
    for (const key of Object.keys(total) as Array<keyof typeof total>) total[key] += k[key];
    lines.push(`  ${kind.padEnd(8)} ${String(k.nodes).padStart(4)} nodes: ${String(k.imported).padStart(4)} imported (${k.needsTrigger} need a trigger word), ${k.merged} merged into curated entries`);
  }
  lines.push(`  ${'all'.padEnd(8)} ${String(total.nodes).padStart(4)} nodes: ${String(total.imported).padStart(4)} imported (${total.needsTrigger} need a trigger word), ${total.merged} merged into curated entries`);
  lines.push(`  skipped: ${report.skipped.length} (${report.skipped.map((s) => s.reason).filter((r, i, all) => all.indexOf(r) === i).join('; ') || 'none'})`);
  const c = countConflicts(report.conflicts);
  lines.push(`  to look at: ${c['source-far']} curated source node(s) farther than the entry's precision, ${c['source-names-differ']} curated source node(s) with other names, ${c['near-other-name']} imported place(s) within 1 km of a curated place with other names, ${c['shared-name']} name(s) shared by several places, ${report.rejectedNames.length} foreign name(s) left out as other words`);
  return lines;
}

/**
 * The import's full report, for a curator: every merge with the names the curated entry lacks,
 * every conflict, every place that needs a trigger word and why, foreign names left out, skipped
 * nodes and curated sources not in the extract. Plain text, sorted, deterministic.
 */
export function formatImportReport(report: ImportReport): string {
  const out: string[] = ['# Gazetteer import report', '', ...formatImportSummary(report), ''];
  const section = (title: string, rows: string[]): void => {
    out.push(`## ${title} (${rows.length})`, '', ...(rows.length ? rows : ['none']), '');
  };
  section(
    'Merged: curated entries win',
    [...report.merges].sort((a, b) => (a.curated < b.curated ? -1 : a.curated > b.curated ? 1 : a.node - b.node)).map((m) => {
      const extra = [...m.newNames.ar, ...m.newNames.en];
      return `- ${m.curated} ← osm:node/${m.node}, ${km(m.km)}, by ${m.by === 'source' ? 'source' : `name "${m.shared}"`}; names to consider: ${extra.length ? extra.join(' | ') : 'none'}`;
    }),
  );
  const conflicts = report.conflicts;
  section('Curated source node farther than the entry\'s precision_km', conflicts.flatMap((c) => (c.type === 'source-far' ? [`- ${c.curated}: osm:node/${c.node} lies ${km(c.km)} away, precision_km ${c.precisionKm}`] : [])));
  section('Curated source node with none of the entry\'s names', conflicts.flatMap((c) => (c.type === 'source-names-differ' ? [`- ${c.curated}: osm:node/${c.node} is named ${c.names.join(' | ')}`] : [])));
  section('Imported place within 1 km of a curated place, names differ (the same place under another name?)', conflicts.flatMap((c) => (c.type === 'near-other-name' ? [`- ${c.id} (osm:node/${c.node}) is ${km(c.km)} from ${c.curated}`] : [])));
  section(
    'Names shared by several places (all kept; the resolver picks by context)',
    conflicts.flatMap((c) => (c.type === 'shared-name' ? [`- ${c.name}: ${c.places.map((p) => `${p.id} (${p.layer} ${p.kind})`).join(', ')}; up to ${km(c.maxKm)} apart`] : [])),
  );
  section('Imported places that need a trigger word', report.needsTrigger.map((t) => `- ${t.id} (${t.kind}): ${t.names.map((n) => `${n.name} [${n.rule}]`).join(', ')}`));
  section('Foreign names left out (not a transliteration of an English name)', report.rejectedNames.map((r) => `- osm:node/${r.node} ${r.tag}=${r.name} (similarity ${r.similarity.toFixed(2)})`));
  section('Skipped nodes', report.skipped.map((s) => `- osm:node/${s.node}: ${s.reason}`));
  section('Curated sources not in the extract', report.sourcesNotInExtract.map((s) => `- ${s.curated}: osm:node/${s.node}`));
  return `${out.join('\n').trimEnd()}\n`;
}
