/**
 * Foreign-script junk: what goes (short standalone blocks in a script the
 * article is not written in) and what stays (the article's own script, words
 * of another script inside its sentences, quotations, Latin on non-Latin pages).
 */
import { describe, expect, it } from 'vitest';
import { judgeBlockScript } from '../../utils/pipeline/script-filter.ts';
import { countScripts, dominantScripts, type ScriptName } from '../../utils/pipeline/writing-systems.ts';
import { articlePage } from '../helpers/article-page.ts';
import { extractHtml } from '../helpers/pages.ts';

const scripts = (...names: ScriptName[]) => new Set<ScriptName>(names);

describe('dominant scripts', () => {
  it('groups Han with Kana as Japanese and with Hangul as Korean', () => {
    expect(dominantScripts(countScripts('東京都は今日、新しい計画を発表しました。市民の生活を守るための対策です。'))).toEqual(scripts('Han', 'Kana'));
    expect(dominantScripts(countScripts('서울시는 오늘 새로운 교통 계획을 발표했다. 市民 안전을 위한 대책이다.'))).toEqual(scripts('Hangul', 'Han'));
    expect(dominantScripts(countScripts('The council voted on Tuesday to expand the network.'))).toEqual(scripts('Latin'));
  });

  it('takes both scripts of a bilingual text', () => {
    const counts = countScripts('The mayor said. 시장이 말했다. The council agreed. 의회가 동의했다.');
    expect(dominantScripts(counts)).toEqual(scripts('Latin', 'Hangul', 'Han'));
  });
});

describe('judging one block', () => {
  const rows: [string, string, Set<ScriptName>, boolean][] = [
    ['a Hangul footer line on an English page', '피터빈트', scripts('Latin'), true],
    ['Chinese spam on an English page', '免费下载最新电影高清无广告', scripts('Latin'), true],
    ['Cyrillic spam under a Korean article', 'Купить дешево прямо сейчас', scripts('Hangul', 'Han'), true],
    ['an English sentence with a Korean term', 'The dish, called 떡볶이 (tteokbokki), is sold everywhere.', scripts('Latin'), false],
    ['Hanja inside a Korean page', '大韓民國', scripts('Hangul', 'Han'), false],
    ['Latin brand names on a Japanese page', 'iPhone 15 Pro Max', scripts('Han', 'Kana'), false],
    ['too few letters to tell', 'OK', scripts('Hangul', 'Han'), false],
    ['a long passage in another script (a bilingual article, not junk)', '가'.repeat(250), scripts('Latin'), false],
  ];
  for (const [name, text, articleScripts, foreign] of rows) {
    it(`${foreign ? 'drops' : 'keeps'} ${name}`, () => {
      expect(judgeBlockScript(text, articleScripts).foreign).toBe(foreign);
    });
  }
});

describe('in a page', () => {
  const url = 'https://news.example/story';

  it('drops a Hangul line and Chinese spam from an English article, keeps an inline Korean word', () => {
    const html = articlePage(
      '<p>Vendors sell 떡볶이, a spicy rice cake, at the market every evening of the week.</p><p>피터빈트</p><div class="reply"><p>免费下载最新电影高清无广告</p></div>',
    );
    const { result } = extractHtml(html, url);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toContain('떡볶이');
    expect(result.article.text).not.toContain('피터빈트');
    expect(result.article.text).not.toContain('免费下载');
    expect(result.article.removed.some((removal) => removal.rule === 'foreign-script:Hangul')).toBe(true);
  });

  it('keeps a quotation in another script that stands as a block quote', () => {
    const html = articlePage('<blockquote>“나는 이 도시를 사랑한다”</blockquote>');
    const { result } = extractHtml(html, url);
    expect(result.ok && result.article.text).toContain('나는 이 도시를 사랑한다');
  });

  it('keeps a Korean article whole and drops Cyrillic spam at its end', () => {
    const korean = [
      '서울시는 오늘 시내 전역에 자전거 도로를 확대하는 계획을 발표했다. 시민들은 대체로 환영하는 분위기다.',
      '시는 내년 봄까지 첫 구간을 완공할 예정이며, 나머지 구간의 일정은 연말까지 공개할 계획이라고 밝혔다.',
      '일부 상인들은 주차 공간이 줄어들 것을 우려했지만, 시는 대체 주차장을 마련하겠다고 약속했다.',
    ];
    const html = `<html lang="ko"><head><title>서울시, 자전거 도로 확대</title><meta property="og:type" content="article"></head><body><article><h1>서울시, 자전거 도로 확대</h1>${korean
      .map((text) => `<p>${text}</p>`)
      .join('')}<p>Купить дешево прямо сейчас</p></article></body></html>`;
    const { result } = extractHtml(html, url);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const paragraph of korean) expect(result.article.text).toContain(paragraph);
    expect(result.article.text).not.toContain('Купить');
  });

  it('reads an Arabic article right to left', () => {
    const arabic = [
      'أعلن مجلس المدينة يوم الثلاثاء عن خطة لتوسيع شبكة مسارات الدراجات في الأحياء الشمالية بعد نقاش طويل.',
      'قال المؤيدون إن المسارات الجديدة ستجعل الشوارع أكثر أمانا للأطفال الذين يسيرون إلى المدارس كل صباح.',
      'ومن المتوقع أن يفتح الجزء الأول من الشبكة في الربيع المقبل، على أن تنشر البلدية جدولا زمنيا كاملا.',
    ];
    const html = `<html lang="ar" dir="rtl"><head><title>توسيع شبكة الدراجات</title></head><body><article><h1>توسيع شبكة الدراجات</h1>${arabic
      .map((text) => `<p>${text}</p>`)
      .join('')}</article></body></html>`;
    const { result } = extractHtml(html, url);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.meta.dir).toBe('rtl');
    expect(result.article.html).toContain(arabic[0]);
  });
});
