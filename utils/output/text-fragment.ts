/**
 * Links that open an article scrolled to a sentence: URL text fragments
 * (`#:~:text=`, https://wicg.github.io/scroll-to-text-fragment/). The page
 * side (entrypoints/quote-link.ts) finds the words in the live page and asks
 * Google's generator for the shortest directive that matches them alone; this
 * module only writes that directive into an address, so it is easy to test.
 */

/** What the generator returns: the text, or its start and end for a long one, with context words when the text repeats. */
export interface TextFragment {
  textStart: string;
  textEnd?: string;
  prefix?: string;
  suffix?: string;
}

/**
 * One term of a text directive, percent-encoded. encodeURIComponent leaves
 * `-` alone, and the directive's syntax uses it (`prefix-,` and `,-suffix`):
 * the spec requires it encoded, like `&` and `,` (which encodeURIComponent
 * already encodes).
 */
export function encodeTextTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/** `text=[prefix-,]textStart[,textEnd][,-suffix]` */
export function textDirective(fragment: TextFragment): string {
  const parts = [
    fragment.prefix ? `${encodeTextTerm(fragment.prefix)}-` : '',
    encodeTextTerm(fragment.textStart),
    fragment.textEnd ? encodeTextTerm(fragment.textEnd) : '',
    fragment.suffix ? `-${encodeTextTerm(fragment.suffix)}` : '',
  ].filter(Boolean);
  return `text=${parts.join(',')}`;
}

/**
 * The address with the text directive: after the page's own fragment if it
 * has one (`#section:~:text=…`), replacing any directive it already carries.
 * Without a fragment, the plain address (the link still opens the article).
 */
export function linkToText(address: string, fragment: TextFragment | null | undefined): string {
  const withoutDirective = address.replace(/:~:.*$/, '').replace(/#$/, '');
  if (!fragment?.textStart) return withoutDirective;
  const separator = withoutDirective.includes('#') ? '' : '#';
  return `${withoutDirective}${separator}:~:${textDirective(fragment)}`;
}
