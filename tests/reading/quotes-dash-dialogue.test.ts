/**
 * Spanish (and Portuguese) news quote with an em dash: the dash opens the words and an incise between dashes names the
 * speaker, inside quotation marks ("«—No cerraremos ninguna planta —dijo Marta Ruiz—. Es un compromiso.»") or as a
 * paragraph of its own ("—La inflación bajará —afirmó el ministro—, pero …"). The incise was read as part of the quoted
 * words and the quotation had no speaker; a paragraph opened by a dash was no quotation at all. Written from the forms of
 * issue 11 (no tune page holds one); each test that expects a name failed before the rule, the guards must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../utils/reading/quotes/index.ts';
import { speakerOf } from '../helpers/quotes.ts';

describe('a dash opens the quotation and the incise names its speaker', () => {
  it('inside guillemets: the incise is cut out and names the speaker of both parts', () => {
    const text =
      'La ministra de Industria visitó ayer la planta de Vigo.\n«—No vamos a cerrar ninguna fábrica este año —dijo Marta Ruiz—. Es un compromiso con los trabajadores.»\nLuego se reunió con el comité.';
    const quotes = findQuotes(text, { lang: 'es' });
    expect(quotes.map((quote) => [quote.text, quote.speaker])).toEqual([
      ['No vamos a cerrar ninguna fábrica este año', 'Marta Ruiz'],
      ['Es un compromiso con los trabajadores.', 'Marta Ruiz'],
    ]);
  });

  it('a paragraph opened by a dash: the description in the incise points back to the minister named before', () => {
    const text =
      'El ministro de Economía, Carlos Cuerpo, compareció en el Congreso.\n—La inflación bajará en los próximos meses —afirmó el ministro—, pero no sabemos cuándo exactamente.\nLa oposición pidió más datos.';
    expect(speakerOf(text, 'La inflación bajará', 'es')).toBe('Carlos Cuerpo');
  });

  it('an incise that ends its paragraph without a closing dash', () =>
    expect(
      speakerOf('Los vecinos salieron a la calle.\n—Llevamos tres semanas sin agua potable en el barrio —denunció Ana López.', 'Llevamos tres semanas', 'es'),
    ).toBe('Ana López'));

  it('Portuguese: the travessão and "disse"', () =>
    expect(
      speakerOf('O sindicato reuniu-se ontem.\n— Não vamos desistir desta luta tão cedo — disse João Silva aos jornalistas.', 'Não vamos desistir', 'pt'),
    ).toBe('João Silva'));
});

describe('guards: dashes that open no quotation', () => {
  it('a list of items opened by dashes gives no quotation', () =>
    expect(findQuotes('Las medidas son tres:\n—Subir el salario mínimo un cinco por ciento.\n—Bajar el IVA de la luz.', { lang: 'es' })).toEqual([]));

  it('an aside between dashes inside a quotation does not cut it', () => {
    const quotes = findQuotes('«La reforma —que aprobó ayer el Congreso— es un error histórico», dijo Ana López.', { lang: 'es' });
    expect(quotes.map((quote) => [quote.text, quote.speaker])).toEqual([['La reforma —que aprobó ayer el Congreso— es un error histórico', 'Ana López']]);
  });

  it('English text keeps its dashes as they were', () =>
    expect(findQuotes('The plan was simple.\n—We will win this year —said John Smith—. Then we rest.', { lang: 'en' })).toEqual([]));
});
