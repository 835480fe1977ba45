/** The part of @postlight/parser (Mercury) the benchmark calls; the package ships no types. */
declare module '@postlight/parser' {
  interface MercuryOptions {
    html?: string;
    fetchAllPages?: boolean;
    contentType?: 'html' | 'markdown' | 'text';
  }
  const Mercury: { parse(url: string, options?: MercuryOptions): Promise<unknown> };
  export default Mercury;
}
