import { expect } from '@open-wc/testing';
import { excerpt, readingTime } from '../../../src/shared/text.js';

describe('text helpers', () => {
  describe('excerpt', () => {
    const sentence = 'The owner of a U.S. based import business faces a maximum penalty of five years in prison.';

    it('returns text that fits unchanged, with whitespace collapsed', () => {
      expect(excerpt('  Short\n\n text  ', 160)).to.equal('Short text');
    });

    it('cuts at the last word boundary within the limit and adds an ellipsis', () => {
      const result = excerpt(sentence, 30);
      expect(result).to.equal('The owner of a U.S. based…');
      expect(Array.from(result.slice(0, -1)).length).to.be.at.most(30);
    });

    it('keeps a word that ends exactly at the limit', () => {
      expect(excerpt('alpha beta gamma', 10)).to.equal('alpha beta…');
    });

    it('drops punctuation left before the ellipsis', () => {
      expect(excerpt('Duties, fees, and penalties apply', 13)).to.equal('Duties, fees…');
    });

    it('cuts inside a word only when the first word alone is too long', () => {
      expect(excerpt('https://www.linkedin.com/posts/trade-newsletter', 12)).to.equal('https://www…');
      expect(excerpt('税関手続きの変更について', 5)).to.equal('税関手続き…');
    });

    it('never splits an emoji', () => {
      expect(excerpt('🚢🚢🚢🚢', 2)).to.equal('🚢🚢…');
    });

    it('returns nothing for a zero, negative or invalid length', () => {
      expect(excerpt(sentence, 0)).to.equal('');
      expect(excerpt(sentence, -5)).to.equal('');
      expect(excerpt(sentence, Number.NaN)).to.equal('');
    });
  });

  describe('readingTime', () => {
    it('rounds up at 200 words a minute, with a minimum of one minute', () => {
      expect(readingTime('one two three')).to.equal(1);
      expect(readingTime(Array(201).fill('word').join(' '))).to.equal(2);
      expect(readingTime(Array(1000).fill('word').join(' '))).to.equal(5);
    });

    it('is 0 for text without words', () => {
      expect(readingTime('')).to.equal(0);
      expect(readingTime(' — … ')).to.equal(0);
    });

    it('counts CJK text by character', () => {
      expect(readingTime('税'.repeat(1000))).to.equal(2);
    });
  });
});
