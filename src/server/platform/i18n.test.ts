import { describe, expect, it } from 'vitest';
import { negotiateLanguage, translate } from './i18n';

describe('language negotiation', () => {
  it('defaults to Spanish', () => {
    expect(negotiateLanguage(undefined)).toBe('es');
    expect(negotiateLanguage('fr-FR,de;q=0.8')).toBe('es');
  });

  it('follows Accept-Language quality values and regional tags', () => {
    expect(negotiateLanguage('pt-BR,pt;q=0.9,en;q=0.8')).toBe('pt');
    expect(negotiateLanguage('fr;q=1, en;q=0.5, es;q=0.7')).toBe('es');
    expect(negotiateLanguage('en-GB')).toBe('en');
  });

  it('lets an explicit language win', () => {
    expect(negotiateLanguage('en', 'pt')).toBe('pt');
    expect(negotiateLanguage('en', 'xx')).toBe('en');
  });
});

describe('translation', () => {
  it('fills parameters and keeps unknown keys visible', () => {
    expect(translate('es', 'problems.conflictDetail', { yourVersion: 1, currentVersion: 2 })).toContain(
      'su versión 1',
    );
    expect(translate('en', 'validation.required')).toBe('This field is required.');
    expect(translate('pt', 'validation.no.such.key')).toBe('validation.no.such.key');
  });
});
