import type { Extent, Lang, Party } from '../core/types.ts';
import { h } from '../ui/dom.ts';
import { CHANGE_NAMES } from '../ui/strings.ts';
import type { DraftClaim } from './draft.ts';
import { AUTHOR_STRINGS } from './strings.ts';

/** What the claim form needs besides the claim. */
export interface ClaimFormContext {
  lang: Lang;
  parties: readonly Party[];
  /** The places the claim may be on (those the text names, and the added ones): id and name. */
  places: ReadonlyArray<{ id: string; name: string }>;
  /** Shows the claim's fields for "who says so" (the suggester's `attributed_to`). */
  withAttribution: boolean;
  onSave: (claim: DraftClaim) => void;
  onCancel: () => void;
}

const EXTENTS: Extent[] = ['all', 'most', 'half', 'part'];

/**
 * The claim editor: place, status, party or parties, extent, change, date, note (and who says so),
 * with the quote it rests on shown, not editable: the quote is the text's words. Returns the form;
 * the caller puts it on the page and focuses its first field.
 */
export function renderClaimForm(claim: DraftClaim, context: ClaimFormContext): HTMLFormElement {
  const s = AUTHOR_STRINGS[context.lang];
  const field = (label: string, control: HTMLElement): HTMLElement => h('label', { class: 'cm-author-field' }, h('span', { class: 'cm-author-field__label' }, label), control);
  const place = h('select', { name: 'place', required: true }, ...context.places.map((p) => h('option', { value: p.id, selected: p.id === claim.place }, `${p.name} (${p.id})`)));
  if (!context.places.some((p) => p.id === claim.place)) place.prepend(h('option', { value: claim.place, selected: true }, claim.place));
  const status = h('select', { name: 'status' }, h('option', { value: 'control', selected: claim.status === 'control' }, s.statusControl), h('option', { value: 'contested', selected: claim.status === 'contested' }, s.statusContested));
  const partyLabel = (p: Party): string => `${p.label[context.lang]} — ${p.name[context.lang]}`;
  const party = h('select', { name: 'party' }, ...context.parties.map((p) => h('option', { value: p.id, selected: p.id === claim.party }, partyLabel(p))));
  const partyBoxes = context.parties.map((p) => h('input', { type: 'checkbox', name: 'parties', value: p.id, checked: (claim.parties ?? []).includes(p.id) }));
  const parties = h('fieldset', { class: 'cm-author-fieldset' }, h('legend', {}, s.parties), ...context.parties.map((p, i) => h('label', { class: 'cm-author-check' }, partyBoxes[i] as HTMLInputElement, h('span', {}, partyLabel(p)))));
  const partyField = field(s.party, party);
  const showStatus = (): void => {
    partyField.hidden = status.value !== 'control';
    parties.hidden = status.value !== 'contested';
  };
  status.addEventListener('change', showStatus);
  showStatus();
  const extent = h('select', { name: 'extent' }, ...EXTENTS.map((e) => h('option', { value: e, selected: e === claim.extent }, e)));
  const changeList = h('datalist', { id: 'cm-author-changes' }, ...Object.entries(CHANGE_NAMES[context.lang]).map(([id, name]) => h('option', { value: id }, name)));
  const change = h('input', { name: 'change', value: claim.change, list: 'cm-author-changes', required: true, pattern: '[a-z0-9]+(-[a-z0-9]+)*', dir: 'ltr' });
  const asOf = h('input', { name: 'as_of', type: 'date', value: claim.asOf, dir: 'ltr' });
  const note = h('textarea', { name: 'note', rows: 2 }, claim.note);
  const attributed = h('input', { name: 'attributed_to', value: claim.attributedTo ?? '' });
  const error = h('p', { class: 'cm-author-form__error', role: 'alert', hidden: true });
  const form = h(
    'form',
    { class: 'cm-author-form', 'aria-labelledby': 'cm-author-claim-title', novalidate: true },
    h('h3', { id: 'cm-author-claim-title', class: 'cm-author-form__title' }, s.claimEditor),
    h('ul', { class: 'cm-author-form__quotes' }, ...claim.evidence.map((e) => h('li', {}, h('span', { class: 'cm-author-form__paragraph' }, `${s.paragraph} ${e.paragraph}: `), h('q', { class: 'cm-author-quote-text' }, e.quote)))),
    field(s.place, place),
    field(s.status, status),
    partyField,
    parties,
    field(s.extent, extent),
    field(s.change, change),
    changeList,
    field(s.asOf, asOf),
    ...(context.withAttribution ? [field(s.attributedTo, attributed)] : []),
    field(s.note, note),
    error,
    h('div', { class: 'cm-author-form__actions' }, h('button', { type: 'submit', class: 'cm-button cm-button--primary' }, s.save), h('button', { type: 'button', class: 'cm-button', 'data-action': 'cancel' }, s.cancel)),
  );
  form.querySelector('[data-action="cancel"]')?.addEventListener('click', () => context.onCancel());
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      context.onCancel();
    }
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const contested = status.value === 'contested';
    const chosen = partyBoxes.filter((b) => b.checked).map((b) => b.value);
    const problem = contested && chosen.length < 2 ? s.needTwoParties : !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(change.value.trim()) ? s.badChange : null;
    if (problem) {
      error.textContent = problem;
      error.hidden = false;
      return;
    }
    const saved: DraftClaim = {
      key: claim.key,
      origin: claim.origin,
      place: place.value,
      status: contested ? 'contested' : 'control',
      ...(contested ? { parties: chosen } : { party: party.value }),
      extent: extent.value as Extent,
      change: change.value.trim(),
      asOf: asOf.value,
      note: note.value,
      ...(context.withAttribution && attributed.value.trim() ? { attributedTo: attributed.value.trim() } : {}),
      evidence: claim.evidence,
    };
    context.onSave(saved);
  });
  return form;
}
