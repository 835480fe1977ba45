/**
 * A player's card set into the article: a podcast episode's or a read-aloud player's box, found from its play
 * button. Readability drops the button and keeps the card's words, which then stand between the paragraphs as a
 * line of their own ("#1 Episode title", "Listen to this article"). The button says what the box is, whatever its
 * classes are named; a figure is left alone, as its caption is kept (a product decision).
 */
import { elementsByTag, tagOf, textOf } from '../dom/dom.ts';

/** A button's label that starts or names playback, in the languages of the data: "Podcast abspielen", "Play episode". */
const PLAY_LABEL =
  /^(.{0,30}\s)?(play|listen|abspielen|wiedergeben|anhören|anhoeren|reproducir|escuchar|écouter|lire|riproduci|ascolta|odtwórz|posłuchaj|воспроизвести|слушать|재생|듣기|再生|播放|收听)(\s.{0,30})?$/iu;

/** Characters of text a card may hold: an episode's title and the show's name. More is a section of the page. */
const MAX_CARD_TEXT = 160;

/** Where the climb stops: the page's and the story's own containers are never a card. */
const CONTAINERS = new Set(['body', 'main', 'article', 'html', 'figure']);

/** A paragraph that ends as a sentence is the story's, however short: the card's own lines are a title and a name. */
const ENDS_AS_SENTENCE = /[.!?…]["”’»)]?$/u;

function holdsSentence(block: Element): boolean {
  return elementsByTag(block, 'p').some((paragraph) => ENDS_AS_SENTENCE.test(textOf(paragraph)));
}

/**
 * A block that holds a caption is a photo's or a video's figure in all but its tag (a lead video's poster under a
 * "Play the video" trigger, its caption beside it): the caption is kept, as in a figure.
 */
function holdsCaption(block: Element): boolean {
  return block.querySelector('figcaption, [class*="caption" i]') !== null;
}

/** A button (or an element acting as one) labelled to play something. */
export function isPlayButton(element: Element): boolean {
  if (tagOf(element) !== 'button' && element.getAttribute('role') !== 'button') return false;
  const label = (element.getAttribute('aria-label') ?? element.getAttribute('title') ?? textOf(element)).trim();
  return label.length > 0 && label.length <= 60 && PLAY_LABEL.test(label);
}

/**
 * The card around a play button: its ancestors, up to the last whose text stays within MAX_CARD_TEXT characters and
 * holds no paragraph of its own. Null where the button stands alone in a larger block, or in a figure (a video with
 * its caption), or where the card has no words to remove.
 */
export function playerCard(button: Element): Element | null {
  if (button.closest('figure')) return null;
  let card: Element | null = null;
  for (let parent = button.parentElement; parent && !CONTAINERS.has(tagOf(parent)); parent = parent.parentElement) {
    if (parent.getAttribute('itemprop') === 'articleBody') break;
    if (textOf(parent).length > MAX_CARD_TEXT || holdsSentence(parent) || holdsCaption(parent)) break;
    card = parent;
  }
  return card && textOf(card).length > textOf(button).length ? card : null;
}
