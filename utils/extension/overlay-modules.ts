/**
 * The reader overlay's heavier parts, which the background injects into the
 * overlay's tab when the overlay first needs them (its citations, Listen), each
 * a script of its own that leaves itself in the extension's isolated world for
 * the overlay to find. Neither the injected reader nor the background carries
 * them: the background is a service worker that starts again for most toolbar
 * clicks (click-read.ts), and a worker's start grows with its script (measured
 * in Chromium: 3.7 KB started in some 130 ms under load, 965 KB with the
 * citation engine in some 440 ms). The summary and key quotes are worked out
 * in the background itself (background-handlers.ts), which carries their code
 * for the toolbar click's popup (click-analysis.ts).
 */
import type { ListenModule } from '../../components/listen-api.ts';
import type { CitationFormatter } from '../citation/request.ts';

interface CitationModule {
  formatCitation: CitationFormatter;
}

interface OverlayModules {
  citation: CitationModule;
  listen: ListenModule;
}

export type OverlayModuleName = keyof OverlayModules;

/** Each module's script in the build, and where it leaves itself in the isolated world. */
export const OVERLAY_MODULES = {
  citation: { file: '/overlay-citation.js', key: '__lucidCitation' },
  listen: { file: '/listen.js', key: '__lucidListen' },
} as const satisfies Record<OverlayModuleName, { file: string; key: string }>;

export function isOverlayModuleName(name: unknown): name is OverlayModuleName {
  return typeof name === 'string' && Object.hasOwn(OVERLAY_MODULES, name);
}

/** Leaves a module where the overlay looks for it (in the injected module's own script). */
export function provideOverlayModule<Name extends OverlayModuleName>(name: Name, module: OverlayModules[Name]): void {
  const holder = globalThis as Record<string, unknown>;
  holder[OVERLAY_MODULES[name].key] ??= module;
}

/** Injections under way, by module: two asks at once (a citation and a quote's citation) inject the script once. */
const injecting = new Map<OverlayModuleName, Promise<void>>();

/** The module, once injected; `inject` asks the background to inject it the first time. */
export async function overlayModule<Name extends OverlayModuleName>(name: Name, inject: (name: Name) => Promise<void>): Promise<OverlayModules[Name]> {
  const holder = globalThis as Record<string, unknown>;
  const key = OVERLAY_MODULES[name].key;
  if (!holder[key]) {
    let injection = injecting.get(name);
    if (!injection) {
      injection = inject(name).finally(() => injecting.delete(name));
      injecting.set(name, injection);
    }
    await injection;
  }
  const module = holder[key] as OverlayModules[Name] | undefined;
  if (!module) throw new Error(`Lucid's ${name} module did not load.`);
  return module;
}
