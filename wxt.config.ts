import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The e2e mode builds a test copy of the extension that may read pages on the
// local test server without a toolbar click; release builds keep activeTab only.
export default defineConfig({
  imports: false,
  manifest: ({ mode }) => ({
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
  }),
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
  }),
});
