import { defineConfig } from 'wxt';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';

/**
 * Permissions are what the features need and no more: activeTab and scripting
 * to read the tab the person clicked Lucid on, storage for settings,
 * contextMenus for "Open in Lucid reader mode". No host permissions in release
 * builds: nothing of Lucid runs on a page before the person asks.
 *
 * The e2e mode builds a test copy that may also read pages on the local test
 * server (127.0.0.1), so tests can open the popup as a page for a given tab.
 */
export default defineConfig({
  imports: false,
  manifest: ({ mode, browser }) => ({
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandToggleReader__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'lucid-reader@lucid.invalid',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
    build: { target: 'es2022' },
    resolve: {
      // The citation engine's HTTP clients, never used by Lucid: see utils/citation/no-network.ts.
      alias: {
        'node-fetch': resolve('utils/citation/no-network.ts'),
        'sync-fetch': resolve('utils/citation/no-network.ts'),
      },
    },
  }),
});
