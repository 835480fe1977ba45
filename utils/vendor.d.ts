/** Type declarations for dependencies that ship none. */
declare module '@joplin/turndown-plugin-gfm' {
  import type TurndownService from 'turndown';
  type Plugin = (service: TurndownService) => void;
  export const gfm: Plugin;
  export const tables: Plugin;
  export const strikethrough: Plugin;
  export const taskListItems: Plugin;
  export const highlightedCodeBlock: Plugin;
}

/** citation-js ships no types; Lucid uses this much of it. */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(format: string, options?: Record<string, unknown>): string | object;
  }
  export const plugins: {
    config: { get(name: string): unknown };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';

/** A CSL style file imported as its text (Vite's `?raw`; scripts/lib/text-assets.mjs in the command line). */
declare module '*.csl?raw' {
  const xml: string;
  export default xml;
}
