/** How a renderer draws a place: colours and symbol image ids, decided outside it. */
export interface PlaceStyle {
  /** Main colour (party colour, or the contested / none colour). */
  colour: string;
  /** Status symbol id, e.g. `cm-sym-lna-half`. */
  symbol: string;
}
