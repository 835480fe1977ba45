/**
 * Speakers that name no one: a first-person pronoun ("Я сказал: «…»", "Yo dije: «…»": the writer, or the person whose
 * own account is quoted, speaks) and the tail of a longer word (a Japanese company's name in katakana cut to its last
 * twelve characters). A wrong name is worse than none. Sentences written for these tests; each test in the first two
 * blocks failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { quoteOf } from '../helpers/quotes.ts';

describe('a first-person pronoun is no speaker to show', () => {
  it('Russian "Я сказал: «…»"', () => {
    const text = 'Министр посетил завод в понедельник. Я сказал: «Это проверка всей системы, и она провалится». Он засмеялся.';
    expect(quoteOf(text, 'Это проверка', 'ru').speaker).toBe('');
  });

  it('Spanish "Yo dije: «…»"', () => {
    const text = 'El ministro visitó la planta el lunes. Yo dije: «Esto es una prueba de todo el sistema y fallará». Él se rió.';
    expect(quoteOf(text, 'Esto es una prueba', 'es').speaker).toBe('');
  });
});

describe('a Japanese subject is read whole or not at all', () => {
  it('a company name of fourteen katakana is shown whole', () => {
    const text = 'イオン銀行は14日、人事を発表した。イオンフィナンシャルサービスは「役員体制の早急な見直しが必要と判断した」と説明している。';
    expect(quoteOf(text, '役員体制', 'ja').speaker).toBe('イオンフィナンシャルサービス');
  });

  it('a run of twenty kanji is a phrase, and its tail is no name', () => {
    const text = '政府は14日、発表した。日本経済新聞社東京本社編集局長会議出席者一同は「役員体制の早急な見直しが必要と判断した」と説明している。';
    expect(quoteOf(text, '役員体制', 'ja').speaker).toBe('');
  });
});

describe('guards', () => {
  it('a Japanese subject of a few kanji with its title is read as before', () => {
    const text = '首相官邸で会見が開かれた。岸田首相は「経済の再生に全力で取り組む」と述べた。';
    expect(quoteOf(text, '経済の再生', 'ja').speaker).toContain('岸田');
  });

  it('an English "Ben" and a Spanish name are names', () => {
    expect(quoteOf('“We will win this state and then the nomination,” Ben Carson said on Monday.', 'We will win').speaker).toBe('Ben Carson');
    const spanish = 'La ministra Yolanda Díaz visitó la planta. «Esto es una prueba de todo el sistema», dijo Yolanda Díaz.';
    expect(quoteOf(spanish, 'Esto es una prueba', 'es').speaker).toBe('Yolanda Díaz');
  });
});
