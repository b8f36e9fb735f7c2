import { escapeAttribute } from '../render/escape.ts';

/** What a snippet embeds: the site's base URL (with a trailing slash) and the view. */
export interface SnippetInput {
  base: string;
  article: string;
  place: string | null;
  lang: 'ar' | 'en';
  /** Accessible title of the iframe. */
  title: string;
  /** Show the compact article panel. @defaultValue true */
  panel?: boolean;
  /** Fixed height of the iframe before the loader resizes it, CSS px. @defaultValue 720 */
  height?: number;
}


/** URL of the embed page for a view. */
export function embedUrl(input: SnippetInput): string {
  const url = new URL('embed.html', input.base);
  url.searchParams.set('article', input.article);
  if (input.place) url.searchParams.set('place', input.place);
  url.searchParams.set('lang', input.lang);
  if (input.panel === false) url.searchParams.set('panel', '0');
  return url.href;
}

/**
 * The copy-paste iframe snippet: the iframe works alone at a fixed height; the loader script
 * resizes it to its content.
 */
export function iframeSnippet(input: SnippetInput): string {
  const height = input.height ?? 720;
  return [
    `<iframe src="${escapeAttribute(embedUrl(input))}" title="${escapeAttribute(input.title)}" width="100%" height="${height}" style="width:100%;height:${height}px;border:0" loading="lazy" data-conflict-map></iframe>`,
    `<script src="${escapeAttribute(new URL('embed-loader.js', input.base).href)}" async></script>`,
  ].join('\n');
}

/** The web component snippet: one module script and the element. */
export function componentSnippet(input: SnippetInput): string {
  const attrs = [`article="${escapeAttribute(input.article)}"`, input.place ? `place="${escapeAttribute(input.place)}"` : '', `lang="${input.lang}"`, input.panel === false ? '' : 'panel']
    .filter(Boolean)
    .join(' ');
  return [
    `<script type="module" src="${escapeAttribute(new URL('conflict-map.js', input.base).href)}"></script>`,
    `<conflict-map ${attrs}></conflict-map>`,
  ].join('\n');
}

/** An oEmbed 1.0 response (type rich) for an article. */
export function oembedResponse(input: SnippetInput & { providerName: string }): Record<string, unknown> {
  const height = input.height ?? 720;
  return {
    version: '1.0',
    type: 'rich',
    provider_name: input.providerName,
    provider_url: input.base,
    title: input.title,
    width: 640,
    height,
    html: iframeSnippet(input),
  };
}
