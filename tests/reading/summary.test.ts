/** The extractive summary: news-aware, in article order, in any language the browser segments. */
import { describe, expect, it } from 'vitest';
import { summarize } from '../../utils/reading/summary.ts';

const story = [
  'The city council approved a plan on Tuesday to build forty kilometres of protected bicycle lanes across the northern districts by 2027.',
  'The plan, which passed by nine votes to four, will cost about 60 million euros and is paid for mostly by a regional grant.',
  'Scroll down for video.',
  'Supporters of the bicycle lanes said the protected lanes would make the northern districts safer for children and older residents.',
  '“We have waited for this for ten years,” said Anna Berg, who leads a parents’ group.',
  'Shop owners on the main road warned that the lanes would take away parking spaces their customers depend on.',
  'The council said it would publish a timetable for the bicycle lanes before the end of the year.',
  'Photo: Getty Images',
];

describe('summary', () => {
  it('gives the requested number of sentences, in article order', () => {
    for (const count of [1, 2, 3, 4, 5]) {
      const summary = summarize(story.join(' '), { sentences: count, title: 'Council approves bicycle lanes' });
      expect(summary).toHaveLength(count);
      const positions = summary.map((sentence) => story.indexOf(sentence));
      expect(positions.every((position) => position >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    }
  });

  it('leads with the lead and skips furniture and quote fragments', () => {
    const summary = summarize(story.join(' '), { sentences: 3, title: 'Council approves bicycle lanes' });
    expect(summary[0]).toBe(story[0]);
    expect(summary).not.toContain('Scroll down for video.');
    expect(summary).not.toContain('Photo: Getty Images');
  });

  it('does not pick two sentences that say the same', () => {
    const repeated = [story[0]!, story[0]!.replace('Tuesday', 'Tuesday evening'), ...story.slice(1)].join(' ');
    const summary = summarize(repeated, { sentences: 3 });
    expect(summary.filter((sentence) => sentence.startsWith('The city council approved'))).toHaveLength(1);
  });

  it('summarises Korean and Japanese text', () => {
    const korean =
      '서울시는 오늘 자전거 도로 40킬로미터를 새로 만드는 계획을 발표했다. 계획은 2027년까지 완료된다. 시민들은 대체로 환영했다. 상인들은 주차 공간이 줄어든다고 걱정했다. 시는 연말까지 일정을 공개할 예정이다.';
    expect(summarize(korean, { sentences: 2, lang: 'ko' })[0]).toBe('서울시는 오늘 자전거 도로 40킬로미터를 새로 만드는 계획을 발표했다.');
    const japanese = '東京都は今日、新しい自転車道の計画を発表した。計画は二〇二七年までに完了する。市民は歓迎している。商店は駐車場の減少を心配している。';
    expect(summarize(japanese, { sentences: 2, lang: 'ja' })).toHaveLength(2);
  });

  it('returns nothing for an empty text', () => {
    expect(summarize('', { sentences: 3 })).toEqual([]);
  });
});
