import type { PlacesCollection } from '../core/geojson/build-places-collection.ts';
import { segmentText, type TextRange } from '../core/segment-text.ts';
import type { Lang } from '../core/types.ts';
import type { PageArticle } from './data.ts';
import { h } from './dom.ts';
import { STRINGS, formatDate } from './strings.ts';

/** What the panel reports back. */
export interface ArticlePanelEvents {
  select(placeId: string): void;
  hoverPlace(placeId: string | null): void;
  hoverParagraph(paragraphId: string | null): void;
}

/** The article panel: text with every mention linked and every evidence quote marked. */
export interface ArticlePanel {
  render(article: PageArticle, places: PlacesCollection, lang: Lang, colours: ReadonlyMap<string, string>, hrefFor: (placeId: string) => string): void;
  /** Marks the selected places' mentions; scrolls the first into view when asked. */
  setSelected(placeIds: string | readonly string[] | null, scroll: boolean): void;
  /** Marks mentions of places the reader hovers on the map. */
  setHighlighted(placeIds: readonly string[]): void;
  /** Recolours the mentions (their places' statuses changed with the date shown). */
  setColours(colours: ReadonlyMap<string, string>): void;
  /**
   * Scrolls to a paragraph (a link into the text at a quote): to the selected place's evidence in
   * it if there is some, else to the paragraph, marked `cm-block--target`. False if there is no
   * such paragraph.
   */
  scrollToParagraph(paragraphId: string): boolean;
  destroy(): void;
}

/**
 * Renders an article's text into `container`, in the language asked for: original Arabic
 * right-to-left, or the English translation. Mentions are links to the place's view (so they
 * work with the keyboard and as shared links); evidence quotes are `<mark>`s; all text goes in
 * as text nodes.
 */
