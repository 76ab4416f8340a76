import { describe, expect, it } from 'vitest';
import type { AuditValue } from '../../../contracts/audit';
import { auditFieldLabel, formatAuditValue, type Translator } from './audit-format';

const strings: Record<string, string> = {
  'audit.yes': 'Sí',
  'audit.missing': '(registro no disponible)',
  'enums.linkStatus.active': 'Activo',
  'partners.fields.name': 'Nombre',
  'audit.fields.notes': 'Notas',
};
const translator: Translator = {
  t: (key, options) => (key === 'audit.more' ? `y ${String(options?.count)} más` : (strings[key] ?? key)),
  exists: (key) => key in strings,
  language: 'es',
};

describe('audit values as people read them', () => {
  it('formats money from minor units in its currency', () => {
    expect(
      formatAuditValue({ type: 'money', amountMinor: 150_000_000, currency: 'COP' }, translator),
    ).toMatch(/1\.500\.000/);
  });

  it('formats dates in the reader’s locale and codes with their labels', () => {
    expect(formatAuditValue({ type: 'date', value: '2026-06-30' }, translator)).toBe('30 jun 2026');
    expect(
      formatAuditValue({ type: 'code', code: 'active', labelKey: 'enums.linkStatus.active' }, translator),
    ).toBe('Activo');
    expect(
      formatAuditValue({ type: 'code', code: 'raro', labelKey: 'enums.linkStatus.raro' }, translator),
    ).toBe('raro');
  });

  it('joins lists, says how many more there are, and shows records it cannot read as not available', () => {
    const value: AuditValue = {
      type: 'list',
      items: [{ type: 'name', name: 'Bilbao' }, { type: 'missing' }],
      more: 2,
    };
    expect(formatAuditValue(value, translator)).toBe('Bilbao, (registro no disponible) y 2 más');
    expect(formatAuditValue(null, translator)).toBe('—');
    expect(formatAuditValue({ type: 'boolean', value: true }, translator)).toBe('Sí');
  });

  it('labels a field from the form, then the trail, then its spelt-out name', () => {
    expect(auditFieldLabel({ field: 'name', labelKey: 'partners.fields.name' }, translator)).toBe('Nombre');
    expect(auditFieldLabel({ field: 'notes', labelKey: 'links.fields.notes' }, translator)).toBe('Notas');
    expect(
      auditFieldLabel({ field: 'sessionsEnded', labelKey: 'audit.fields.sessionsEnded' }, translator),
    ).toBe('Sessions ended');
  });
});
