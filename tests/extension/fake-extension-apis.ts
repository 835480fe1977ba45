/**
 * What WXT's fakeBrowser leaves unimplemented and Lucid's background uses:
 * host permissions and registered content scripts, kept in memory as the
 * browser keeps them, with the permission events the browser fires.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Listener<T> = (value: T) => void;

function event<T>() {
  const listeners = new Set<Listener<T>>();
  return {
    addListener: (listener: Listener<T>) => listeners.add(listener),
    removeListener: (listener: Listener<T>) => listeners.delete(listener),
    hasListener: (listener: Listener<T>) => listeners.has(listener),
    trigger: (value: T) => listeners.forEach((listener) => listener(value)),
  };
}

interface RegisteredScript {
  id: string;
  matches?: string[];
  js?: string[];
  runAt?: string;
  persistAcrossSessions?: boolean;
}

export interface FakeExtensionApis {
  /** Granted host patterns. */
  origins: Set<string>;
  /** Registered content scripts by id. */
  scripts: Map<string, RegisteredScript>;
  /** The person accepts (or refuses) the next permission prompt. */
  acceptPrompt: boolean;
  /** The browser drops every registered script (as it may after a restart or an update). */
  dropScripts(): void;
  onAdded: ReturnType<typeof event<{ origins?: string[] }>>;
  onRemoved: ReturnType<typeof event<{ origins?: string[] }>>;
}

export function installFakeExtensionApis(): FakeExtensionApis {
  const apis: FakeExtensionApis = {
    origins: new Set(),
    scripts: new Map(),
    acceptPrompt: true,
    dropScripts: () => apis.scripts.clear(),
    onAdded: event(),
    onRemoved: event(),
  };
  const permissions = fakeBrowser.permissions as unknown as Record<string, unknown>;
  permissions.onAdded = apis.onAdded;
  permissions.onRemoved = apis.onRemoved;
  permissions.contains = ({ origins = [] }: { origins?: string[] }) => Promise.resolve(origins.every((origin) => apis.origins.has(origin)));
  permissions.getAll = () => Promise.resolve({ origins: [...apis.origins], permissions: [] });
  permissions.request = ({ origins = [] }: { origins?: string[] }) => {
    if (!apis.acceptPrompt) return Promise.resolve(false);
    const added = origins.filter((origin) => !apis.origins.has(origin));
    added.forEach((origin) => apis.origins.add(origin));
    if (added.length) apis.onAdded.trigger({ origins: added });
    return Promise.resolve(true);
  };
  permissions.remove = ({ origins = [] }: { origins?: string[] }) => {
    const removed = origins.filter((origin) => apis.origins.delete(origin));
    if (removed.length) apis.onRemoved.trigger({ origins: removed });
    return Promise.resolve(removed.length > 0);
  };
  const scripting = fakeBrowser.scripting as unknown as Record<string, unknown>;
  scripting.getRegisteredContentScripts = (filter: { ids?: string[] } = {}) =>
    Promise.resolve([...apis.scripts.values()].filter((script) => !filter.ids || filter.ids.includes(script.id)));
  scripting.registerContentScripts = (scripts: RegisteredScript[]) => {
    for (const script of scripts) {
      // As in Chrome: an id that is already registered is an error.
      if (apis.scripts.has(script.id)) return Promise.reject(new Error(`Duplicate script ID '${script.id}'`));
    }
    scripts.forEach((script) => apis.scripts.set(script.id, script));
    return Promise.resolve();
  };
  scripting.unregisterContentScripts = ({ ids = [] }: { ids?: string[] } = {}) => {
    for (const id of ids) if (!apis.scripts.has(id)) return Promise.reject(new Error(`Nonexistent script ID '${id}'`));
    ids.forEach((id) => apis.scripts.delete(id));
    return Promise.resolve();
  };
  return apis;
}
