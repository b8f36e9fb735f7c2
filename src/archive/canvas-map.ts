/**
 * The archive map on a 2D canvas: the first paint, drawn as soon as the clusters are known and
 * long before MapLibre has compiled its shaders, and the whole map in a browser without WebGL.
 * It draws what the MapLibre map draws on the same view (claims-view.ts): the embedded basemap
 * (sea, land, coastline, dashed borders, country names; colours and widths of src/map/style.ts)
 * and the clusters, their counts and the single claims with the rules of claims-layers.ts. It
 * cannot pan or zoom.
 */
import type { Feature, FeatureCollection, Position } from 'geojson';
import type { Lang } from '../core/types.ts';
import { BASEMAP_COLORS } from '../render/basemap-colours.ts';
import { FONT_NAME } from '../map/style.ts';
import { CLAIMS_PAINT, clusterOpacityOf, clusterRadiusOf, majorityPartyOf, type ClaimsLayerParty } from './claims-layers.ts';
import { projectionOf, type ClaimsView } from './claims-view.ts';
import type { ClaimClusters } from './cluster-claims.ts';
import type { RenderedClaims } from './rendered-claims.ts';
import { pageLocale } from './strings.ts';

/** Options of {@link createCanvasMap}. */
export interface CanvasMapOptions {
  /** Element the canvas is added to (it fills it). */
  container: HTMLElement;
  /** What the map shows; `width` and `height` are the canvas's CSS size. */
  view: ClaimsView;
  /** The contents of `geo/basemap.geojson`. */
  basemap: FeatureCollection;
  /** Parties in the file's order, with their colours. */
  parties: readonly ClaimsLayerParty[];
  lang: Lang;
  /** The canvas's accessible name. */
  label: string;
  /** Device pixels per CSS px. @defaultValue `window.devicePixelRatio`, read again on {@link CanvasMap.setView} */
  pixelRatio?: number;
}

/** The canvas map. */
export interface CanvasMap {
  element: HTMLCanvasElement;
  /** Draws the basemap and the clusters; returns what is drawn in the view. */
  draw(clusters: ClaimClusters): RenderedClaims;
  /**
   * Resizes the canvas to `view` (its `width` and `height`, CSS px) and projects on it from now
   * on. Resizing clears the canvas, so the last clusters drawn are drawn again on the new view
   * (they were clustered for the old view's zoom: draw the new view's clusters once they are
   * known); returns what that redraw drew, or `null` when nothing had been drawn yet.
   */
  setView(view: ClaimsView): RenderedClaims | null;
  /** Redraws the names and counts in `lang`. */
  setLang(lang: Lang, label: string): void;
  /** Removes the canvas and frees its pixels. */
  destroy(): void;
}

/** `['interpolate', ['linear'], ['zoom'], z0, v0, z1, v1]`, evaluated. */
function byZoom(zoom: number, z0: number, v0: number, z1: number, v1: number): number {
  const t = Math.min(1, Math.max(0, (zoom - z0) / (z1 - z0)));
  return v0 + t * (v1 - v0);
}

const layerOf = (f: Feature): unknown => (f.properties as { layer?: unknown } | null)?.layer;

/**
 * MapLibre centres a label on its glyphs' box, which sits lower than the canvas's `middle`
 * baseline: measured on screenshots of both maps, about a fifth of the text size, CSS px.
 */
const TEXT_DROP = 0.2;

