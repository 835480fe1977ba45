/** Google's text-fragments polyfill ships no types; Lucid uses its generator, in the page (entrypoints/quote-link.ts). */
declare module 'text-fragments-polyfill/dist/fragment-generation-utils.js' {
  interface TextFragment {
    textStart: string;
    textEnd?: string;
    prefix?: string;
    suffix?: string;
  }
  export const GenerateFragmentStatus: { SUCCESS: 0; INVALID_SELECTION: 1; AMBIGUOUS: 2; TIMEOUT: 3; EXECUTION_FAILED: 4 };
  export function generateFragmentFromRange(range: Range, startTime?: number): { status: number; fragment?: TextFragment };
  export function isValidRangeForFragmentGeneration(range: Range): boolean;
  export function setTimeout(milliseconds: number): void;
}
