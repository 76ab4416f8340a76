import { describe, expect, it } from 'vitest';
import { memberTooltip, radarTooltip } from './capacity-tooltips';

describe('capacity chart tooltips', () => {
  it('escape names from data files and governments', () => {
    const html = radarTooltip(
      { name: '<img src=x onerror=alert(1)>', values: [3, null], color: '#000' },
      [{ name: 'Oficina & equipo' }, { name: '<b>Presupuesto</b>' }],
      'es',
    );
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Oficina &amp; equipo: 3');
    expect(html).toContain('&lt;b&gt;Presupuesto&lt;/b&gt;: —');
    expect(memberTooltip('<script>x</script>', ['Nivel total: 3'])).toBe(
      '<strong>&lt;script&gt;x&lt;/script&gt;</strong><br/>Nivel total: 3',
    );
  });
});
