import { PLACE_KINDS } from '../core/schema/schemas.ts';
import type { Lang, Place, PlaceKind, PrecisionCode } from '../core/types.ts';
import { h } from '../ui/dom.ts';
import { listAdminAreasAt, slugify } from './admin-areas.ts';
import type { DraftPlace } from './draft.ts';
import { AUTHOR_STRINGS } from './strings.ts';

/** What the place form needs. */
export interface PlaceFormContext {
  lang: Lang;
  /** The gazetteer with the places added so far: ids must be new, admin areas come from it. */
  places: readonly Place[];
  onSave: (place: DraftPlace) => void;
  onCancel: () => void;
}

/** The place form on the page: its element, and how the map sets its point. */
export interface PlaceForm {
  element: HTMLFormElement;
  /** Sets the point (the map was clicked), [lon, lat] degrees. */
  setPoint(lngLat: [number, number]): void;
}

/** The kinds a reporter adds for an article: areas (district, region, country) need an extent and stay in geo/gazetteer.yaml. */
const ADDABLE_KINDS = PLACE_KINDS.filter((k) => k !== 'district' && k !== 'region' && k !== 'country');

/**
 * The "add a place" form: names, kind, point (a click on the preview map, or typed), the admin
 * area it lies in (those that contain the point, smallest first), precision and source. Its
 * checks are the gazetteer loader's, so the export passes `npm run geo`.
 */
export function renderPlaceForm(initial: Partial<DraftPlace>, context: PlaceFormContext): PlaceForm {
  const s = AUTHOR_STRINGS[context.lang];
  const field = (label: string, control: HTMLElement, hint?: string): HTMLElement =>
    h('label', { class: 'cm-author-field' }, h('span', { class: 'cm-author-field__label' }, label), control, hint ? h('span', { class: 'cm-author-field__hint' }, hint) : null);
  const namesAr = h('input', { name: 'ar', value: (initial.ar ?? []).join('، '), dir: 'rtl', lang: 'ar', required: true });
  const namesEn = h('input', { name: 'en', value: (initial.en ?? []).join(', '), dir: 'ltr', lang: 'en', required: true });
  const id = h('input', { name: 'id', value: initial.id ?? '', dir: 'ltr', required: true, pattern: '[a-z0-9]+(-[a-z0-9]+)*' });
  let idTouched = !!initial.id;
  id.addEventListener('input', () => (idTouched = true));
  namesEn.addEventListener('input', () => {
    if (!idTouched) id.value = slugify(splitNames(namesEn.value)[0] ?? '');
  });
  const kind = h('select', { name: 'kind' }, ...ADDABLE_KINDS.map((k) => h('option', { value: k, selected: k === (initial.kind ?? 'neighbourhood') }, k)));
  const lat = h('input', { name: 'lat', type: 'number', step: 'any', min: -90, max: 90, value: initial.lat ?? '', dir: 'ltr', required: true });
  const lon = h('input', { name: 'lon', type: 'number', step: 'any', min: -180, max: 180, value: initial.lon ?? '', dir: 'ltr', required: true });
  const admin = h('select', { name: 'admin' });
  const precisionKm = h('input', { name: 'precision_km', type: 'number', step: 'any', min: 0, value: initial.precisionKm ?? 2, dir: 'ltr', required: true });
  const precisionCode = h('select', { name: 'precision_code' }, ...[1, 2, 3].map((c) => h('option', { value: c, selected: c === (initial.precisionCode ?? 2) }, s.precisionCodes[c] ?? String(c))));
  const source = h('input', { name: 'source', value: initial.source ?? '', dir: 'ltr', placeholder: 'osm:node/…' });
  const note = h('textarea', { name: 'note', rows: 2 }, initial.note ?? s.placeNoteDefault);
  const error = h('p', { class: 'cm-author-form__error', role: 'alert', hidden: true });

  const nameOf = (p: Place): string => (context.lang === 'ar' ? p.ar[0] : p.en[0]) ?? p.id;
  const point = (): [number, number] | null => {
    const la = Number.parseFloat(lat.value);
    const lo = Number.parseFloat(lon.value);
    return Number.isFinite(la) && Number.isFinite(lo) && Math.abs(la) <= 90 && Math.abs(lo) <= 180 ? [lo, la] : null;
  };
  const updateAdmin = (): void => {
    const at = point();
    const areas = at ? listAdminAreasAt(context.places, at) : [];
    const previous = admin.value || initial.admin;
    admin.replaceChildren(...(areas.length ? areas.map((a) => h('option', { value: a.id, selected: a.id === previous }, `${nameOf(a)} (${a.id})`)) : [h('option', { value: '' }, at ? s.noAdmin : '—')]));
  };
  lat.addEventListener('input', updateAdmin);
  lon.addEventListener('input', updateAdmin);
  updateAdmin();

  const element = h(
    'form',
    { class: 'cm-author-form', 'aria-labelledby': 'cm-author-place-title', novalidate: true },
    h('h3', { id: 'cm-author-place-title', class: 'cm-author-form__title' }, s.placeEditor),
    h('p', { class: 'cm-author-field__hint' }, s.placeHint),
    field(s.namesAr, namesAr),
    field(s.namesEn, namesEn),
    field(s.placeId, id),
    field(s.kind, kind),
    h('div', { class: 'cm-author-form__row' }, field(s.lat, lat), field(s.lon, lon)),
    field(s.admin, admin),
    h('div', { class: 'cm-author-form__row' }, field(s.precisionKm, precisionKm), field(s.precisionCode, precisionCode)),
    field(s.source, source, s.sourceHint),
    field(s.placeNote, note),
    error,
    h('div', { class: 'cm-author-form__actions' }, h('button', { type: 'submit', class: 'cm-button cm-button--primary' }, s.save), h('button', { type: 'button', class: 'cm-button', 'data-action': 'cancel' }, s.cancel)),
  );
  element.querySelector('[data-action="cancel"]')?.addEventListener('click', () => context.onCancel());
  element.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      context.onCancel();
    }
  });
  element.addEventListener('submit', (e) => {
    e.preventDefault();
    const ar = splitNames(namesAr.value);
    const en = splitNames(namesEn.value);
    const at = point();
    const km = Number.parseFloat(precisionKm.value);
    const taken = context.places.some((p) => p.id === id.value.trim() && p.id !== initial.id);
    const problem =
      ar.length === 0 || en.length === 0 ? s.badNames
        : !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id.value.trim()) || taken ? s.badPlaceId
          : !at ? s.badPoint
            : !admin.value ? s.badAdmin
              : !(km > 0) ? s.badPrecision
                : null;
    if (problem || !at) {
      error.textContent = problem;
      error.hidden = false;
      return;
    }
    context.onSave({
      id: id.value.trim(),
      ar,
      en,
      lat: at[1],
      lon: at[0],
      kind: kind.value as PlaceKind,
      admin: admin.value,
      precisionKm: km,
      precisionCode: Number(precisionCode.value) as PrecisionCode,
      source: source.value.trim(),
      note: note.value,
    });
  });
  return {
    element,
    setPoint([lo, la]) {
      lat.value = String(Math.round(la * 1e5) / 1e5);
      lon.value = String(Math.round(lo * 1e5) / 1e5);
      updateAdmin();
    },
  };
}

/** Names typed in one field, separated by commas (Latin or Arabic). */
function splitNames(value: string): string[] {
  return value.split(/[,،]/).map((n) => n.trim()).filter(Boolean);
}
