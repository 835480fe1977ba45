/** Formats citations in this window, loading the citation engine on the first request (the popup). */
import type { CitationFormatter } from './request.ts';

export const formatCitationLocally: CitationFormatter = async ({ meta, style, accessed, articleText }) => {
  const { formatCitation } = await import('./index.ts');
  return formatCitation(meta, style, { accessed: new Date(accessed), articleText });
};
