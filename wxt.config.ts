import { defineConfig } from 'wxt';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { textRuleWords } from './utils/pipeline/text-rule-words.ts';

/**
 * Permissions are what the features need and no more: activeTab and scripting
 * to read the tab the person clicked Lucid on, storage for settings,
 * contextMenus for "Open in Lucid reader mode". No host permissions in release
 * builds: nothing of Lucid runs on a page before the person asks. Host access
 * is only optional: "Always open reader mode on <site>" asks the browser for
 * that one site when the person clicks it (utils/extension/site-permissions.ts).
 *
 * The lint mode builds the same code with source maps, to attribute `web-ext
 * lint` findings. The e2e mode builds a test copy that may also read pages on the local test
 * server (127.0.0.1), so tests can open the popup as a page for a given tab.
 */
export default defineConfig({
  imports: false,
  manifest: ({ mode, browser }) => ({
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    optional_host_permissions: ['*://*/*'],
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    action: { default_title: '__MSG_actionTitle__' },
    // The background opens the popup after it has started reading the clicked page (action.openPopup, 127).
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '127' }),
    commands: {
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandToggleReader__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Firefox ESR 140 (Debian bookworm's) on the desktop; on Android the data-collection key needs 142.
            gecko: {
              id: 'lucid-reader@lucid.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // WXT takes the action's title from the popup's <title>; the toolbar tooltip should be the translated one.
    'build:manifestGenerated': (wxt, manifest) => {
      const action = manifest.action as { default_title?: string; default_popup?: string } | undefined;
      if (!action) return;
      action.default_title = '__MSG_actionTitle__';
      // In Chromium the click goes to the background, which starts reading the page and opens the popup
      // (utils/extension/click-read.ts); Firefox keeps the popup on the button.
      if (wxt.config.browser !== 'firefox') delete action.default_popup;
    },
  },
  vite: ({ mode }) => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false }), withoutRuleNotes(), compiledWhole(EAGER_SCRIPTS)],
    // The lint mode adds source maps, so the linter's findings can be traced to the module they are in (tests/e2e/firefox.e2e.ts).
    // No module preloading: Vite's helper adds a <link rel="modulepreload"> to the popup for each module a dynamic
    // import will need, and Chromium took 4-5 ms to append each one to an extension page (36 ms of the popup's first
    // script, nine links, before it could ask for its tab; tests/e2e/speed-trace.e2e.ts). The imports fetch the same
    // modules as each importer is parsed, in three rounds, so the view's modules come 2-18 ms later: a gain where the
    // popup's start is the click's critical path, about even where the page's read is (README, "Speed in the browser").
    build: { target: 'es2022', sourcemap: mode === 'lint', modulePreload: false },
    // The text rules' required words, read here once rather than on every page (utils/pipeline/text-rule-words.ts).
    // __LUCID_BUILD__: code that only speeds up jsdom (the command line, the benchmark) is left out of the extension (utils/dom/dom.ts).
    define: { __LUCID_TEXT_RULE_WORDS__: JSON.stringify(textRuleWords()), __LUCID_BUILD__: 'true' },
    resolve: {
      // The citation engine's HTTP clients, never used by Lucid: see utils/citation/no-network.ts.
      alias: {
        'node-fetch': resolve('utils/citation/no-network.ts'),
        'sync-fetch': resolve('utils/citation/no-network.ts'),
      },
    },
  }),
});

/** The rule tables: each rule's one-line `why`. */
const RULE_TABLES = /utils\/pipeline\/(clutter-rules|post-clean|script-filter)\.ts$/;
/** `why: '…'` or `why: "…"`, one string literal on one line. */
const WHY_PROPERTY = /\bwhy: (?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/g;

/**
 * Each rule's `why` is for the people who read the tables and for the test that walks them; nothing in the extension
 * reads it. Left out of the builds, it would cost the script injected into every page 1.5 KB gzip.
 */
function withoutRuleNotes(): Plugin {
  return {
    name: 'lucid:without-rule-notes',
    enforce: 'pre',
    transform(code, id) {
      return RULE_TABLES.test(id) ? code.replace(WHY_PROPERTY, "why: ''") : undefined;
    },
  };
}

/** The script injected into the page on every click: nearly all of its functions run once, on a page that never ran it. */
const EAGER_SCRIPTS = new Set(['extract.js']);

/**
 * Marks a script for V8 to compile whole as it loads (the `allFunctionsCalledOnLoad` compile hint, Chromium 136+;
 * other engines read a comment). Otherwise V8 pre-parses each function and parses it again when it is first called:
 * extract.js runs nearly all of its functions once, in a fresh world on each click, so compiling them up front saved
 * about 40 ms from the injection to the result in the speed benchmark. Added after minifying, which drops comments.
 */
function compiledWhole(fileNames: ReadonlySet<string>): Plugin {
  return {
    name: 'lucid:compiled-whole',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk' || !fileNames.has(output.fileName)) continue;
        output.code = `//# allFunctionsCalledOnLoad\n${output.code}`;
        // The source map's lines move down by the one added: each ";" in its mappings is a line with nothing mapped.
        // The bundler hands the map over either on the chunk or as a separate asset, depending on the build.
        if (output.map) output.map.mappings = `;${output.map.mappings}`;
        const mapAsset = bundle[`${output.fileName}.map`];
        if (mapAsset?.type === 'asset' && typeof mapAsset.source === 'string') {
          const map = JSON.parse(mapAsset.source) as { mappings: string };
          map.mappings = `;${map.mappings}`;
          mapAsset.source = JSON.stringify(map);
        }
      }
    },
  };
}
