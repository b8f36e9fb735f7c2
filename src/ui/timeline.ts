/**
 * The timeline: "map as of" a day, on the article page (its report dates) and on archive.html (a
 * report nearly every day, 50,000 claims). One implementation for both, so the archive stays the
 * scale test of what the page runs.
 *
 * The control is a native `<input type="range">` with a visible label and `aria-valuetext` (the
 * date in words), so screen readers, the keyboard and pointers work as they do everywhere; under
 * it, an SVG drawn with d3 marks the days something is reported (bar height by how much) and the
 * months. The marks line up with the handle: the scale runs over the handle's travel
 * ({@link dayToX}), right to left in Arabic like the range input itself.
 *
 * Moving the handle is throttled to animation frames: however many `input` events a drag fires,
 * `onChange` runs at most once a frame with the latest day (`commit` false), and once more when
 * the move ends (`change`: pointer released, a key pressed, a value typed) with `commit` true.
 */
import { axisBottom, scaleLinear, select } from 'd3';
import type { Lang } from '../core/types.ts';
import { h } from './dom.ts';
import { dayForKey, dayToX, type TimelineKeyboard, type TimelineMark } from './timeline-keys.ts';

export type { TimelineKeyboard, TimelineMark };

/** Options of {@link createTimeline}. */
export interface TimelineOptions {
  lang: Lang;
  /** The label ("Map as of"). */
  label: string;
  /** First and last day the handle can take, in the caller's days (see `epoch`). */
  min: number;
  max: number;
  /** The day it starts on. */
  value: number;
  /** Days with reports, ascending; each gets a bar (height by `weight`). */
  marks: readonly TimelineMark[];
  /** A day in words, for the date shown and `aria-valuetext` ("26 June 2019"). */
  formatDay: (day: number, lang: Lang) => string;
  /** A tick label of the axis, at the start of a month ("Jun 2019"). */
  formatTick: (day: number, lang: Lang) => string;
  /**
   * The caller's day 0 in days since 1970-01-01 (UTC), to place the month ticks: the page counts
   * from 1970 (0), the archive from its file's first day. @defaultValue 0
   */
  epoch?: number;
  /** See {@link TimelineKeyboard}. @defaultValue `'marks'` */
  keyboard?: TimelineKeyboard;
  /** Called with the day, at most once a frame while moving; `commit` when the move ends. */
  onChange: (day: number, commit: boolean) => void;
  /** Element to build the timeline in (e.g. the page's reserved strip). @defaultValue a new `div` */
  container?: HTMLElement;
  /** Ids of the range input and of the date output (the archive keeps its own). @defaultValue `cm-timeline-input`, `cm-timeline-date` */
  ids?: { input?: string; output?: string };
  /** A line after the date (e.g. "5 report dates"). @defaultValue none */
  summary?: string;
}

/** A running timeline. */
export interface Timeline {
  element: HTMLElement;
  /** The range input (the accessible control). */
  input: HTMLInputElement;
  /** The day shown. */
  value(): number;
  /** Moves the handle without calling `onChange` (the view changed elsewhere: back, forward). */
  setValue(day: number): void;
  /** Rewrites the label, the date and the axis in a language (and direction). */
  setLang(lang: Lang, label: string, summary?: string): void;
  /** Disables the control with a reason shown beside it, or enables it again (null). */
  setDisabled(reason: string | null): void;
  /** Removes listeners and observers. */
  destroy(): void;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Half the handle's width, CSS px (the thumb in timeline.css is 16 px wide). */
const HANDLE_INSET = 8;
/** Height of the tallest mark, CSS px. */
const MARK_HEIGHT = 22;
/** Baseline of the marks in the SVG, CSS px from its top. */
const BASELINE = 26;

/** Builds the timeline; see the module comment. */
export function createTimeline(options: TimelineOptions): Timeline {
  const { min, max, marks, formatDay, formatTick, onChange } = options;
  const keyboard = options.keyboard ?? 'marks';
  const epoch = options.epoch ?? 0;
  let lang = options.lang;
  const ids = { input: options.ids?.input ?? 'cm-timeline-input', output: options.ids?.output ?? 'cm-timeline-date' };
  const clamp = (d: number): number => Math.min(Math.max(Math.round(d), min), max);

  const label = h('label', { class: 'cm-timeline__label', for: ids.input }, options.label);
  const output = h('output', { class: 'cm-timeline__date', id: ids.output, for: ids.input });
  const summary = h('span', { class: 'cm-timeline__summary' }, options.summary ?? '');
  const note = h('span', { class: 'cm-timeline__note', hidden: true });
  const input = h('input', { type: 'range', class: 'cm-timeline__input', id: ids.input, min, max, step: 1, value: clamp(options.value), 'aria-describedby': ids.output });
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'cm-timeline__axis');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const track = h('div', { class: 'cm-timeline__track' });
  track.append(svg, input);
  const element = options.container ?? h('div');
  element.classList.add('cm-timeline');
  element.setAttribute('role', 'group');
  element.setAttribute('aria-label', options.label);
  element.replaceChildren(h('div', { class: 'cm-timeline__head' }, label, output, summary, note), track);

