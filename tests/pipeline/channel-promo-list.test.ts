/**
 * A list in which the site points to its own channels (channel-promo-list, link-furniture.ts): its app in the stores,
 * its accounts on the social networks, its newsletter, an item each, at the end of the story. Modelled on a regional
 * paper's list under every article; the words differ from site to site and language to language, where the links
 * lead does not.
 */
import { describe, expect, it } from 'vitest';
import { readArticlePage } from '../helpers/article-page.ts';

const APP = 'https://play.google.com/store/apps/details?id=example.tagblatt';
const IOS = 'https://apps.apple.com/de/app/tagblatt-news/id100200300';

describe("a list of the site's own channels", () => {
  it('goes when its items lead to the app stores, the social networks and the newsletter', () => {
    const { text, rules } = readArticlePage(
      `<ul><li>Die neuesten Meldungen immer dabei? Hier gibt es unsere <strong>Nachrichten-App</strong> – für <a href="${APP}">Android</a> und <a href="${IOS}">iOS</a>.</li>` +
        '<li>Das Tagblatt auch in den <strong>sozialen Netzwerken</strong> – auf <a href="https://www.instagram.com/tagblatt_redaktion/">Instagram</a>, <a href="https://www.facebook.com/TagblattRedaktion">Facebook</a> oder <a href="https://whatsapp.com/channel/0029AbCdEf">WhatsApp</a>.</li>' +
        '<li>Lieber alles am Abend kompakt? Dann ist unser <a href="https://news.example/newsletter">Abend-Newsletter</a> das Richtige.</li></ul>',
      { lang: 'de' },
    );
    expect(text).not.toContain('Nachrichten-App');
    expect(text).not.toContain('sozialen Netzwerken');
    expect(text).not.toContain('Abend-Newsletter');
    expect(text).toContain('The council will meet again next month');
    expect(rules).toContain('channel-promo-list');
  });

  it('goes in English, an app item and a follow item', () => {
    const { text } = readArticlePage(
      `<ul><li>Get our news app for <a href="${IOS}">iPhone</a> and <a href="${APP}">Android</a></li>` +
        '<li>Follow us on <a href="https://x.com/examplenews">X</a> and <a href="https://www.tiktok.com/@examplenews">TikTok</a></li></ul>',
    );
    expect(text).not.toContain('Get our news app');
    expect(text).not.toContain('Follow us on');
  });

  it('stays when its items cite posts on a social network: the story quotes them', () => {
    const { text } = readArticlePage(
      '<ul><li>The mayor wrote on <a href="https://x.com/citymayor/status/1770000000000000000">X</a> that the lanes would open in May.</li>' +
        '<li>The cycling club answered on <a href="https://www.instagram.com/p/C4abcdefg/">Instagram</a> with a photo of the first stretch.</li></ul>',
    );
    expect(text).toContain('The mayor wrote on X');
    expect(text).toContain('The cycling club answered');
  });

  it('stays when it lists apps of one kind the story reviews, every item to the stores', () => {
    const { text } = readArticlePage(
      `<ul><li>Route planner: free for <a href="${APP}">Android</a> and <a href="${IOS}">iOS</a></li>` +
        '<li>Bike lock alarm: for <a href="https://play.google.com/store/apps/details?id=example.lock">Android</a> and <a href="https://apps.apple.com/app/id400500600">iOS</a></li></ul>',
    );
    expect(text).toContain('Route planner: free for Android and iOS');
  });

  it('stays when it lists accounts on one network the story recommends', () => {
    const { text } = readArticlePage(
      '<ul><li><a href="https://www.instagram.com/cyclingmum/">@cyclingmum</a> rides with three children</li>' +
        '<li><a href="https://www.instagram.com/northlanes/">@northlanes</a> maps every new lane</li></ul>',
    );
    expect(text).toContain('rides with three children');
  });
});
