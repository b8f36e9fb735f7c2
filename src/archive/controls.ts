/**
 * The archive page's filter panel: party checkboxes, the "map as of" timeline, an optional "from"
 * date and the display mode, plus the count of claims shown. Native form controls only, each with
 * a visible label, so the keyboard and screen readers work as they do everywhere (arrows, Page
 * Up/Down, Home/End on the slider). The "map as of" control is the article page's timeline
 * (src/ui/timeline.ts): one implementation, so these 50,000 claims are the scale test of what the
 * page runs. Here it marks the claims of every day and its arrows move one day at a time.
 */
import type { Lang } from '../core/types.ts';
import { addDays, daysBetween } from './synthetic-claims.ts';
import { h } from '../ui/dom.ts';
import { createTimeline, type TimelineMark } from '../ui/timeline.ts';
import type { ClaimsFilter, ClaimsSelection } from './select-claims.ts';
import { ARCHIVE_STRINGS, pageLocale } from './strings.ts';

/** A party as the panel lists it. */
export interface ControlsParty {
  id: string;
  label: { ar: string; en: string };
  /** `#rrggbb`. */
  colour: string;
}

/** Options of {@link createArchiveControls}. */
export interface ArchiveControlsOptions {
  lang: Lang;
  parties: readonly ControlsParty[];
  /** Day 0, ISO date. */
  start: string;
  /** Last day, days since `start`. */
  lastDay: number;
  /** The filter the panel starts with. */
  initial: ClaimsFilter;
  /** Claims per day (days since `start`), for the timeline's marks. */
  marks: readonly TimelineMark[];
  /** Called with the new filter whenever a control changes it. */
  onChange: (filter: ClaimsFilter) => void;
}

/** The panel. */
export interface ArchiveControls {
  element: HTMLFormElement;
  /** Rewrites every label in `lang`. */
  setLang(lang: Lang): void;
  /** Shows how many claims the current filter selects, in all and per party. */
  setCounts(selection: Pick<ClaimsSelection, 'count' | 'byParty'>): void;
  /** Removes the panel's listeners. */
  destroy(): void;
}

