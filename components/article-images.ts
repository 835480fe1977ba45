/**
 * The article's images, as the reader chose. With images off, every image
 * leaves the sanitized nodes before they reach the document, so the view
 * requests nothing at all (hiding them with CSS would still load them). With
 * images on they load from the publisher's servers, without a referrer (the
 * sanitizer marks them), and one that fails is taken away instead of showing
 * a broken box with its alt text: a figure keeps its caption.
 */

/** What shows an image: the image and the sources a <picture> chooses among. */
const IMAGE_SELECTOR = 'img, picture, source';

/** Takes an image away, and the wrappers it leaves empty (a <picture>, a link around it); a figure with nothing left goes too. */
function removeImage(image: Element, root: ParentNode): void {
  let removed: Element = image.closest('picture') ?? image;
  let parent = removed.parentElement;
  removed.remove();
  while (parent && parent !== root && !parent.textContent.trim() && !parent.querySelector('img') && parent.localName !== 'figure') {
    removed = parent;
    parent = parent.parentElement;
    removed.remove();
  }
  const figure = parent?.closest('figure');
  if (figure && !figure.textContent.trim() && !figure.querySelector('img')) figure.remove();
}

/** Images off: out of the nodes before insertion. Captions stay: they are text. */
export function withoutImages(fragment: DocumentFragment): DocumentFragment {
  for (const image of Array.from(fragment.querySelectorAll(IMAGE_SELECTOR))) {
    if (fragment.contains(image)) removeImage(image, fragment);
  }
  return fragment;
}

/**
 * Images on: one that fails to load collapses (its figure to the caption).
 * Listeners, never attributes: nothing with a handler attribute enters a Lucid view.
 * Called as the nodes go in: a failed load is reported later, as a task, so
 * no failure is missed. Returns a function that stops listening.
 */
export function collapseBrokenImages(root: Element): () => void {
  const images = Array.from(root.querySelectorAll('img'));
  const onError = (event: Event) => {
    const image = event.currentTarget as HTMLImageElement;
    image.removeEventListener('error', onError);
    if (root.contains(image)) removeImage(image, root);
  };
  for (const image of images) image.addEventListener('error', onError);
  return () => {
    for (const image of images) image.removeEventListener('error', onError);
  };
}
