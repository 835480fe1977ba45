/**
 * What stands between a Romance verb of saying and its subject after the quotation, and hid the subject (issue 11): a clitic
 * of the one spoken to before the verb ("», lui a répondu Jean-Luc Mélenchon", "», le dijo Feijóo a …"); a place after
 * Italian "a" or a medium after "su"/"sur" ("ha dichiarato ieri a Roma il leader …", "ha scritto su X il vicepremier …");
 * an outlet in capitals spoken to right before the name ("denunció a EFE Marta Ruiz", "dijo a EL PAÍS Rosa Fernández"),
 * which was read with the name as one. Written in the shapes these papers print; each test that expects a name failed
 * before its rule, the guards are forms that must not give the one spoken to.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from '../helpers/quotes.ts';

describe('the subject after what stands between it and the verb', () => {
  it.each([
    ['fr', '« Ce budget est une faute historique pour le pays », lui a répondu Jean-Luc Mélenchon dans l’hémicycle.', 'Ce budget est', 'Jean-Luc Mélenchon'],
    ['es', '«Usted miente a los españoles cada semana», le dijo Feijóo a Pedro Sánchez durante el debate.', 'Usted miente', 'Feijóo'],
    ['it', '«Non ci sono le condizioni per continuare insieme», ha dichiarato ieri a Roma il leader di Azione, Carlo Calenda.', 'Non ci sono', 'Carlo Calenda'],
    ['it', '«Il ponte sullo Stretto si farà entro il 2032», ha scritto su X il vicepremier Matteo Salvini.', 'Il ponte sullo Stretto', 'Matteo Salvini'],
    ['es', '«Hemos pedido más recursos desde hace meses y nadie responde», denunció a EFE Marta Ruiz, portavoz de los bomberos.', 'Hemos pedido', 'Marta Ruiz'],
    ['es', '«Queremos que se respete la voluntad de los vecinos de este pueblo», dijo a EL PAÍS Rosa Fernández.', 'Queremos que', 'Rosa Fernández'],
  ])('%s: %s', (lang, text, quote, speaker) => expect(speakerOf(text, quote, lang)).toBe(speaker));
});

describe('guards: the one spoken to stays the one spoken to', () => {
  it('does not give the name after a clitic and "a" to a dropped subject', () =>
    expect(speakerOf('«Usted miente a los españoles cada semana», le dijo a Pedro Sánchez durante el debate.', 'Usted miente', 'es')).not.toBe(
      'Pedro Sánchez',
    ));

  it('does not split a name spoken to that is not in capitals', () =>
    expect(speakerOf('«Te esperamos todos en casa esta noche», dijo a María José García.', 'Te esperamos', 'es') ?? '').not.toMatch(/José García/u));

  it('reads Italian "a" before a name as the one spoken to, not a place', () =>
    expect(speakerOf('«La decisione è presa e non torneremo indietro», ha detto a Marco Rossi il sindaco.', 'La decisione', 'it')).not.toBe('Marco Rossi'));

  it('reads "a EFE" with nothing after as the one spoken to', () =>
    expect(
      speakerOf('Luis Ortega visitó la zona. «Hemos pedido más recursos desde hace meses y nadie responde», denunció a EFE.', 'Hemos pedido', 'es'),
    ).not.toBe('EFE'));
});
