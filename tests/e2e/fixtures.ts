import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { e2eDemoPassword } from '../../playwright.config';
import { addDays, todayIn } from '../../src/domain/calendar';

export const demoAdmin = { email: 'admin@vinculo.demo', password: e2eDemoPassword };

/** Zero axe violations (WCAG 2.1 A and AA rules) on the page as it is now. */
export async function expectNoAxeViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
  }));
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** Signs in through the API (the browser context shares the cookie), as the journeys' starting point. */
export async function signInThroughApi(page: Page, credentials = demoAdmin) {
  const response = await page.request.post('/api/auth/sign-in', { data: credentials });
  expect(response.status()).toBe(200);
}

/**
 * A date `offsetDays` from today in the demo government's calendar (Medellín, America/Bogota), as the
 * server and the web app count days: between 00:00 and 05:00 UTC it is still yesterday there.
 */
export function governmentDay(offsetDays = 0, timeZone = 'America/Bogota'): string {
  return addDays(todayIn(timeZone), offsetDays);
}

/**
 * The journeys' page. Under a faked clock (scripts/test-at-hour.mjs: this process and the app run on
 * libfaketime) the browser's Date is fixed at this process's instant with Playwright's clock. Fixed,
 * not running: Playwright's running clock adds the gap between this process's (faked) time and the
 * browser's real one, and a journey lasts minutes, never across the government's midnight.
 */
export const test = base.extend({
  page: async ({ page }, use) => {
    if (process.env.FAKETIME) await page.clock.setFixedTime(new Date());
    await use(page);
  },
});
export { expect };
