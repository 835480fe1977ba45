/**
 * The story the page is about, where the page holds several.
 *
 * Pages that load the next story as the reader scrolls, and section pages
 * saved from one story's address, hold several whole stories, each in its own
 * `<article>`. Readability scores them as one page and takes the longest,
 * which is as often the story after the one asked for. The page says which is
 * its own: the story whose headline is the page's title. When exactly one
 * story has it, and Readability's reading holds few of that story's
 * paragraphs, Readability reads that story alone.
 *
 * Readability takes its document apart as it reads, so the story is copied
 * beforehand; only on pages with two stories or more, which are few.
 */
import { bodyOf, elementsByTag, foldSpaces, textOf } from '../dom/dom.ts';
import { titleOverlap } from '../metadata/title.ts';

/** A story shorter than this (a teaser card, a related link) is not one of the page's stories. */
const MIN_STORY_TEXT = 500;
/** A headline of fewer words ("Politics", "Neue Rechte") matches too many titles to tell stories apart. */
const MIN_HEADLINE_WORDS = 3;
/** Share of the headline's words the page's title must hold (titles add the site's name). */
const SAME_HEADLINE = 0.8;
/** A paragraph this long is prose, not a kicker or a date. */
const MIN_PARAGRAPH_LENGTH = 80;
/** Enough of the story's paragraphs to tell whether a reading holds it. */
const SAMPLED_PARAGRAPHS = 12;
/** A reading that holds less than this share of the story's paragraphs holds another story. */
const HELD_SHARE = 0.5;

export interface TitledStory {
  /** A copy of the story's `<article>`, taken before Readability reads the page. */
  copy: Element;
  /** Its first paragraphs of prose, whitespace folded: a reading holding most of them holds the story. */
  paragraphs: string[];
  title: string;
  baseUri: string;
}

/** The page's own names for itself: its social-card title and its document title. */
export function pageTitles(page: Document): string[] {
  const card =
    elementsByTag(page, 'meta')
      .find((meta) => meta.getAttribute('property') === 'og:title' || meta.getAttribute('name') === 'twitter:title')
      ?.getAttribute('content') ?? '';
  return [card, page.title].map(foldSpaces).filter(Boolean);
}

function isHeadlineOf(heading: Element, titles: readonly string[]): boolean {
  const text = textOf(heading);
  if (text.split(' ').length < MIN_HEADLINE_WORDS) return false;
  return titles.some((title) => titleOverlap(text, title) >= SAME_HEADLINE);
}

/**
 * The one `<article>` among several whose headline is the page's title, with
 * its opening paragraph; none where the page holds one story, or where more
 * than one (or none) carries the title. `titles` are the page's names for itself
 * (`pageTitles`), read before any stage changed the page.
 */
export function findTitledStory(clone: Document, titles: readonly string[]): TitledStory | undefined {
  const body = bodyOf(clone);
  if (!body) return undefined;
  const stories = elementsByTag(body, 'article').filter((story) => textOf(story).length >= MIN_STORY_TEXT);
  if (stories.length < 2) return undefined;
  if (titles.length === 0) return undefined;
  const titled = stories.filter((story) =>
    [...story.querySelectorAll('h1, h2, h3')].some((heading) => heading.closest('article') === story && isHeadlineOf(heading, titles)),
  );
  if (titled.length !== 1) return undefined;
  const story = titled[0]!;
  const paragraphs = elementsByTag(story, 'p')
    .map(textOf)
    .filter((text) => text.length >= MIN_PARAGRAPH_LENGTH)
    .slice(0, SAMPLED_PARAGRAPHS);
  if (paragraphs.length === 0) return undefined;
  return { copy: story.cloneNode(true) as Element, paragraphs, title: clone.title, baseUri: clone.baseURI };
}

/** How many of the story's paragraphs a reading holds. */
function paragraphsHeld(reading: { textContent: string } | null, story: TitledStory): number {
  if (!reading) return 0;
  const text = foldSpaces(reading.textContent);
  return story.paragraphs.filter((paragraph) => text.includes(paragraph)).length;
}

/**
 * Readability's reading, or its reading of the titled story alone when the
 * first holds not that story but another one of the page's.
 */
export function preferTitledStory<Reading extends { textContent: string }>(
  reading: Reading | null,
  story: TitledStory | undefined,
  read: (document: Document) => Reading | null,
): Reading | null {
  if (!story) return reading;
  const first = paragraphsHeld(reading, story);
  if (first >= HELD_SHARE * story.paragraphs.length) return reading;
  const document = story.copy.ownerDocument.implementation.createHTMLDocument(story.title);
  // Relative links and images resolve against the page's address, as in the page.
  const base = document.createElement('base');
  base.setAttribute('href', story.baseUri);
  document.head.append(base);
  document.body.append(document.importNode(story.copy, true));
  const second = read(document);
  return second && paragraphsHeld(second, story) > first ? second : reading;
}
