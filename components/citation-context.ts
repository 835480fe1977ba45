/** Which citation formatter the views use: the popup's own, or the background's for the reader overlay. */
import { createContext } from 'preact';
import type { CitationFormatter } from '../utils/citation/request.ts';

export const CitationFormatterContext = createContext<CitationFormatter | null>(null);
