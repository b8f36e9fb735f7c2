import { distanceKm } from '../geo/distance-km.ts';
import { commonWordShape } from '../geoparser/create-geoparser.ts';
import { latinKey } from '../text/latin-key.ts';
import { normaliseName } from '../text/normalise.ts';

const ARABIC = /[\u0600-\u06ff]/;
import type { Gazetteer, GeoparseWarning, Match, Place } from '../types.ts';

/** A block of the document: its id and its text, which match offsets point into. */
export interface EvidenceBlock {
  id: string;
  text: string;
}

/** What {@link weighEvidence} decides. */
export interface EvidenceResult<M extends Match = Match> {
  /** The matches kept, in document order: those that needed no evidence, and those it confirmed (with `evidence`). */
  matches: M[];
  /** Names left out for lack of evidence, with the reason. */
  warnings: GeoparseWarning[];
}

/**
 * How far (km) a generated-layer place may lie from a place the text names for the closeness to
 * count as evidence. Front-line reporting names places within a few tens of km of each other.
 */
export const NEARBY_KM = 25;

/** Kinds too wide for a place near them to count as evidence: their point is a centroid. */
const WIDE_KINDS: ReadonlySet<string> = new Set(['district', 'region', 'country']);

/**
 * Text between two names that makes them one list: commas, the conjunction و (attached to the
 * second name, so outside its span), "and", "or", أو.
 */
const LIST_GAP = /^[\s,،]*(?:(?:و|and|or|أو|ou|et)\s*)?$/u;

/**
 * Decides, for each name that needs evidence and had no trigger word (`pending`), whether the
 * document shows it names the place, with the reason kept in the match's `evidence`:
 *
 * 1. **A list**: it is joined by a comma, و or "and" to a name kept as a place ("منطقتي الفرناج
 *    وصلاح الدين"); lists are followed in both directions, so one confirmed member confirms all.
 * 2. **The same name elsewhere**: the text names it as a place elsewhere (one sense per text:
 *    "محور صلاح الدين" earlier makes "جوازات صلاح الدين" the district too; Latin names compare by key).
 * 3. **Places nearby**: for a name not shaped like a common word (a generated-layer village, a
 *    spelling the gazetteer does not list), a candidate lies within {@link NEARBY_KM} of a place
 *    the text names; only candidates that near are kept. A curated `needs_trigger` name is a known
 *    common word: closeness is not enough.
 *
 * 4. **Not abroad**: in a text about other countries only (the countries it names, and those of the
 *    places it names that need no evidence, do not include the candidate's), no evidence counts,
 *    not even a trigger word: "مدينة المنصورة" beside Cairo is the Egyptian city.
 *
 * What is left is dropped, with a warning naming the place and why it was left out when a
 * candidate is a generated-layer place (a curated `needs_trigger` name is a known common word or
 * personal name, السراج as in Fayez al-Sarraj: no warning). Pure; order-independent.
 *
 * @param blocks - the document's blocks, for the text between names
 * @param matches - names kept by the geoparser (they need no evidence, or had a trigger)
 * @param pending - names that need evidence, from `geoparseText`'s `pending`
 */
