const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

/**
 * Throws unless `colour` is a `#rrggbb` hex string. Colours end up in SVG attributes and image
 * ids, so anything else (names, `rgb()`, text with quotes) is refused rather than interpreted.
 *
 * @param colour - the value to check.
 * @param what - how to name the value in the error, e.g. `fill[1]`.
 * @defaultValue what = `'colour'`
 */
export function assertHexColour(colour: unknown, what = 'colour'): asserts colour is string {
  if (typeof colour !== 'string' || !HEX_COLOUR.test(colour)) {
    throw new TypeError(`${what}: expected a hex colour like #0072b2, found ${JSON.stringify(colour)}`);
  }
}
