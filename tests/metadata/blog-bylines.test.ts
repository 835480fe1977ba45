/**
 * Bylines of community sites and blogs that no class or label marks: a recipe community's "von <user>" over a
 * tip, a forum's "von <user> » date" over a post, and an author field the page keeps out of sight. Each page
 * is a cut-down copy, in our own words, of the markup such sites write; each case failed before its rule.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { extractMetadata } from '../../utils/metadata/index.ts';
import { displayName } from '../../utils/metadata/names.ts';

const URL = 'https://www.kochgemeinschaft.example/tipp/77/Zwiebeln-schneiden.html';

function namesOf(body: string, url = URL): string[] {
  const page = parseHtml(`<!doctype html><html lang="de"><head><title>Zwiebeln richtig schneiden</title></head><body>${body}</body></html>`, url);
  const names = extractMetadata(page.document, url).authors.map(displayName);
  page.close();
  return names;
}

describe('a one-word user name after a bare "von" / "by"', () => {
  it('reads the user a link to their profile names, as a community prints who posted a tip', () => {
    expect(
      namesOf(
        `<h1>Zwiebeln richtig schneiden</h1>
         <div class="tip-userbox"><a href="/user/Zwiebelfee7.html"><img alt="Bild von Zwiebelfee7" src="/u/7.jpg"></a>
           <span class="tip-user-sub">von <span class="bold"><a href="https://www.kochgemeinschaft.example/user/Zwiebelfee7.html">Zwiebelfee7</a></span><br> am 20.09.2020</span></div>
         <p>Erst halbieren, dann in feine Streifen schneiden.</p>`,
      ),
    ).toEqual(['Zwiebelfee7']);
  });

  it("reads a forum post's poster, linked to the forum's member profile, before the » and the post's time", () => {
    expect(
      namesOf(
        `<h2 class="topic-title"><a href="./viewtopic.php?t=9">Was ist freie Software?</a></h2>
         <div class="post"><div class="postbody"><p class="author"><a href="./viewtopic.php?p=41#p41"><span title="Beitrag">Beitrag</span></a><span class="responsive-hide">von <strong><a href="./memberlist.php?mode=viewprofile&amp;u=5" class="username">kalle23</a></strong> &raquo; </span>21.01.2009, 05:42</p>
         <div class="content">Freie Software garantiert vier Freiheiten.</div></div></div>`,
        'https://forum.example.org/viewtopic.php?f=4&t=9',
      ),
    ).toEqual(['kalle23']);
  });

  it('takes no one-word link that is not a user page, and no user named in a comment', () => {
    // "von Berlin": a place linked to a tag page.
    expect(namesOf('<h1>Zwiebeln</h1><p class="meta">von <a href="/tag/berlin">Berlin</a></p><p>Text.</p>')).toEqual([]);
    expect(
      namesOf(
        `<h1>Zwiebeln</h1><p>Text.</p><div id="comments"><div class="comment"><span>von <a href="/user/Koch99.html">Koch99</a></span> <p>Danke!</p></div></div>`,
      ),
    ).toEqual([]);
  });
});

describe('an author field the page hides', () => {
  it('takes no "Autor:" from a box the page keeps out of sight (display: none), as with a hidden byline box', () => {
    expect(
      namesOf(
        `<h1>Pflege muss bezahlbar bleiben</h1><p class="date">25.11.2020</p>
         <div class="article-info-opened" style="display:none"><p><span class="label">Autor:</span> Online Redaktion</p></div>
         <p>Die Kirche fordert eine Reform.</p>`,
      ),
    ).toEqual([]);
  });

  it('still reads an "Autor:" field the page shows', () => {
    expect(namesOf('<h1>Pflege</h1><div class="article-info"><p><span class="label">Autor:</span> Petra Beispiel</p></div><p>Text.</p>')).toEqual([
      'Petra Beispiel',
    ]);
  });
});
