/**
 * While the reader is over the page, the page's own scrollbars would show
 * beside it (a fixed element covers the viewport, not the viewport's
 * scrollbar). They are hidden for that time with a constructed stylesheet
 * adopted by the page's document, which adds nothing to the page's markup, and
 * the page's own list of adopted sheets comes back exactly as it was. Where an
 * engine will not let a content script adopt a sheet, the root element's style
 * is set through the CSSOM and its style attribute restored to the byte.
 */
import { protoMember, trustedGet } from '../../utils/dom/trusted-dom.ts';

const HIDE_SCROLLBARS = 'html, body { overflow: hidden !important; }';

/** Sets a document member through its prototype: markup cannot shadow it (DOM clobbering). */
function trustedSet(target: object, name: string, value: unknown): void {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with .call(target), never detached from it
  const setter = protoMember(target, name)?.set;
  if (!setter) throw new TypeError(`No setter ${name}`);
  setter.call(target, value);
}

/** Hides the page's scrollbars; returns the function that brings them back. */
export function hidePageScrollbars(document: Document): () => void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HIDE_SCROLLBARS);
    const adopted = trustedGet<CSSStyleSheet[]>(document, 'adoptedStyleSheets');
    trustedSet(document, 'adoptedStyleSheets', [...adopted, sheet]);
    return () => {
      const now = trustedGet<CSSStyleSheet[]>(document, 'adoptedStyleSheets');
      trustedSet(
        document,
        'adoptedStyleSheets',
        now.filter((other) => other !== sheet),
      );
    };
  } catch {
    const root = trustedGet<HTMLElement | null>(document, 'documentElement');
    if (!root) return () => undefined;
    const previous = root.getAttribute('style');
    root.style.setProperty('overflow', 'hidden', 'important');
    return () => {
      if (previous === null) root.removeAttribute('style');
      else root.setAttribute('style', previous);
    };
  }
}
