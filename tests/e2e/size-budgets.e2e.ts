/**
 * The size budgets, checked against the release build that `npm run test:e2e`
 * has just made: a change that pushes a part over its budget fails here, not in
 * a benchmark nobody reads. (The figures themselves are in the README, written
 * by `npm run bench`.)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { measureBundle, type SizeRow } from '../../scripts/lib/bundle-sizes.ts';

const KB = 1024;
const BUDGETS_GZIP: [part: RegExp, bytes: number][] = [
  // Runs in the reader's tab on every click: the smaller, the sooner the article. 47, not 45, since the first pass
  // over very long pages, several-story pages and the small-site metadata rules; 50 since the second session of
  // 2026-11-29 (each measured alone on the same base: the preview cut before the copy +0.6 KB, data tables, forum
  // threads and unlikely wrappers +1.2 KB, printed headlines and labelled fields +1.3 KB). A trace of one click shows
  // compiling the whole script costs ~16 ms; running its patterns for the first time is what a first run pays for.
  // 53 since the third session (49.4 -> 51.7 KB, three merges measured together: the pattern gates, which spare a
  // fresh page most of that first-run pattern compiling, page-side 368 -> 253 ms at the median in a paired run; the
  // JSON-LD articleBody fallback; where a byline is printed). 54 since the first session of 2026-11-30 (52.8 -> 53.1
  // KB: recipes and how-tos printed by script and kept in structured data, 3 fixtures that lost their text; the
  // printed headline over the title tags, +11 titles on the two metadata sets). 55 since the second session of
  // 2026-11-30 (53.1 -> 54.3 KB, three merges together: a stated author must be printed on pages that are not news,
  // +0.033 author F1 on both halves of the small-site set; the command line's page cleaned in place, whose early
  // reads ship in the tab too though it never takes that path; a marked body's link lists). 57.5 since the third
  // session of 2026-11-30 (54.3 -> 56.5 KB, each measured alone on the same base: furniture told by its links and
  // related-story headings in more languages +1.2 KB, tune F1 0.947 -> 0.951; the headline a story prints under a
  // breadcrumb <h1> and a reporter's bold first line +0.7 KB, titles +1.5 to +6.2 points on all four halves; the
  // selector-free lookups +0.1 KB, the whole analysis 20% faster under jsdom). 59 since the fourth session of 2026-11-30
  // (56.4 -> 58.4 KB, each merge measured on the one before it: the lead printed between headline and body, with its
  // second read, +0.8 KB, tune F1 0.951 -> 0.953; organisations kept whole, hidden author cards, update labels and
  // dates past view counts +1.2 KB, small-site author F1 +0.036 tune and +0.021 held-out). 60 after that session's
  // second reads (+0.6 KB: the fixes to the metadata rules) and the closing pointer with dated photo credits (+0.5 KB,
  // tune F1 0.953 -> 0.956): 59.5 KB. 61 after the fifth session of 2026-11-30 (59.5 -> 60.3 KB, each commit measured
  // after the one before it: costly patterns made on first need behind their gates, and the byline rule's joining words
  // +0.2 KB, about 20 ms less top level in a cold Chromium page; the story's <article> past teaser cards +0.1 KB; the
  // small-site bylines of user names, dated and written-by lines +0.35 KB, small-site author F1 +0.024 tune, +0.007
  // held-out; the second reads' fixes +0.15 KB). 62 with the fixes from the second read of those bylines (60.3 -> 61.2
  // KB: dated lines only as a post's own meta line, user names only in a link to a user page or the label's own
  // element, "Redacción", dates at a byline's end, the masthead's own host; each a wrong author on a plain page).
  // 63.5 after the sixth session of 2026-11-30 (61.2 -> 63.2 KB, measured with gzip -9 on the same builds: this
  // session's clutter and sentence changes with their second reads +0.3 KB, extraction-dev held-out F1 0.937 -> 0.940;
  // the dates merge with its second read's fixes +1.4 KB, month names of twelve more languages, dates beside an h2-h6
  // headline and a forum's author line, trafilatura dates +1.2 points tune and +1.0 held-out). 64 after the seventh
  // (63.2 -> 63.7 KB with gzip -9: the questions of a collapsible FAQ with their second read's checks, about 0.3 KB,
  // tune F1 0.957 -> 0.958; one-word user names linked to their page and hidden "Autor:" fields, small-site author F1
  // +0.012 tune; the signature that is no heading or link). 65 after the first session of 2026-12-01 (63.2 -> 64.3 KB
  // with gzip -9 on that session's first and last builds: the site a citation names, site-name.ts with its second
  // read's fixes, about 0.8 KB, 21 tune and 5 held-out citations with a better site; the word count's CJK check; the photo galleries laid out as figures, 0.2 KB).
  // 66 after the second session of 2026-12-01 (64.9 -> 65.6 KB as this test measures: dates a page prints as its last
  // change and names printed only in addresses, with their second read, +0.5 KB, small-site author F1 0.773 -> 0.779 and dates 87.3 -> 87.9%
  // on the tune half; the page-side walks made linear, +0.2 KB, the same output on 274 pages).
  // 67 after the third (65.6 -> 66.4 KB as this test measures: the page's language from its paragraphs' function words,
  // about 0.6 KB, 8 of 624 dev pages that state English above other text and 30 that state none; the lead under a sole
  // <h1> and the paywall class on a story's own blocks, 0.1 KB, one tune snippet back).
  // 68 after the first two sessions of 2026-12-02 (67.2 KB as this test measures on the second's last build: the site's
  // menu above the story, the note on how a site is paid for its links, a pattern of 700 characters, tune F1 0.959 ->
  // 0.960; a day beside the headline after the page's last change; the metadata read with fewer walks and tests).
  // 69.5 after the third session of 2026-12-02 (67.2 -> 68.6 KB: the list headings' lookup and the words a text rule's
  // pattern requires, read off its source, so a fresh page compiles only the patterns its lines can match, -42 ms per
  // page at the median in a paired browser run; custom elements' names and linked cards; places and controls' labels
  // after a byline's name).
  // 71.5 after the fourth (68.6 -> 70.9 KB: each text rule's required words written into the script when it is built,
  // so a click does not read the 32 rules' sources: content-clutter 27% -> 16% of the tab's pipeline in a CPU profile).
  // 72.5 after the fifth (70.9 -> 71.7 KB: a news agency credited in the opening dateline or the last line as the
  // author where no byline signs, trafilatura tune author F1 0.779 -> 0.788; sentences kept whole across a parenthesis,
  // German »quotes« and unit abbreviations; names with a capitalised particle).
  // 75 after the first session of 2026-12-03 (71.7 -> 74.9 KB, each merge measured on the one before it: a news page's
  // furniture in eight languages, the newsletter box's small print, the correction prompt, share words and agency credits,
  // +1.65 KB, read off Fundus news pages, extraction-dev unchanged; "By Staff Writer", degrees and role labels in bylines
  // +0.3 KB; dates re-stamped by a move and dates in an application's state +0.2 KB; titles +0.3 KB, trafilatura tune
  // titles 91.5% -> 93.4%; then furniture told by its markup, an icon's <svg> title, a player's clocks and a list of the
  // site's other stories, +0.6 KB).
  // 75.7 after the second (74.09 -> 74.79 KB, gzip -9 on this machine's builds of the commits before and after: a CMS's
  // image placeholder words, list headings in brackets or after a mark, a caption's class read on the words inside its
  // block with its "- Copyright" credit, and a player's embed-code button, +0.70 KB, read off Fundus news pages of the
  // tune half).
  // 76.2 after the third (75.65 -> 75.95 KB as this test measures, on this machine's builds of the session's first and
  // last commits: a newsletter's sign-up box known by its e-mail field, and empty brackets kept in code, +0.3 KB. This
  // machine's zlib writes the same file about 0.7 KB larger than the second session's did: 76,771 bytes there, 77,463 here).
  // 76.4 after the fourth (77,771 -> 78,049 bytes, 75.95 -> 76.22 KB, on this machine's builds of the session's first and
  // last commits: an inline icon dropped before the text rules read its line, a byline with its job title, a dateline
  // that starts with the clock, and a live ticker's "+++" heading, +0.27 KB).
  // 78.0 after the fifth (78,052 -> 79,703 bytes, 76.22 -> 77.84 KB, on this machine's builds of the session's first and
  // last commits: a list of the site's own channels known by where its links lead, a player's card found from its play
  // button, the CMSs' screen-reader classes, and in bylines a job title or a control's label after the name and a
  // newsroom's number, +1.6 KB; extraction-dev unchanged, publisher-body tune 0.942 -> 0.944).
  // 78.5 after the sixth (79,770 -> 80,001 bytes, 77.90 -> 78.13 KB, on this machine's builds of the session's first and
  // last commits: the day printed beside the headline over a stated day far from it, trafilatura dates tune 89.6% ->
  // 91.3% and held-out 83.3% -> 83.9%; an expert's name class as the byline; visually-hidden headings and labelled
  // photo credits, +0.05 KB).
  [/^Injected extraction script/, 78.5 * KB],
  // What the popup loads before its first paint ("Reading…" shows at once).
  [/^Popup first load/, 30 * KB],
  // Injected on request for reader mode; it carries the same pipeline as the injected script, so it grew with it
  // (and with the quote rules: German attribution forms, the third session of 2026-11-29: 90.2 -> 92.5 KB; the
  // pipeline's growth above, the second session of 2026-11-30: 93.8 -> 95.0 KB; the third: 95.0 -> 97.3 KB; the
  // fourth: 97.3 -> 100.4 KB, with its second reads; the fifth: 100.4 -> 101.0 KB, the English and German speaker
  // rules with their second reads' checks, role-apposition.ts, and the pipeline's growth above; then 102.2 KB with the
  // byline fixes above); 104.5 after the sixth (102.1 -> 104.0 KB, gzip -9 on the same builds: this session's clutter,
  // sentence and quote changes with their second reads, French, Spanish and German quote rules and the quote finder's
  // caches included, +0.3 KB; the dates merge with its fixes, +1.4 KB); 105.5 after the seventh (104.0 -> 104.6 KB:
  // the pipeline's growth above, the German and French speaker rules from 17 new tune pages,
  // the Japanese and Korean name index and the bounds that keep the quote finder linear on text without full stops).
  // 106.5 after the first session of 2026-12-01 (104.7 -> 105.8 KB as this test measures: the pipeline's growth above,
  // site names and the photo galleries laid out as figures, and the German rules from the fifth batch of tune labels).
  // 107.5 after the second (105.8 -> 106.7 KB: the pipeline's growth above, and the injection of its modules on first need).
  // 108.5 after the third (106.7 -> 107.7 KB: the pipeline's growth above, and the key quotes listed once).
  // 109.5 after the first two sessions of 2026-12-02 (107.7 -> 108.5 KB: the pipeline's growth above, the speaker rules:
  // a first-person pronoun is no speaker, a Japanese subject read whole, a subordinate clause's own speaker).
  // 111 after the third (108.5 -> 110.0 KB: the pipeline's growth above, and roles outside English: role-holder.ts).
  // 113 after the fourth (110.0 -> 112.4 KB: the text rules' words, as in the injected script).
  // 114 after the fifth (112.4 -> 113.2 KB: the pipeline's growth above, and German quote forms from a seventh tune batch).
  // 117 after the first session of 2026-12-03 (113.2 -> 116.4 KB: the pipeline's growth above).
  // 118 after the second (116.4 -> 117.2 KB as this test measures: the pipeline's growth above).
  // 120 after the fifth session of 2026-12-03 (117.7 -> 119.4 KB: the pipeline's growth above, and the Romance and
  // German quote forms read off written passages: a subject after a clitic, the one spoken to before a teaser's colon,
  // "en palabras de", a pronoun after two joined subjects).
  [/^Reader overlay,/, 120 * KB],
  // Started again for most toolbar clicks in Chromium (a worker stops after 30 s without events), before the popup can
  // open and the page be read (utils/extension/click-read.ts). Measured cold in Chromium under load: 3.7 KB started in
  // some 130 ms, 125 KB (the summary and quote finder) in some 260 ms, 965 KB (the citation engine too) in some 440 ms;
  // the overlay's heavier parts are scripts injected into its tab on first need (utils/extension/overlay-modules.ts).
  // 52 since the fourth session of 2026-12-01: the summary and quote finder went back in (7.1 -> 48.7 KB), so the
  // click's article is analysed while its popup opens (utils/extension/click-analysis.ts). Their patterns are now built
  // on first use, so starting the worker costs far less than the 260 ms above. Paired with the build before it in one
  // browser (the README's "Speed in the browser" has the runs): with the worker warm the whole view came 36.5 ms sooner
  // at the median; with it stopped before each click 41.6 ms later (over all clicks, the view was ready 33 ms later:
  // as much as the larger worker's start delays the page's read).
  // 53 after the fifth session of 2026-12-03 (52.0 -> 52.4 KB: the Romance quote forms above; at about 1 ms of a cold
  // start per KB, as measured above, not worth moving the quote finder out of the worker).
  // 55 after the sixth session of 2026-12-04 (53,666 -> 55,585 bytes, 52.4 -> 54.3 KB, on this machine's builds of the
  // session's first and last commits: Spanish and Portuguese dash dialogue, French descriptions and inversions, an
  // outlet spoken to, "peut-on lire dans", and two English forms; other languages' held-out speakers 66/73 -> 67/74,
  // tune 88/88 -> 93/93. About 2 ms more of a cold start at the rate above).
  [/^Background service worker/, 55 * KB],
];

test('every part of the release build is within its gzip budget', () => {
  const rows = measureBundle(resolve('.output/chrome-mv3'));
  for (const [part, budget] of BUDGETS_GZIP) {
    const matching: SizeRow[] = rows.filter((row) => part.test(row.what));
    expect(matching.length, `no part matches ${part}`).toBeGreaterThan(0);
    // The popup's first load is its JavaScript and CSS together.
    const gzip = matching.reduce((total, row) => total + row.gzipBytes, 0);
    expect(gzip, `${part} is ${(gzip / KB).toFixed(1)} KB gzip, over its ${budget / KB} KB budget`).toBeLessThanOrEqual(budget);
  }
});

test("Chromium's toolbar button has no popup of its own (the background opens it after starting the read); Firefox's keeps its popup", () => {
  const manifest = (dir: string) =>
    JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8')) as { action?: { default_popup?: string }; minimum_chrome_version?: string };
  const chrome = manifest('.output/chrome-mv3');
  expect(chrome.action?.default_popup).toBeUndefined();
  expect(Number(chrome.minimum_chrome_version)).toBeGreaterThanOrEqual(127);
  expect(manifest('.output/firefox-mv3').action?.default_popup).toBe('popup.html');
});
