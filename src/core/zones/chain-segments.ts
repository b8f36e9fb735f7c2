import type { Position } from 'geojson';

/**
 * Joins segments that meet end to end into polylines, so a front line drawn with a dash pattern
 * runs on without restarting at every Voronoi vertex. Ends meet when they are equal after
 * rounding to 6 decimals (the output precision). Lines start at ends where zero, one or three
 * or more segments meet, in input order; closed loops are walked last. Deterministic for a
 * given input order.
 *
 * @param segments - segments as pairs of [lon, lat] positions
 * @returns polylines, each at least two positions long
 */
export function chainSegments(segments: ReadonlyArray<readonly [Position, Position]>): Position[][] {
  const key = (p: Position) => `${Math.round((p[0] as number) * 1e6)},${Math.round((p[1] as number) * 1e6)}`;
  const byNode = new Map<string, number[]>();
  segments.forEach(([a, b], index) => {
    for (const k of new Set([key(a), key(b)])) byNode.set(k, [...(byNode.get(k) ?? []), index]);
  });
  const used = new Array<boolean>(segments.length).fill(false);

  const walk = (index: number, from: Position): Position[] => {
    const line: Position[] = [from];
    let current = index;
    let node = from;
    for (;;) {
      used[current] = true;
      const [a, b] = segments[current] as readonly [Position, Position];
      node = key(a) === key(node) ? b : a;
      line.push(node);
      const next = byNode.get(key(node)) ?? [];
      if (next.length !== 2) break;
      const following = next.find((i) => !used[i]);
      if (following === undefined) break;
      current = following;
    }
    return line;
  };

  const lines: Position[][] = [];
  segments.forEach(([a, b], index) => {
    for (const end of [a, b]) {
      if (!used[index] && (byNode.get(key(end)) ?? []).length !== 2) lines.push(walk(index, end));
    }
  });
  segments.forEach(([a], index) => {
    if (!used[index]) lines.push(walk(index, a));
  });
  return lines;
}
