/**
 * How far (characters) a quotation's own sentence is read around it. A sentence is rarely longer; a "sentence" that is
 * is a page whose full stops were lost, where reading all of it again for each quotation in it cost its length squared
 * (a page of quotations in mixed marks that never ended a sentence: 100 s for 150,000 characters).
 */
export const SENTENCE_REACH = 1000;
