/**
 * Orders strings by UTF-16 code units, like `Array.prototype.sort()` without a comparator, so
 * output order does not depend on the runtime's locale (`localeCompare` does).
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
