import { describe, expect, it } from 'vitest';
import { describeChanges, lookupsOf, resolveChanges } from './audit.changes';

const partnerId = '2b0f5c3e-8d6a-4a51-9a37-2f4c1d8e9b10';
const otherPartnerId = '7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';

describe('audit changes', () => {
  it('labels fields with the forms’ keys, hides bookkeeping and skips what did not change', () => {
    const changes = describeChanges(
      'partner',
      { id: 'x', version: 1, name: 'AECID', kind: 'multilateral', updatedAt: '2026-01-01T00:00:00Z' },
      { id: 'x', version: 2, name: 'AECID', kind: 'cooperation_agency', updatedAt: '2026-02-01T00:00:00Z' },
    );
    expect(changes).toEqual([
      {
        field: 'kind',
        labelKey: 'partners.fields.kind',
        kind: 'code',
        before: { type: 'code', code: 'multilateral', labelKey: 'enums.partnerKind.multilateral' },
        after: { type: 'code', code: 'cooperation_agency', labelKey: 'enums.partnerKind.cooperation_agency' },
      },
    ]);
  });

  it('reads money with its currency, dates as dates and ids as lookups of names', () => {
    const changes = describeChanges('demand', null, {
      title: 'Agua potable',
      amountSoughtMinor: 150_000_000,
      currency: 'COP',
      neededBy: '2026-06-30',
      departmentId: partnerId,
      territorialUnitIds: [partnerId, otherPartnerId],
      status: 'open',
      problemTree: { causes: [], effects: [] },
      searchVector: 'x',
    });
    const byField = Object.fromEntries(changes.map((change) => [change.field, change]));
    expect(byField.amountSoughtMinor).toMatchObject({
      kind: 'money',
      labelKey: 'cooperation.demand.fields.amountSought',
      after: { type: 'money', amountMinor: 150_000_000, currency: 'COP' },
    });
    expect(byField.neededBy?.after).toEqual({ type: 'date', value: '2026-06-30' });
    expect(byField.departmentId).toMatchObject({
      kind: 'reference',
      after: { type: 'ref', to: 'department' },
    });
    expect(byField.currency?.after).toEqual({ type: 'codebook', codebook: 'currency', code: 'COP' });
    expect(byField.status?.after).toMatchObject({ labelKey: 'cooperation.demandStatus.open' });
    expect(byField.problemTree).toBeUndefined();
    expect(byField.searchVector).toBeUndefined();
    expect(lookupsOf(changes)).toHaveLength(4);
  });

  it('names resolved references and marks the ones of no record of the government as missing', () => {
    const pending = describeChanges(
      'link',
      { parties: [{ partnerId, role: 'counterpart' }] },
      {
        parties: [
          { partnerId, role: 'counterpart' },
          { partnerId: otherPartnerId, role: 'co_signer' },
        ],
      },
    );
    const [change] = resolveChanges(pending, new Map([[`partner:${partnerId}`, 'Bilbao']]));
    expect(change).toMatchObject({
      field: 'parties',
      labelKey: 'links.fields.parties',
      kind: 'list',
      before: { type: 'list', items: [{ type: 'name', name: 'Bilbao' }] },
      after: { type: 'list', items: [{ type: 'name', name: 'Bilbao' }, { type: 'missing' }] },
    });
    expect(JSON.stringify(change)).not.toContain(otherPartnerId);
  });

  it('compares child rows as people read them: a row read back with its ids is not a change', () => {
    const changes = describeChanges(
      'partner',
      { contacts: [{ id: partnerId, partnerId, governmentId: partnerId, name: 'Ana', isPrimary: true }] },
      { contacts: [{ name: 'Ana', isPrimary: true }] },
    );
    expect(changes).toEqual([]);
  });

  it('spreads the relations of an initiative read before an update under the names of its creation', () => {
    const changes = describeChanges(
      'initiative',
      { relations: { units: [{ id: partnerId, name: 'Comuna 1' }] } },
      { territorialUnitIds: [partnerId] },
    );
    expect(changes[0]).toMatchObject({
      field: 'territorialUnitIds',
      labelKey: 'initiatives.fields.territorialUnits',
    });
  });

  it('never shows an id no name is declared for, and bounds long texts', () => {
    const changes = describeChanges('user', null, { resetId: partnerId, notes: 'x'.repeat(5000) });
    expect(changes.map((change) => change.field)).toEqual(['notes']);
    const after = changes[0]?.after;
    expect(after?.type === 'text' && after.text.length).toBeLessThanOrEqual(300);
  });
});
