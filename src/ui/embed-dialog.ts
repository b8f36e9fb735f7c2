import { componentSnippet, iframeSnippet, type SnippetInput } from '../embed/embed-snippets.ts';
import type { Lang } from '../core/types.ts';
import { h } from './dom.ts';
import { STRINGS } from './strings.ts';

/**
 * Opens the "Embed" dialog: the iframe or web-component snippet for the current view, ready to
 * copy. A native modal `<dialog>` (focus trapped, Escape closes), removed when closed.
 */
export function openEmbedDialog(container: HTMLElement, input: SnippetInput, lang: Lang): HTMLDialogElement {
  const s = STRINGS[lang];
  const snippets = { iframe: iframeSnippet(input), component: componentSnippet(input) };
  const code = h('textarea', { class: 'cm-embed__code', readonly: true, rows: 5, dir: 'ltr', lang: 'en', 'aria-labelledby': 'cm-embed-title' });
  code.value = snippets.iframe;
  const choice = (kind: keyof typeof snippets, label: string): HTMLLabelElement => {
    const radio = h('input', { type: 'radio', name: 'cm-embed-kind', value: kind, checked: kind === 'iframe' });
    radio.addEventListener('change', () => {
      code.value = snippets[kind];
    });
    return h('label', { class: 'cm-embed__choice' }, radio, label);
  };
  const status = h('span', { class: 'cm-embed__status', role: 'status', 'aria-live': 'polite' });
  const copy = h('button', { type: 'button', class: 'cm-button' }, s.copy);
  copy.addEventListener('click', () => {
    code.select();
    void navigator.clipboard?.writeText(code.value).then(
      () => void (status.textContent = s.copied),
      () => void (status.textContent = ''),
    );
  });
  const close = h('button', { type: 'button', class: 'cm-button' }, s.close);
  const dialog = h(
    'dialog',
    { class: 'cm-embed', 'aria-labelledby': 'cm-embed-title' },
    h('h2', { id: 'cm-embed-title', class: 'cm-embed__title' }, s.embedTitle),
    h('fieldset', { class: 'cm-embed__kinds' }, h('legend', { class: 'cm-visually-hidden' }, s.embed), choice('iframe', s.embedIframe), choice('component', s.embedComponent)),
    code,
    h('div', { class: 'cm-embed__actions' }, copy, status, close),
  );
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => dialog.remove());
  container.append(dialog);
  dialog.showModal();
  code.focus();
  return dialog;
}
