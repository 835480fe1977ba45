/**
 * Text directives as the spec writes them (https://wicg.github.io/scroll-to-text-fragment/):
 * every term percent-encoded, and `-`, `&` and `,` encoded too, since the directive's own syntax uses them.
 */
import { expect, test } from 'vitest';
import { encodeTextTerm, linkToText, textDirective } from '../../utils/output/text-fragment.ts';

test('the syntax characters of a directive are encoded inside a term: hyphen, comma, ampersand', () => {
  expect(encodeTextTerm('like-minded')).toBe('like%2Dminded');
  expect(encodeTextTerm('Seoul, Tokyo & Washington')).toBe('Seoul%2C%20Tokyo%20%26%20Washington');
  // Decoding gives the words back exactly.
  expect(decodeURIComponent(encodeTextTerm('a-b, c & d'))).toBe('a-b, c & d');
});

test('dashes and quotation marks that are not ASCII are UTF-8 percent-encoded', () => {
  expect(encodeTextTerm('2023–2024 — “now”')).toBe('2023%E2%80%932024%20%E2%80%94%20%E2%80%9Cnow%E2%80%9D');
});

test('non-Latin scripts are UTF-8 percent-encoded and come back whole', () => {
  const korean = '한미 동맹은 굳건하다';
  expect(encodeTextTerm(korean)).toBe('%ED%95%9C%EB%AF%B8%20%EB%8F%99%EB%A7%B9%EC%9D%80%20%EA%B5%B3%EA%B1%B4%ED%95%98%EB%8B%A4');
  for (const text of [korean, 'Это важно', 'هذا مهم', '日本語の引用']) expect(decodeURIComponent(encodeTextTerm(text))).toBe(text);
  expect(encodeTextTerm('Это важно')).not.toMatch(/[^\x21-\x7e]/);
});

test('a long quote is addressed by its start and end; context words go before and after with their markers', () => {
  expect(textDirective({ textStart: 'We will work', textEnd: 'like-minded countries' })).toBe('text=We%20will%20work,like%2Dminded%20countries');
  expect(textDirective({ prefix: 'Blinken said,', textStart: 'Strengthening cooperation', suffix: 'he added' })).toBe(
    'text=Blinken%20said%2C-,Strengthening%20cooperation,-he%20added',
  );
  expect(textDirective({ prefix: 'a', textStart: 'b', textEnd: 'c', suffix: 'd' })).toBe('text=a-,b,c,-d');
});

test('the link keeps the address and its own fragment, replaces an old directive, and is the plain address without a fragment', () => {
  const fragment = { textStart: 'hello' };
  expect(linkToText('https://news.example/a?b=1', fragment)).toBe('https://news.example/a?b=1#:~:text=hello');
  expect(linkToText('https://news.example/a#section', fragment)).toBe('https://news.example/a#section:~:text=hello');
  expect(linkToText('https://news.example/a#:~:text=old', fragment)).toBe('https://news.example/a#:~:text=hello');
  expect(linkToText('https://news.example/a#:~:text=old', null)).toBe('https://news.example/a');
  expect(linkToText('https://news.example/a', undefined)).toBe('https://news.example/a');
});
