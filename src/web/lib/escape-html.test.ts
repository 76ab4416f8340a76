import { describe, expect, it } from 'vitest';
import { escapeHtml, html } from './escape-html';

describe('escapeHtml', () => {
  it('turns every character that can open markup or leave an attribute into an entity', () => {
    expect(escapeHtml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml(`"'&\`<>`)).toBe('&quot;&#39;&amp;&#96;&lt;&gt;');
  });

  it('leaves ordinary text, accents and numbers as they are, and null as nothing', () => {
    expect(escapeHtml('Comuna 14 - El Poblado, Medellín')).toBe('Comuna 14 - El Poblado, Medellín');
    expect(escapeHtml(1234.5)).toBe('1234.5');
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(undefined)).toBe('');
  });

  it('escapes an already escaped text again, so that entities in data show literally', () => {
    expect(escapeHtml('&lt;b&gt;')).toBe('&amp;lt;b&amp;gt;');
  });

  it('parses back to the original text in an HTML parser, for any string', () => {
    const samples = ['<script>alert(1)</script>', '"><svg onload=alert(1)>', "'; x='", 'a & b', '\u00a0ñ'];
    for (const sample of samples) {
      // Decoding the five entities must give back the input: nothing is lost or left as markup.
      const decoded = escapeHtml(sample)
        .replaceAll('&lt;', '<')
        .replaceAll('&gt;', '>')
        .replaceAll('&quot;', '"')
        .replaceAll('&#39;', "'")
        .replaceAll('&#96;', '`')
        .replaceAll('&amp;', '&');
      expect(decoded).toBe(sample);
      expect(escapeHtml(sample)).not.toMatch(/[<>"'`]/);
    }
  });
});

describe('html template', () => {
  it('keeps the literal markup and escapes every interpolated value', () => {
    const name = '<img src=x onerror=alert(1)>';
    expect(html`<strong>${name}</strong><br/>${3}`).toBe(
      '<strong>&lt;img src=x onerror=alert(1)&gt;</strong><br/>3',
    );
  });
});
