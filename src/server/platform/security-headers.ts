import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';
import type { AppConfig } from './config';

/** Whether people reach the app over HTTPS, as the configured public address says. */
export function isPublicUrlHttps(config: Pick<AppConfig, 'publicUrl'>): boolean {
  return config.publicUrl.toLowerCase().startsWith('https:');
}

/**
 * The session cookie's `Secure` flag. `auto` (the default) sets it when the request came over HTTPS
 * and, behind a proxy that terminates TLS without TRUST_PROXY, whenever the public URL is https: a
 * cookie that leaves an https site without `Secure` could be sent in clear over a downgraded link.
 * COOKIE_SECURE=false is an explicit choice for a plain-http test setup.
 */
export function isSessionCookieSecure(
  config: Pick<AppConfig, 'cookieSecure' | 'publicUrl'>,
  isRequestHttps: boolean,
): boolean {
  if (config.cookieSecure === 'true') return true;
  if (config.cookieSecure === 'false') return false;
  return isRequestHttps || isPublicUrlHttps(config);
}

/**
 * The Content-Security-Policy of the app. The built SPA is one module script and stylesheets from
 * its own origin, so scripts come from 'self' only: no inline script, no eval, no inline event
 * handlers (script-src-attr 'none'), which is what stops a markup injection from running even if an
 * escape is forgotten. `<style>` elements and stylesheets come from 'self' too.
 *
 * style-src-attr 'unsafe-inline' is the one relaxation, for style attributes only: ECharts builds its
 * HTML tooltips as markup with `style="…"` attributes (tooltipMarkup), which the browser parses from
 * innerHTML; without it every tooltip loses its layout. Style attributes cannot run script nor load
 * anything outside img-src/font-src; React's `style={…}` and ECharts' own element styles are set
 * through the CSSOM, which CSP does not govern.
 */
export function appContentSecurityPolicy(isHttps: boolean): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'"],
    'style-src-attr': ["'unsafe-inline'"],
    // data: for the inline SVG favicon of index.html; blob: for charts saved as images.
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    ...(isHttps ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

/** Renders directives as a header value. */
export function serializeContentSecurityPolicy(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}

/**
 * Swagger UI at /api/docs: the same policy, except that its React components and syntax highlighter
 * need inline `<style>` (style-src 'unsafe-inline'); it still runs no inline script.
 */
export function docsContentSecurityPolicy(isHttps: boolean): string {
  return serializeContentSecurityPolicy({
    ...appContentSecurityPolicy(isHttps),
    'style-src': ["'self'", "'unsafe-inline'"],
  });
}

/**
 * Security headers on every response (helmet): CSP, frame-ancestors 'none' with X-Frame-Options
 * DENY, nosniff, a same-origin Referrer-Policy, HSTS only when the public URL is https (HSTS on a
 * plain-http install would lock browsers out of it), and `Cache-Control: no-store` on the API so that
 * a shared computer's cache or a proxy never keeps a government's data; a route that serves public,
 * non-personal data (codelists, calendar feeds) may set its own caching after this.
 *
 * helmet's middleware is built once, at start: @fastify/helmet rebuilt it (and parsed the policy
 * again) on every request.
 */
export async function registerSecurityHeaders(app: FastifyInstance, config: AppConfig) {
  const isHttps = isPublicUrlHttps(config);
  const setSecurityHeaders = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: appContentSecurityPolicy(isHttps) },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: isHttps ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    originAgentCluster: true,
    xDnsPrefetchControl: { allow: false },
    xPermittedCrossDomainPolicies: { permittedPolicies: 'none' },
  });
  app.addHook('onRequest', (request, reply, done) => {
    if (request.url.startsWith('/api')) reply.header('cache-control', 'no-store');
    setSecurityHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined));
  });
}
