/**
 * What "the page exactly as it was" means in the tests, and a way into the
 * reader overlay's closed shadow root (through DevTools, which can pierce it;
 * the page's own scripts cannot).
 */
import type { CDPSession, Page } from 'playwright-core';

export interface PageState {
  html: string;
  scroll: { x: number; y: number };
  focus: string;
  windowListeners: number;
  documentListeners: number;
  styleSheets: number;
  fonts: number;
}

/**
 * DevTools keeps every object it hands out alive until its group is released:
 * without this, the test's own handles would look like a leak in the page.
 */
const OBJECT_GROUP = 'lucid-test';

/** The serialised DOM, scroll position, focused element, listener counts on window and document, style sheets and fonts. */
export async function pageState(page: Page, cdp: CDPSession): Promise<PageState> {
  const basics = await page.evaluate(() => {
    const active = document.activeElement;
    return {
      html: document.documentElement.outerHTML,
      scroll: { x: window.scrollX, y: window.scrollY },
      focus: active ? `${active.tagName}#${active.id}.${active.className}` : '',
      styleSheets: document.styleSheets.length + document.adoptedStyleSheets.length,
      fonts: document.fonts.size,
    };
  });
  const listeners = async (expression: string) => {
    const { result } = await cdp.send('Runtime.evaluate', { expression, objectGroup: OBJECT_GROUP });
    if (!result.objectId) return 0;
    const { listeners: found } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId, depth: 0 });
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: OBJECT_GROUP });
    return found.length;
  };
  return { ...basics, windowListeners: await listeners('window'), documentListeners: await listeners('document') };
}

/** Runs `functionBody` with `this` bound to the reader overlay's shadow root; undefined when no overlay is open. */
export async function inOverlay<T>(cdp: CDPSession, functionBody: string): Promise<T | undefined> {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  type Node = { nodeName: string; nodeId: number; backendNodeId: number; children?: Node[]; shadowRoots?: Node[] };
  const find = (node: Node): Node | undefined => {
    if (node.nodeName === 'LUCID-READER') return node;
    for (const child of node.children ?? []) {
      const found = find(child);
      if (found) return found;
    }
    return undefined;
  };
  const host = find(root);
  const shadow = host?.shadowRoots?.[0];
  if (!shadow) return undefined;
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, objectGroup: OBJECT_GROUP });
  const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId!,
    functionDeclaration: `async function () { ${functionBody} }`,
    returnByValue: true,
    awaitPromise: true,
    objectGroup: OBJECT_GROUP,
  });
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: OBJECT_GROUP });
  if (exceptionDetails) throw new Error(exceptionDetails.text);
  return result.value as T;
}

export async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}
