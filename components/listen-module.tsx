/**
 * The Listen module as the overlay calls it: its own Preact root in the
 * container the overlay gives it, and its own style sheet, adopted by the
 * overlay's shadow root while the bar is shown (a constructed sheet, which a
 * page's Content-Security-Policy does not block).
 */
import { render } from 'preact';
import listenCss from './listen.css?inline';
import type { ListenModule } from './listen-api.ts';
import { ListenBar } from './ListenBar.tsx';

let sheet: CSSStyleSheet | undefined;

/** Adds or removes the sheet; false where the engine refuses a sheet made here (Firefox content scripts). */
function adoptSheet(container: HTMLElement, on: boolean): boolean {
  const root = container.getRootNode() as Document | ShadowRoot;
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(listenCss);
    }
    const others = root.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    root.adoptedStyleSheets = on ? [...others, sheet] : others;
    return true;
  } catch {
    return false;
  }
}

export const listenModule: ListenModule = {
  render(props, container) {
    const adopted = adoptSheet(container, props !== null);
    render(
      props ? (
        <>
          {!adopted && <style>{listenCss}</style>}
          <ListenBar {...props} />
        </>
      ) : null,
      container,
    );
  },
};