/** Creates the canvas in `options.container`; nothing is drawn before {@link CanvasMap.draw}. */
export function createCanvasMap(options: CanvasMapOptions): CanvasMap {
  const { parties } = options;
  // Read again on every resize: zooming the page changes both the map's CSS size and the ratio.
  const ratioOf = (): number => options.pixelRatio ?? (window.devicePixelRatio || 1);
  let ratio = ratioOf();
  const canvas = document.createElement('canvas');
  canvas.className = 'cm-archive-canvas';
  let view = options.view;
  let project = projectionOf(view);
  /** Sizes the backing store in device px and the element in CSS px (which clears the canvas). */
  const sizeCanvas = (): void => {
    canvas.width = Math.round(view.width * ratio);
    canvas.height = Math.round(view.height * ratio);
    canvas.style.width = `${view.width}px`;
    canvas.style.height = `${view.height}px`;
  };
  sizeCanvas();
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', options.label);
  options.container.append(canvas);
  const ctx = canvas.getContext('2d', { alpha: false }) as CanvasRenderingContext2D;
  let lang = options.lang;
  let last: ClaimClusters | null = null;

  const trace = (ring: readonly Position[]): void => {
    ring.forEach(([lon, lat], k) => {
      const [x, y] = project(lon as number, lat as number);
      if (k === 0) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
    });
  };
  const traceFeature = (f: Feature): void => {
    const g = f.geometry;
    if (g.type === 'Polygon') g.coordinates.forEach(trace);
    else if (g.type === 'MultiPolygon') g.coordinates.forEach((polygon) => polygon.forEach(trace));
    else if (g.type === 'LineString') trace(g.coordinates);
    else if (g.type === 'MultiLineString') g.coordinates.forEach(trace);
  };

  const drawBasemap = (): void => {
    const features = options.basemap.features;
    ctx.fillStyle = BASEMAP_COLORS.sea;
    ctx.fillRect(0, 0, view.width, view.height);
    ctx.beginPath();
    for (const f of features) if (layerOf(f) === 'land') traceFeature(f);
    ctx.fillStyle = BASEMAP_COLORS.land;
    // Holes stay holes, as MapLibre's triangulation keeps them.
    ctx.fill('evenodd');
    ctx.lineJoin = 'round';
    ctx.lineCap = 'round';
    ctx.beginPath();
    for (const f of features) if (layerOf(f) === 'coastline') traceFeature(f);
    ctx.strokeStyle = BASEMAP_COLORS.coastline;
    ctx.lineWidth = byZoom(view.zoom, 5, 0.6, 10, 1.2);
    ctx.stroke();
    ctx.beginPath();
    for (const f of features) if (layerOf(f) === 'border') traceFeature(f);
    const borderWidth = byZoom(view.zoom, 5, 0.8, 10, 1.6);
    ctx.strokeStyle = BASEMAP_COLORS.border;
    ctx.lineWidth = borderWidth;
    ctx.lineCap = 'butt';
    // MapLibre's dash lengths are in line widths.
    ctx.setLineDash([3 * borderWidth, 2 * borderWidth]);
    ctx.stroke();
    ctx.setLineDash([]);

    const size = byZoom(view.zoom, 5, 12, 10, 16);
    ctx.font = `${size}px "${FONT_NAME}", sans-serif`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.direction = lang === 'ar' ? 'rtl' : 'ltr';
    ctx.letterSpacing = lang === 'ar' ? '0px' : `${0.12 * size}px`;
    ctx.lineJoin = 'round';
    for (const f of features) {
      if (layerOf(f) !== 'country-label' || f.geometry.type !== 'Point') continue;
      const props = f.properties as { name_ar?: string; name_en?: string };
      const text = (lang === 'ar' ? props.name_ar ?? props.name_en : props.name_en ?? props.name_ar) ?? '';
      const [x, y] = project(f.geometry.coordinates[0] as number, f.geometry.coordinates[1] as number);
      ctx.strokeStyle = BASEMAP_COLORS.labelHalo;
      ctx.lineWidth = 2 * 1.5;
      ctx.strokeText(text, x, y + TEXT_DROP * size);
      ctx.fillStyle = BASEMAP_COLORS.label;
      ctx.fillText(text, x, y + TEXT_DROP * size);
    }
    ctx.letterSpacing = '0px';
  };

  const drawClusters = (clusters: ClaimClusters): RenderedClaims => {
    const n = clusters.length;
    const p = clusters.parties;
    const xs = new Float64Array(n);
    const ys = new Float64Array(n);
    const visible = new Uint8Array(n);
    const rendered: RenderedClaims = { clusters: 0, points: 0, claims: 0, sizes: [] };
    for (let k = 0; k < n; k++) {
      const [x, y] = project(clusters.lon[k] as number, clusters.lat[k] as number);
      xs[k] = x;
      ys[k] = y;
      const count = clusters.count[k] as number;
      const reach = count > 1 ? clusterRadiusOf(count) + CLAIMS_PAINT.clusterStrokeWidth : CLAIMS_PAINT.pointRadius + CLAIMS_PAINT.pointStrokeWidth;
      // Counted like MapLibre's queryRenderedFeatures over the view: any part of the disc in it.
      if (x + reach < 0 || y + reach < 0 || x - reach > view.width || y - reach > view.height) continue;
      visible[k] = 1;
      rendered.claims += count;
      if (count > 1) {
        rendered.clusters += 1;
        rendered.sizes.push(count);
      } else {
        rendered.points += 1;
      }
    }
    rendered.sizes.sort((a, b) => a - b);

    // Layer order of claims-layers.ts: discs, then counts, then single claims.
    for (let k = 0; k < n; k++) {
      const count = clusters.count[k] as number;
      if (!visible[k] || count < 2) continue;
      const best = majorityPartyOf(clusters.byParty, k * p, p);
      const r = clusterRadiusOf(count);
      ctx.beginPath();
      ctx.arc(xs[k] as number, ys[k] as number, r, 0, 2 * Math.PI);
      ctx.globalAlpha = clusterOpacityOf((clusters.byParty[k * p + best] as number) / count);
      ctx.fillStyle = parties[best]?.colour ?? CLAIMS_PAINT.unknownParty;
      ctx.fill();
      ctx.globalAlpha = 1;
      // MapLibre strokes outside the radius.
      ctx.beginPath();
      ctx.arc(xs[k] as number, ys[k] as number, r + CLAIMS_PAINT.clusterStrokeWidth / 2, 0, 2 * Math.PI);
      ctx.strokeStyle = CLAIMS_PAINT.clusterStroke;
      ctx.lineWidth = CLAIMS_PAINT.clusterStrokeWidth;
      ctx.stroke();
    }
    const format = new Intl.NumberFormat(pageLocale(lang));
    ctx.font = `${CLAIMS_PAINT.countSize}px "${FONT_NAME}", sans-serif`;
    ctx.direction = 'ltr';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (let k = 0; k < n; k++) {
      const count = clusters.count[k] as number;
      if (!visible[k] || count < 2) continue;
      const text = format.format(count);
      const y = (ys[k] as number) + TEXT_DROP * CLAIMS_PAINT.countSize;
      ctx.strokeStyle = CLAIMS_PAINT.countHalo;
      ctx.lineWidth = 2 * CLAIMS_PAINT.countHaloWidth;
      ctx.strokeText(text, xs[k] as number, y);
      ctx.fillStyle = CLAIMS_PAINT.countColour;
      ctx.fillText(text, xs[k] as number, y);
    }
    for (let k = 0; k < n; k++) {
      if (!visible[k] || clusters.count[k] !== 1) continue;
      const party = majorityPartyOf(clusters.byParty, k * p, p);
      ctx.beginPath();
      ctx.arc(xs[k] as number, ys[k] as number, CLAIMS_PAINT.pointRadius + CLAIMS_PAINT.pointStrokeWidth / 2, 0, 2 * Math.PI);
      ctx.fillStyle = parties[party]?.colour ?? CLAIMS_PAINT.unknownParty;
      ctx.fill();
      ctx.strokeStyle = CLAIMS_PAINT.pointStroke;
      ctx.lineWidth = CLAIMS_PAINT.pointStrokeWidth;
      ctx.stroke();
    }
    return rendered;
  };

  const draw = (clusters: ClaimClusters): RenderedClaims => {
    last = clusters;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    drawBasemap();
    return drawClusters(clusters);
  };

  // Text drawn before the font file arrives uses a fallback font: redraw once it is in.
  void document.fonts
    .load(`12px "${FONT_NAME}"`, 'ليبيا Libya 0123456789')
    .then(() => {
      if (last) draw(last);
    })
    .catch(() => undefined);

  return {
    element: canvas,
    draw,
    setView(next) {
      view = next;
      project = projectionOf(view);
      ratio = ratioOf();
      sizeCanvas();
      return last ? draw(last) : null;
    },
    setLang(next, label) {
      lang = next;
      canvas.setAttribute('aria-label', label);
      if (last) draw(last);
    },
    destroy() {
      last = null;
      canvas.remove();
      // Frees the backing store now rather than when the element is collected.
      canvas.width = 0;
      canvas.height = 0;
    },
  };
}
