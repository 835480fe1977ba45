/** The citation formats Lucid offers; light, so settings and the menu can name them without loading the engine. */
export const CITATION_STYLES = ['apa', 'mla', 'chicago', 'harvard', 'ieee', 'bibtex', 'ris', 'csl'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];
