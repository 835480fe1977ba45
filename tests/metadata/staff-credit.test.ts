/**
 * A byline that credits the newsroom's staff and names no one ("By Staff Writer", "By Staff"): the page names its
 * author so, as a German page does with "Von Redaktion". The same words after a name are her role, not a co-author.
 * The first cases failed before the rule (the byline's words were dropped as a role, and the page had no author).
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { splitByline } from '../../utils/metadata/authors.ts';
import { extractMetadata } from '../../utils/metadata/index.ts';
import { displayName } from '../../utils/metadata/names.ts';

const STORY = '<p>Fans of the singer had worried for months; on Tuesday she told an interviewer what had changed.</p>';

function authorsOf(byline: string): string[] {
  const url = 'https://celebrities.example/pop-culture/the-singer-speaks/';
  const page = parseHtml(
    `<!doctype html><html lang="en"><head><title>The singer speaks</title></head><body><main><div class="post-header"><h1>The singer speaks</h1><div class="post-meta"><div class="author-name"><span>${byline}</span></div></div></div>${STORY}</main></body></html>`,
    url,
  );
  const authors = extractMetadata(page.document, url).authors.map(displayName);
  page.close();
  return authors;
}

describe('a byline crediting the staff', () => {
  it('keeps the credit when the byline names no one else', () => {
    expect(authorsOf('By Staff Writer')).toEqual(['Staff Writer']);
    expect(splitByline('By Staff')).toEqual(['Staff']);
    expect(splitByline('Posted by Staff Reporters')).toEqual(['Staff Reporters']);
  });

  it('still reads the words after a name as her role', () => {
    expect(splitByline('By JANE DOE, Staff Writer')).toEqual(['JANE DOE']);
    expect(authorsOf('By Jane Doe, Staff Writer')).toEqual(['Jane Doe']);
  });

  it('takes no unlabelled role for a credit: a label beside a name card is no byline', () => {
    expect(splitByline('Staff Writer')).toEqual([]);
    expect(splitByline('Senior Correspondent')).toEqual([]);
  });
});
