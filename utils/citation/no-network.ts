/**
 * Stands in for the HTTP clients the citation engine bundles (node-fetch,
 * sync-fetch) in the extension build. Lucid only ever gives it data it
 * already holds, so the engine never needs the network; with these stubs it
 * cannot reach it, and the build drops some 150 kB of Node polyfills.
 */
function refuse(): never {
  throw new Error('Lucid makes no network requests.');
}

export class Headers extends globalThis.Headers {}
export default Object.assign(refuse, { Headers });
