import { describe, expect, it } from 'vitest';
import { showsAnything } from './incident-loader.ts';
import { sanitizeHtml } from './sanitize.ts';

describe('showsAnything', () => {
  it('is false for a body of whitespace and comments, as left after deleting the placeholder', () => {
    expect(showsAnything('')).toBe(false);
    expect(showsAnything('\n  \n')).toBe(false);
    expect(showsAnything('<!-- What happened, who was affected -->\n<!--\ntwo lines\n-->\n')).toBe(false);
    expect(showsAnything(sanitizeHtml('<!-- a comment -->'))).toBe(false);
  });
  it('is true as soon as anything is shown', () => {
    expect(showsAnything('<p>Emails were delayed.</p>')).toBe(true);
    expect(showsAnything('<!-- note -->\n<hr>')).toBe(true);
  });
});
