import type { GeoparseWarning } from '../core/types.ts';

/** Formats a warning like a compiler warning: `file: warning: p4 [12-20] "…": reason`. */
export function formatWarning(w: GeoparseWarning & { file?: string }): string {
  return `${w.file ? `${w.file}: ` : ''}warning: ${w.paragraph} [${w.start}-${w.end}] "${w.text}": ${w.reason}`;
}
