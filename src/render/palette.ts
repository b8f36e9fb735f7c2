/**
 * Party colours. Parties are data (`content/parties.yaml`), so colours are assigned from an
 * ordered, colour-blind-safe list rather than hard-coded per party.
 */
import { scaleOrdinal } from 'd3';
import { assertHexColour } from './hex-colour.ts';

/**
 * The Okabe–Ito categorical palette: Okabe & Ito (2008), "Color Universal Design (CUD): How to
 * make figures and presentations that are friendly to colorblind people", J*FLY. Chosen because
 * its hues were picked to stay apart for protan and deutan readers, who are about 1 in 12 men.
 */
export const OKABE_ITO = Object.freeze({
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const);

/**
 * Party colours in assignment order: the first party gets the first colour, and so on.
 *
 * The order was chosen by measuring (see `tests/unit/render/palette.test.ts`), not by taste:
 * - blue and vermillion first: the classic safe pair, far apart for every kind of vision;
 * - sky blue third, not orange: orange and vermillion fall to ΔE00 ≈ 12.5 under deuteranopia,
 *   while blue, vermillion and sky blue stay above 20 for normal, deutan and protan vision;
 * - yellow last: it nearly vanishes on the light basemap (contrast ≈ 1.2:1 with the land colour `#f4f2ee`);
 * - black is left out: it would read as the contested colour.
 * With all seven in use, the closest pair under deuteranopia is orange/yellow (ΔE00 ≈ 11.5), a
 * limit of the palette itself; the symbol shapes carry the status in any case.
 *
 * @defaultValue blue, vermillion, sky blue, bluish green, reddish purple, orange, yellow
 */
export const PARTY_COLOURS: readonly string[] = Object.freeze([
  OKABE_ITO.blue,
  OKABE_ITO.vermillion,
  OKABE_ITO.skyBlue,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.orange,
  OKABE_ITO.yellow,
]);

/**
 * Ring colour of contested places: a near-black neutral, so it claims no party. Darker than the
 * `#444` one might reach for, because #444 sits only ΔE00 ≈ 13.5 from {@link NONE_COLOUR}.
 */
export const CONTESTED_COLOUR = '#222222';

/**
 * Ring colour of places named without a claim. A mid grey (contrast ≈ 4.8:1 on the land colour
 * `#f4f2ee`, above the 3:1 WCAG asks of graphics) that keeps ΔE00 > 13 from every party colour
 * under deutan and protan simulation; lighter greys collide with the party colours for those
 * readers (#999 is ΔE00 ≈ 6.4 from reddish purple under deuteranopia).
 */
export const NONE_COLOUR = '#6A6A6A';

/** Options of {@link createPartyPalette}. */
export interface PartyPaletteOptions {
  /**
   * Colours handed out in order to the parties that are not pinned.
   * @defaultValue {@link PARTY_COLOURS}
   */
  colours?: readonly string[];
  /**
   * Colours pinned to party ids, e.g. `{ lna: '#0072B2' }`. Pinned colours are taken out of
   * `colours` for the other parties, so a pin never makes two parties share a colour.
   * Pins for ids not in the list are ignored.
   * @defaultValue `{}`
   */
  fixed?: Readonly<Record<string, string>>;
  /**
   * Colour of contested places.
   * @defaultValue {@link CONTESTED_COLOUR}
   */
  contested?: string;
  /**
   * Colour of places named without a claim.
   * @defaultValue {@link NONE_COLOUR}
   */
  none?: string;
}

/** A party's colour, as listed in a legend. */
export interface PaletteEntry {
  id: string;
  /** `#rrggbb`. */
  colour: string;
}

/** Colours for a given list of parties. */
export interface PartyPalette {
  /** The party's `#rrggbb` colour; throws for an id that is not in the palette. */
  colour(partyId: string): string;
  /** Every party with its colour, in the order the ids were given (duplicates dropped). */
  entries: readonly PaletteEntry[];
  /** `#rrggbb` colour of contested places. */
  contested: string;
  /** `#rrggbb` colour of places named without a claim. */
  none: string;
}

const DEFAULTS: Required<PartyPaletteOptions> = Object.freeze({
  colours: PARTY_COLOURS,
  fixed: Object.freeze({}),
  contested: CONTESTED_COLOUR,
  none: NONE_COLOUR,
});

/**
 * Assigns colours to parties: the same ids in the same order always give the same colours, so
 * the map, the legend and a static export agree without sharing state.
 *
 * Beyond the number of colours, colours repeat (d3's ordinal scale cycles); check larger
 * palettes with `checkPaletteDistinct` and pin colours with `fixed`.
 *
 * @param partyIds - party ids in display order, e.g. the order of `content/parties.yaml`.
 */
export function createPartyPalette(partyIds: readonly string[], options: PartyPaletteOptions = {}): PartyPalette {
  const { colours, fixed, contested, none } = { ...DEFAULTS, ...options };
  colours.forEach((c, i) => assertHexColour(c, `colours[${i}]`));
  assertHexColour(contested, 'contested');
  assertHexColour(none, 'none');
  if (colours.length === 0) throw new RangeError('colours: expected at least one colour, found none');

  const ids = [...new Set(partyIds)];
  // Object.hasOwn, not `in`: a party id like `constructor` must not pick up Object.prototype.
  const pinned = new Map<string, string>();
  for (const id of ids) {
    if (!Object.hasOwn(fixed, id)) continue;
    const colour = fixed[id];
    assertHexColour(colour, `fixed.${id}`);
    pinned.set(id, colour);
  }
  const pinnedLower = new Set([...pinned.values()].map((c) => c.toLowerCase()));
  const free = colours.filter((c) => !pinnedLower.has(c.toLowerCase()));
  // `.unknown(undefined)` matters: d3's default ("implicit") silently adds unknown ids to the
  // domain on lookup, so colours would depend on the order of lookups.
  const scale = scaleOrdinal<string, string, undefined>()
    .domain(ids.filter((id) => !pinned.has(id)))
    .range(free.length > 0 ? free : colours)
    .unknown(undefined);

  const byId = new Map(ids.map((id) => [id, pinned.get(id) ?? (scale(id) as string)]));
  const entries = Object.freeze(ids.map((id) => Object.freeze({ id, colour: byId.get(id) as string })));
  return Object.freeze({
    colour(partyId: string): string {
      const colour = byId.get(partyId);
      if (colour === undefined) {
        throw new RangeError(`party: expected one of ${ids.join(', ') || '(no parties)'}, found ${JSON.stringify(partyId)}`);
      }
      return colour;
    },
    entries,
    contested,
    none,
  });
}