export function createArticlePanel(container: HTMLElement, events: ArticlePanelEvents): ArticlePanel {
  let selected: readonly string[] = [];
  /** The paragraph a link pointed at (scrollToParagraph): scrolls go there while the selection stays. */
  let target: string | null = null;
  const blockOf = (id: string): HTMLElement | undefined => [...container.querySelectorAll<HTMLElement>('[data-block]')].find((el) => el.dataset.block === id);
  const onClick = (e: MouseEvent): void => {
    const link = (e.target as Element).closest<HTMLElement>('.cm-mention');
    if (!link || !container.contains(link)) return;
    e.preventDefault();
    events.select(link.dataset.place as string);
  };
  const onOver = (e: MouseEvent): void => {
    const link = (e.target as Element).closest<HTMLElement>('.cm-mention');
    events.hoverPlace(link?.dataset.place ?? null);
    const para = (e.target as Element).closest<HTMLElement>('[data-block]');
    events.hoverParagraph(para?.dataset.block ?? null);
  };
  const onLeave = (): void => {
    events.hoverPlace(null);
    events.hoverParagraph(null);
  };
  container.addEventListener('click', onClick);
  container.addEventListener('mouseover', onOver);
  container.addEventListener('mouseleave', onLeave);

  return {
    render(article, places, lang, colours, hrefFor) {
      target = null;
      const text = article.texts.find((t) => t.lang === lang) ?? (article.texts[0] as PageArticle['texts'][number]);
      const strings = STRINGS[lang];
      const mentions = new Map<string, TextRange[]>();
      const evidence = new Map<string, TextRange[]>();
      const evidenceParagraphs = new Map<string, string[]>();
      for (const f of places.features) {
        const p = f.properties;
        for (const m of p.mentions) {
          if (m.lang !== text.lang) continue;
          const list = mentions.get(m.paragraph) ?? [];
          list.push({ start: m.start, end: m.end, place: p.id });
          mentions.set(m.paragraph, list);
        }
        for (const e of p.evidence) {
          const list = evidenceParagraphs.get(e.paragraph) ?? [];
          list.push(p.id);
          evidenceParagraphs.set(e.paragraph, list);
          // Quotes are in the original; a translation marks the whole aligned paragraph instead.
          if (text.original && e.start >= 0) {
            const ranges = evidence.get(e.paragraph) ?? [];
            ranges.push({ start: e.start, end: e.end, place: p.id });
            evidence.set(e.paragraph, ranges);
          }
        }
      }
      const renderBlock = (blockId: string, blockText: string): DocumentFragment => {
        const fragment = document.createDocumentFragment();
        const segments = segmentText(blockText, mentions.get(blockId) ?? [], evidence.get(blockId) ?? []);
        let link: HTMLAnchorElement | null = null;
        let linkIndex = -1;
        for (const s of segments) {
          const piece: Node = s.evidence.length > 0 ? h('mark', { class: 'cm-evidence', 'data-evidence': s.evidence.join(' ') }, s.text) : document.createTextNode(s.text);
          if (s.mention) {
            if (!link || linkIndex !== s.mentionIndex) {
              link = h('a', { class: 'cm-mention', href: hrefFor(s.mention), 'data-place': s.mention });
              // Through the CSSOM, not a style attribute: the site's CSP forbids inline styles.
              link.style.setProperty('--cm-colour', colours.get(s.mention) ?? '#6a6a6a');
              linkIndex = s.mentionIndex;
              fragment.append(link);
            }
            link.append(piece);
          } else {
            link = null;
            linkIndex = -1;
            fragment.append(piece);
          }
        }
        return fragment;
      };
      const header = h('header', { class: 'cm-article__header' });
      const body = h('div', { class: 'cm-article__body' });
      for (const block of text.blocks) {
        const attrs = { 'data-block': block.id, id: `cm-block-${block.id}`, class: `cm-block cm-block--${block.kind}${evidenceParagraphs.has(block.id) ? ' cm-block--evidence' : ''}`, 'data-evidence-places': evidenceParagraphs.get(block.id)?.join(' ') };
        if (block.kind === 'title') header.append(h('h1', { ...attrs, class: `${attrs.class} cm-article__title` }, renderBlock(block.id, block.text)));
        else if (block.kind === 'dateline') header.append(h('p', attrs, renderBlock(block.id, block.text)));
        else if (block.kind === 'caption') header.append(h('p', { ...attrs, class: `${attrs.class} cm-article__caption` }, renderBlock(block.id, block.text)));
        else body.append(h('p', attrs, renderBlock(block.id, block.text)));
      }
      const meta = h(
        'p',
        { class: 'cm-article__meta' },
        `${article.outlet[lang]} · `,
        h('time', { datetime: article.date }, formatDate(article.date, lang)),
        text.original ? null : ` · ${strings.translationNote}`,
        article.url ? ' · ' : null,
        article.url ? h('a', { href: article.url, rel: 'noopener noreferrer', target: '_blank' }, strings.openOriginal) : null,
      );
      header.insertBefore(meta, header.children[1] ?? null);
      const root = h('article', { class: 'cm-article', lang: text.lang, dir: text.lang === 'ar' ? 'rtl' : 'ltr' }, header, body);
      container.replaceChildren(root);
      this.setSelected(selected, false);
    },
    setSelected(selection, scroll) {
      const ids: readonly string[] = selection === null ? [] : typeof selection === 'string' ? [selection] : selection;
      // Another selection lets the paragraph a link pointed at go.
      if (ids.length !== selected.length || ids.some((id, i) => id !== selected[i])) target = null;
      selected = ids;
      for (const el of container.querySelectorAll('.cm-mention--selected')) el.classList.remove('cm-mention--selected');
      for (const el of container.querySelectorAll('.cm-block--selected')) el.classList.remove('cm-block--selected');
      for (const el of container.querySelectorAll('.cm-evidence--selected')) el.classList.remove('cm-evidence--selected');
      for (const el of container.querySelectorAll('.cm-block--target')) el.classList.toggle('cm-block--target', (el as HTMLElement).dataset.block === target);
      if (ids.length === 0) return;
      const links = [...container.querySelectorAll<HTMLElement>('.cm-mention')].filter((el) => ids.includes(el.dataset.place as string));
      for (const el of links) {
        el.classList.add('cm-mention--selected');
        el.closest('[data-block]')?.classList.add('cm-block--selected');
      }
      for (const el of container.querySelectorAll<HTMLElement>('.cm-evidence')) {
        if ((el.dataset.evidence ?? '').split(' ').some((id) => ids.includes(id))) el.classList.add('cm-evidence--selected');
      }
      // In a translation, the evidence is the aligned paragraph.
      for (const el of container.querySelectorAll<HTMLElement>('[data-evidence-places]')) {
        if ((el.dataset.evidencePlaces ?? '').split(' ').some((id) => ids.includes(id))) el.classList.add('cm-block--selected');
      }
      if (scroll) {
        const block = target ? blockOf(target) : undefined;
        const to = block ? (block.querySelector<HTMLElement>('.cm-evidence--selected') ?? block) : (container.querySelector<HTMLElement>('.cm-evidence--selected') ?? links[0]);
        to?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      }
    },
    setHighlighted(placeIds) {
      for (const el of container.querySelectorAll<HTMLElement>('.cm-mention')) el.classList.toggle('cm-mention--highlighted', placeIds.includes(el.dataset.place as string));
    },
    setColours(colours) {
      // Through the CSSOM, like render: the site's CSP forbids inline styles.
      // Only what changed: the timeline sets them on every move, and each change restyles the text.
      for (const el of container.querySelectorAll<HTMLElement>('.cm-mention')) {
        const colour = colours.get(el.dataset.place as string) ?? '#6a6a6a';
        if (el.style.getPropertyValue('--cm-colour') !== colour) el.style.setProperty('--cm-colour', colour);
      }
    },
    scrollToParagraph(paragraphId) {
      const block = blockOf(paragraphId);
      if (!block) return false;
      for (const el of container.querySelectorAll('.cm-block--target')) el.classList.remove('cm-block--target');
      target = paragraphId;
      block.classList.add('cm-block--target');
      (block.querySelector<HTMLElement>('.cm-evidence--selected') ?? block).scrollIntoView({ block: 'center', behavior: 'smooth' });
      return true;
    },
    destroy() {
      container.removeEventListener('click', onClick);
      container.removeEventListener('mouseover', onOver);
      container.removeEventListener('mouseleave', onLeave);
      container.replaceChildren();
    },
  };
}