/** Formats an ISO date in a language, e.g. `5 يونيو 2020` or `5 June 2020` (UTC). */
export function formatDay(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(pageLocale(lang), { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${iso}T00:00:00Z`));
}

/** A month for the timeline's axis, e.g. `يونيو 2020` or `Jun 2020` (UTC). */
function formatMonthOf(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(pageLocale(lang), { timeZone: 'UTC', month: 'short', year: 'numeric' }).format(new Date(`${iso}T00:00:00Z`));
}

/** Claims per day of a day-sorted list of days: the archive timeline's marks. */
export function countClaimsByDay(sortedDays: ArrayLike<number>): TimelineMark[] {
  const marks: TimelineMark[] = [];
  for (let k = 0; k < sortedDays.length; k++) {
    const day = sortedDays[k] as number;
    const last = marks.at(-1);
    if (last && last.day === day) last.weight += 1;
    else marks.push({ day, weight: 1 });
  }
  return marks;
}

// Colour set through the CSSOM, not a style attribute, which a strict CSP would block.
function swatch(colour: string): HTMLElement {
  const el = h('span', { class: 'cm-archive-controls__swatch', 'aria-hidden': 'true' });
  el.style.backgroundColor = colour;
  return el;
}

/** Builds the panel; see {@link ArchiveControls}. */
export function createArchiveControls(options: ArchiveControlsOptions): ArchiveControls {
  const { parties, start, lastDay } = options;
  let lang = options.lang;
  let counts: Pick<ClaimsSelection, 'count' | 'byParty'> = { count: 0, byParty: parties.map(() => 0) };
  const end = addDays(start, lastDay);

  const partyLegend = h('legend', { class: 'cm-archive-controls__legend' });
  const partyInputs = parties.map((party, p) => h('input', { type: 'checkbox', name: 'party', value: party.id, id: `cm-archive-party-${party.id}`, checked: options.initial.parties[p] === true }));
  const partyTexts = parties.map(() => h('span', { class: 'cm-archive-controls__party-label' }));
  const partyCounts = parties.map(() => h('span', { class: 'cm-archive-controls__party-count' }));
  const partyFieldset = h(
    'fieldset',
    { class: 'cm-archive-controls__group' },
    partyLegend,
    ...parties.map((party, p) =>
      h(
        'label',
        { class: 'cm-archive-controls__party', for: `cm-archive-party-${party.id}` },
        partyInputs[p] as HTMLInputElement,
        swatch(party.colour),
        partyTexts[p] as HTMLElement,
        partyCounts[p] as HTMLElement,
      ),
    ),
  );

  // Moves are reported at most once an animation frame, and at once when a move ends (onInput).
  const asOf = createTimeline({
    lang,
    label: ARCHIVE_STRINGS[lang].asOf,
    min: 0,
    max: lastDay,
    value: options.initial.asOfDay,
    marks: options.marks,
    epoch: Math.round(Date.parse(`${start}T00:00:00Z`) / 86_400_000),
    formatDay: (day, l) => formatDay(addDays(start, day), l),
    formatTick: (day, l) => formatMonthOf(addDays(start, day), l),
    keyboard: 'days',
    ids: { input: 'cm-archive-asof', output: 'cm-archive-asof-date' },
    onChange: () => onInput(),
  });
  asOf.input.name = 'asof';

  const fromLabel = h('label', { for: 'cm-archive-from', class: 'cm-archive-controls__label' });
  const from = h('input', { type: 'date', id: 'cm-archive-from', name: 'from', min: start, max: end, 'aria-describedby': 'cm-archive-from-hint' });
  if (options.initial.fromDay > 0) from.value = addDays(start, options.initial.fromDay);
  const fromHint = h('span', { id: 'cm-archive-from-hint', class: 'cm-archive-controls__hint' });

  const modeLegend = h('legend', { class: 'cm-archive-controls__legend' });
  const modeInputs = (['window', 'latest'] as const).map((mode) => h('input', { type: 'radio', name: 'mode', value: mode, id: `cm-archive-mode-${mode}`, checked: options.initial.mode === mode }));
  const modeTexts = modeInputs.map(() => h('span'));
  const modeFieldset = h(
    'fieldset',
    { class: 'cm-archive-controls__group' },
    modeLegend,
    ...modeInputs.map((input, i) => h('label', { class: 'cm-archive-controls__mode', for: input.id }, input, modeTexts[i] as HTMLElement)),
  );

  const count = h('p', { class: 'cm-archive-controls__count', id: 'cm-archive-count', role: 'status' });
  const empty = h('p', { class: 'cm-archive-controls__empty', hidden: true });
  const semantics = h('p', { class: 'cm-archive-controls__note' });
  const clusterLegend = h('p', { class: 'cm-archive-controls__note' });

  const element = h(
    'form',
    { class: 'cm-archive-controls', id: 'cm-archive-controls' },
    partyFieldset,
    h('div', { class: 'cm-archive-controls__field' }, asOf.element),
    h('div', { class: 'cm-archive-controls__field' }, fromLabel, from, fromHint),
    modeFieldset,
    count,
    empty,
    semantics,
    clusterLegend,
  );

  const read = (): ClaimsFilter => {
    const fromDay = from.value ? Math.min(Math.max(daysBetween(start, from.value), 0), lastDay) : 0;
    return {
      parties: partyInputs.map((input) => input.checked),
      fromDay,
      asOfDay: asOf.value(),
      mode: modeInputs[1]?.checked ? 'latest' : 'window',
    };
  };
  const format = (n: number): string => n.toLocaleString(pageLocale(lang));
  const writeCounts = (): void => {
    const s = ARCHIVE_STRINGS[lang];
    count.textContent = s.shown(format(counts.count));
    count.dataset.shownCount = String(counts.count);
    partyCounts.forEach((el, p) => {
      el.textContent = format(counts.byParty[p] ?? 0);
      el.dataset.count = String(counts.byParty[p] ?? 0);
    });
    const filter = read();
    empty.hidden = filter.fromDay <= filter.asOfDay;
  };
  const setLang = (next: Lang): void => {
    lang = next;
    const s = ARCHIVE_STRINGS[lang];
    element.setAttribute('aria-label', s.filters);
    partyLegend.textContent = s.parties;
    parties.forEach((party, p) => {
      (partyTexts[p] as HTMLElement).textContent = party.label[lang];
    });
    asOf.setLang(lang, s.asOf);
    fromLabel.textContent = s.from;
    fromHint.textContent = s.fromHint;
    modeLegend.textContent = s.show;
    (modeTexts[0] as HTMLElement).textContent = s.modeWindow;
    (modeTexts[1] as HTMLElement).textContent = s.modeLatest;
    empty.textContent = s.emptyWindow;
    semantics.textContent = s.semantics;
    clusterLegend.textContent = s.clusterLegend;
    writeCounts();
  };

  let lastKey = '';
  function onInput(event?: Event): void {
    // The timeline's own input events come through its onChange, throttled to animation frames.
    if (event && event.target === asOf.input) return;
    const filter = read();
    const key = JSON.stringify(filter);
    if (key === lastKey) return;
    lastKey = key;
    options.onChange(filter);
  }
  const onSubmit = (event: Event): void => event.preventDefault();
  element.addEventListener('input', onInput);
  element.addEventListener('change', onInput);
  element.addEventListener('submit', onSubmit);
  setLang(lang);
  lastKey = JSON.stringify(read());

  return {
    element,
    setLang,
    setCounts(next) {
      counts = next;
      writeCounts();
    },
    destroy() {
      asOf.destroy();
      element.removeEventListener('input', onInput);
      element.removeEventListener('change', onInput);
      element.removeEventListener('submit', onSubmit);
    },
  };
}
