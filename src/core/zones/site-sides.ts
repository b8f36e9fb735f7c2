import type { ZoneSite } from './types.ts';

/**
 * The parties on a site's side of a line: its party when controlled, the parties fighting over
 * it when contested. Two sites face each other across a front line when their sides differ.
 */
export function siteSides(site: ZoneSite): string[] {
  return site.status === 'control' ? (site.party === null ? [] : [site.party]) : site.parties;
}