export function weighEvidence<M extends Match>(blocks: readonly EvidenceBlock[], matches: readonly M[], pending: readonly M[], gazetteer: Gazetteer, context: readonly Match[] = []): EvidenceResult<M> {
  const places = new Map(gazetteer.places.map((p) => [p.id, p]));
  const countryOf = (id: string): string | null => countryOfPlace(id, places);
  // The countries the text is about: those it names, and those of the places it names that need no evidence.
  const textCountries = new Set<string>([
    ...context.flatMap((m) => m.candidates),
    ...matches.filter((m) => m.evidence === undefined && m.candidates.length === 1).map((m) => countryOf(m.candidates[0] as string)).filter((c): c is string => c !== null),
  ]);
  // A name that needs evidence, in a text about other countries only (المنصورة after مدينة, in a
  // text that names Cairo), is the namesake abroad, not the Libyan village.
  const abroad = (m: Match): boolean => textCountries.size > 0 && m.candidates.every((id) => {
    const c = countryOf(id);
    return c !== null && !textCountries.has(c);
  });
  const blockText = new Map(blocks.map((b) => [b.id, b.text]));
  const order = new Map(blocks.map((b, i) => [b.id, i]));
  const byPosition = (a: { paragraph: string; start: number }, b: { paragraph: string; start: number }): number => (order.get(a.paragraph) ?? 0) - (order.get(b.paragraph) ?? 0) || a.start - b.start;

  const warnings: GeoparseWarning[] = [];
  const kept: M[] = [];
  let open: M[] = [...pending];
  for (const m of matches) {
    if (m.evidence !== undefined && abroad(m)) open.push(m);
    else kept.push(m);
  }
  const keyOf = (m: Match): string => (ARABIC.test(normaliseName(m.text)) ? normaliseName(m.text).replace(/^(?:[وفبلك]|لل)(?=ال)/, '') : latinKey(m.text));

  for (let changed = true; changed && open.length > 0; ) {
    changed = false;
    const all = [...kept].sort(byPosition);
    const confirmedNames = new Set(kept.map(keyOf));
    const still: M[] = [];
    for (const m of open) {
      const reason = abroad(m) ? null : (listEvidence(m, all, blockText) ?? (confirmedNames.has(keyOf(m)) ? 'the text names it as a place elsewhere' : null));
      if (reason !== null) {
        kept.push({ ...m, evidence: reason });
        changed = true;
      } else {
        still.push(m);
      }
    }
    open = still;
  }

  // Closeness last, against everything kept: a weaker signal than lists and repetition.
  const anchors = kept.flatMap((m) => (m.candidates.length === 1 ? [places.get(m.candidates[0] as string)] : [])).filter((p): p is Place => p !== undefined && !WIDE_KINDS.has(p.kind));
  for (const m of open) {
    const key = keyOf(m);
    const near = commonWordShape(key) || abroad(m)
      ? []
      : m.candidates.flatMap((id) => {
        const p = places.get(id);
        if (!p || p.needsTrigger) return [];
        const closest = anchors.map((a) => ({ a, km: distanceKm([p.lon, p.lat], [a.lon, a.lat]) })).filter((x) => x.a.id !== p.id).sort((x, y) => x.km - y.km)[0];
        return closest && closest.km <= NEARBY_KM ? [{ id, anchor: closest.a.id, km: closest.km }] : [];
      });
    if (near.length > 0) {
      const best = [...near].sort((a, b) => a.km - b.km)[0] as (typeof near)[number];
      kept.push({ ...m, candidates: near.map((n) => n.id), evidence: `${Math.round(best.km)} km from ${best.anchor}, which the text names` });
      continue;
    }
    // Warn only about a likely missing place: a distinctive Arabic name of a generated-layer
    // place (جندوبة), or a curated place in a spelling the gazetteer does not list (Gharyian). A
    // curated needs_trigger name is a known common word or personal name (السراج, Fayez
    // al-Sarraj); a generated-layer name shaped like a common word (المدينة, "the city") or in
    // Latin letters (English is full of capitalised words: Khalifa is a person) is noise.
    const unlistedCurated = m.candidates.some((id) => places.get(id)?.layer !== 'osm' && places.get(id)?.needsTrigger !== true);
    const distinctive = ARABIC.test(key) && !commonWordShape(key) && m.candidates.some((id) => places.get(id)?.layer === 'osm');
    if (!unlistedCurated && !distinctive) continue;
    const names = m.candidates.map((id) => describe(places.get(id), id)).join(', ');
    warnings.push({
      paragraph: m.paragraph,
      start: m.start,
      end: m.end,
      text: m.text,
      reason: abroad(m)
        ? `may be ${names}, but the text is about places in ${[...textCountries].sort().join(', ')}`
        : `may be ${names}, but nothing confirms it is a place here (no trigger word before it, no list of places, not named elsewhere, no place nearby)`,
    });
  }
  return { matches: kept.sort(byPosition), warnings: warnings.sort(byPosition) };
}

/** The country a place lies in: the end of its chain of admin parents, or null. */
function countryOfPlace(id: string, places: ReadonlyMap<string, Place>): string | null {
  let p = places.get(id);
  for (let i = 0; p && i < 10; i++) {
    if (p.kind === 'country') return p.id;
    p = p.admin ? places.get(p.admin) : undefined;
  }
  return null;
}

function describe(place: Place | undefined, id: string): string {
  if (!place) return id;
  return `${id} (${place.kind}${place.layer === 'osm' ? ', OpenStreetMap' : ''}${place.needsTrigger ? ', also a common word' : ''})`;
}

/** The reason when `m` is in a list with a kept name of the same block, or null. */
function listEvidence(m: Match, kept: readonly Match[], blockText: ReadonlyMap<string, string>): string | null {
  const text = blockText.get(m.paragraph);
  if (text === undefined) return null;
  const same = kept.filter((k) => k.paragraph === m.paragraph);
  const before = same.filter((k) => k.end <= m.start).at(-1);
  if (before && LIST_GAP.test(text.slice(before.end, m.start))) return `listed with "${before.text}"`;
  const after = same.find((k) => k.start >= m.end);
  if (after && LIST_GAP.test(text.slice(m.end, after.start))) return `listed with "${after.text}"`;
  return null;
}
