/**
 * Turns a Latin name into a kebab-case id: accents folded (é → e), apostrophes and ayn marks
 * dropped (`Bi'r` → `bir`), every other run of non-letters a hyphen, lower case.
 *
 * @returns an id matching `^[a-z0-9]+(-[a-z0-9]+)*$`, or `''` when the name has no Latin letter or digit
 */
export function makePlaceId(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’‘`ʿʾ]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
