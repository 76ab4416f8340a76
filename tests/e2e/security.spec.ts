import { expect, expectNoAxeViolations, signInThroughApi, test } from './fixtures';

const payload = '<img src=x onerror=alert(1)>';

type Session = { csrfToken: string; memberships: { governmentId: string }[] };

test('a territorial unit named like markup shows as text in the map tooltip and runs nothing', async ({
  page,
}) => {
  // Any dialog (alert) or any script error would mean the name was parsed as HTML.
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) cspViolations.push(message.text());
  });
  await signInThroughApi(page);
  const session = (await (await page.request.get('/api/auth/session')).json()) as Session;
  // The app opens the first membership's government when nothing is remembered: seed that one.
  const governmentId = session.memberships[0]?.governmentId;
  expect(governmentId).toBeTruthy();
  const code = `XSS-${Date.now().toString(36)}`;
  // A square 20 degrees wide around the city's own units, so that away from the centre of the map
  // the pointer is on this unit only.
  const map = (await (await page.request.get(`/api/governments/${governmentId}/territory-map`)).json()) as {
    features: { geometry: { type: string; coordinates: unknown } }[];
  };
  const firstPoint = JSON.stringify(map.features[0]?.geometry.coordinates ?? [[[0, 0]]]).match(
    /\[(-?[\d.]+),(-?[\d.]+)\]/,
  );
  const [x, y] = [Number(firstPoint?.[1] ?? 0), Number(firstPoint?.[2] ?? 0)];
  const square = [
    [
      [x - 10, y - 10],
      [x + 10, y - 10],
      [x + 10, y + 10],
      [x - 10, y + 10],
      [x - 10, y - 10],
    ],
  ];
  const imported = await page.request.post(
    `/api/governments/${governmentId}/territorial-units/import-geojson`,
    {
      headers: { 'x-csrf-token': session.csrfToken },
      data: {
        featureCollection: {
          type: 'FeatureCollection',
          features: [
            {
              type: 'Feature',
              properties: { nombre: payload, codigo: code, poblacion: 1 },
              geometry: { type: 'Polygon', coordinates: square },
            },
          ],
        },
        nameProperty: 'nombre',
        codeProperty: 'codigo',
        populationProperty: 'poblacion',
        kind: 'other',
      },
    },
  );
  expect(imported.status()).toBe(200);

  try {
    await page.goto('/territory');
    await page.getByRole('tab', { name: 'Mapa' }).click();
    const chart = page.getByRole('img', { name: /^Mapa del territorio con/ });
    await expect(chart).toBeVisible();
    const box = await chart.boundingBox();
    if (!box) throw new Error('the map has no box');
    // Inside the square and away from the city's units, which sit at its centre.
    await page.mouse.move(
      box.x + box.width / 2 - box.height * 0.15,
      box.y + box.height / 2 + box.height * 0.15,
    );
    const tooltip = chart.locator('div').filter({ hasText: payload });
    await expect(tooltip.first()).toBeVisible();
    await expect(tooltip.first()).toContainText(`${payload}Población: 1`);
    // The name is text: no element was created from it.
    await expect(chart.locator('img')).toHaveCount(0);
    // The data table beside the map shows the same name literally.
    await page.getByText('Ver los datos del mapa como tabla').click();
    await expect(page.getByRole('rowheader', { name: payload })).toBeVisible();
    await expectNoAxeViolations(page, 'territory with a hostile name');
    expect(dialogs).toEqual([]);
    expect(cspViolations).toEqual([]);
  } finally {
    // Leave the demo as the other journeys expect it: the hostile unit is archived again.
    const list = await page.request.get(
      `/api/governments/${governmentId}/territorial-units?q=${encodeURIComponent(code)}`,
    );
    const items = ((await list.json()) as { items: { id: string; code: string; version: number }[] }).items;
    for (const unit of items.filter((item) => item.code === code)) {
      await page.request.post(`/api/governments/${governmentId}/territorial-units/${unit.id}/archive`, {
        headers: { 'x-csrf-token': session.csrfToken },
        data: { version: unit.version },
      });
    }
  }
});

test('the built page needs nothing inline that the Content-Security-Policy would block', async ({ page }) => {
  const response = await page.request.get('/');
  const csp = response.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  const markup = await response.text();
  // Every script has a src and there is no <style> element nor inline handler in index.html.
  expect(markup.match(/<script(?![^>]*\ssrc=)[^>]*>/g) ?? []).toEqual([]);
  expect(markup).not.toMatch(/<style[\s>]/);
  expect(markup).not.toMatch(/\son[a-z]+=/i);
  // No source map is served, whatever the build left behind.
  const script = markup.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
  expect(script).toBeTruthy();
  expect((await page.request.get(`${script}.map`)).status()).toBe(404);

  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  await signInThroughApi(page);
  await page.goto('/partners');
  await page.getByRole('tab', { name: 'Mapa' }).click();
  await expect(page.getByRole('img', { name: /Mapa del mundo con \d+ contrapartes/ })).toBeVisible();
  await page.goto('/api/docs');
  await expect(page.getByText('Vínculo API').first()).toBeVisible();
  expect(violations).toEqual([]);
});