  // --- Drawing ---------------------------------------------------------------------------
  let width = 0;
  let drawnDay = Number.NaN;
  const heights = scaleLinear().domain([0, Math.max(1, ...marks.map((m) => m.weight))]).range([3, MARK_HEIGHT]).clamp(true);
  const span = () => ({ min, max, width, inset: HANDLE_INSET, rtl: lang === 'ar' });
  /** Marks and axis: on a new width or language. */
  const drawAxis = (): void => {
    width = track.clientWidth;
    if (width <= 0) return;
    const s = span();
    const root = select(svg).attr('width', width).attr('height', BASELINE + 18).attr('viewBox', `0 0 ${width} ${BASELINE + 18}`);
    root.selectAll('*').remove();
    root.append('line').attr('class', 'cm-timeline__baseline').attr('x1', dayToX(min, s)).attr('x2', dayToX(max, s)).attr('y1', BASELINE).attr('y2', BASELINE);
    // 3 px wide, narrower when days are closer than that (the archive: a report nearly every day).
    const barWidth = Math.max(1, Math.min(3, (width - 2 * HANDLE_INSET) / Math.max(1, max - min + 1)));
    root
      .append('g')
      .attr('class', 'cm-timeline__marks')
      .selectAll('rect')
      .data(marks)
      .join('rect')
      .attr('class', 'cm-timeline__mark')
      .attr('x', (m) => dayToX(m.day, s) - barWidth / 2)
      .attr('width', barWidth)
      .attr('y', (m) => BASELINE - heights(m.weight))
      .attr('height', (m) => heights(m.weight));
    // Month ticks: the first of each month, as many as fit (about one per 90 px).
    const x = scaleLinear().domain([min, max]).range([dayToX(min, s), dayToX(max, s)]);
    const months = monthStarts(min + epoch, max + epoch).map((d) => d - epoch);
    const every = Math.max(1, Math.ceil(months.length / Math.max(1, Math.floor(width / 90))));
    const ticks = months.filter((_, i) => i % every === 0);
    root
      .append('g')
      .attr('class', 'cm-timeline__ticks')
      .attr('transform', `translate(0 ${BASELINE})`)
      .call(axisBottom(x).tickValues(ticks).tickSize(4).tickFormat((d) => formatTick(Number(d), lang)));
    drawnDay = Number.NaN;
    drawValue();
  };
  /** What depends on the day: the date, and which marks are after it (faded). */
  const drawValue = (): void => {
    const day = Number(input.value);
    const text = formatDay(day, lang);
    output.value = text;
    input.setAttribute('aria-valuetext', text);
    if (day === drawnDay) return;
    drawnDay = day;
    select(svg).selectAll<SVGRectElement, TimelineMark>('.cm-timeline__mark').classed('cm-timeline__mark--after', (m) => m.day > day);
  };
  let axisFrame = 0;
  const queueAxis = (): void => {
    if (axisFrame) return;
    axisFrame = requestAnimationFrame(() => {
      axisFrame = 0;
      drawAxis();
    });
  };
  const resizes = typeof ResizeObserver === 'function' ? new ResizeObserver(() => queueAxis()) : null;
  resizes?.observe(track);
  queueAxis();
  drawValue();

  // --- Moving ----------------------------------------------------------------------------
  let frame = 0;
  let pendingCommit = false;
  const run = (): void => {
    frame = 0;
    const commit = pendingCommit;
    pendingCommit = false;
    drawValue();
    onChange(Number(input.value), commit);
  };
  const schedule = (commit: boolean): void => {
    pendingCommit ||= commit;
    if (!frame) frame = requestAnimationFrame(run);
  };
  /** A finished move is reported now (a test or a reader typing a value expects the page to follow at once). */
  const flush = (): void => {
    if (frame) cancelAnimationFrame(frame);
    pendingCommit = true;
    run();
  };
  const onInput = (): void => {
    drawValue();
    schedule(false);
  };
  const onKey = (e: KeyboardEvent): void => {
    const next = dayForKey(e.key, Number(input.value), { marks, min, max, rtl: lang === 'ar', keyboard });
    if (next === null) return;
    e.preventDefault();
    if (next === Number(input.value)) return;
    input.value = String(next);
    drawValue();
    schedule(true);
  };
  input.addEventListener('input', onInput);
  input.addEventListener('change', flush);
  input.addEventListener('keydown', onKey);

  return {
    element,
    input,
    value: () => Number(input.value),
    setValue(day) {
      input.value = String(clamp(day));
      drawValue();
    },
    setLang(next, text, nextSummary) {
      lang = next;
      label.textContent = text;
      element.setAttribute('aria-label', text);
      if (nextSummary !== undefined) summary.textContent = nextSummary;
      drawnDay = Number.NaN;
      queueAxis();
      drawValue();
    },
    setDisabled(reason) {
      input.disabled = reason !== null;
      note.hidden = reason === null;
      note.textContent = reason ?? '';
    },
    destroy() {
      if (frame) cancelAnimationFrame(frame);
      if (axisFrame) cancelAnimationFrame(axisFrame);
      resizes?.disconnect();
      input.removeEventListener('input', onInput);
      input.removeEventListener('change', flush);
      input.removeEventListener('keydown', onKey);
    },
  };
}

/** Days (since 1970-01-01, UTC) on which a month starts, from `min` to `max`. */
function monthStarts(min: number, max: number): number[] {
  const DAY_MS = 86_400_000;
  const out: number[] = [];
  const d = new Date(min * DAY_MS);
  d.setUTCDate(1);
  if (Math.round(d.getTime() / DAY_MS) < min) d.setUTCMonth(d.getUTCMonth() + 1);
  for (let day = Math.round(d.getTime() / DAY_MS); day <= max; day = Math.round(d.getTime() / DAY_MS)) {
    out.push(day);
    d.setUTCMonth(d.getUTCMonth() + 1);
  }
  return out;
}
