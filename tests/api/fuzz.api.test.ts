import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartner, createWorld } from '../factories';
import { type Client, createTestApp, type TestApp } from '../test-app';

// Property-based fuzzing of the whole API: for every route of the catalogue, bodies and queries are
// generated from the route's own contract (the JSON Schema that fastify-type-provider-zod derives
// from its zod schema, as published in the OpenAPI document), then mutated — a wrong type, a NUL
// character, a huge string, a foreign or unknown id, a missing or an unknown field — and sent by a
// signed-in admin with odd headers. Whatever comes in, the answer is never a 5xx, and every 4xx is a
// problem document. Reproduce a failure with FUZZ_SEED=<seed> (printed on failure); FUZZ_REPORT=true
// prints how many answers of each status the run got; FUZZ_RUNS
// widens a local run.

const seed = Number(process.env.FUZZ_SEED ?? 20261130);
const numRuns = Number(process.env.FUZZ_RUNS ?? 1000);
// Fits the suite on a loaded two-core machine: the property stops early, as passed, past this.
const timeLimitMs = Number(process.env.FUZZ_TIME_LIMIT_MS ?? 45_000);

type JsonSchema = {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: boolean | JsonSchema;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
};

type Operation = {
  parameters?: { in: string; name: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
};

type Route = { method: string; url: string; body: JsonSchema | null; query: Operation['parameters'] };

type Pools = { ids: string[]; governmentIds: string[] };

/** A value that the schema accepts (mostly: patterns and formats are approximated). */
function arbitraryFor(schema: JsonSchema, pools: Pools, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant(null);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives && alternatives.length > 0)
    return fc.oneof(...alternatives.map((item) => arbitraryFor(item, pools, depth + 1)));
  if (schema.allOf && schema.allOf.length > 0) {
    const merged: JsonSchema = { type: 'object', properties: {}, required: [] };
    for (const part of schema.allOf) {
      Object.assign(merged.properties as object, part.properties ?? {});
      merged.required?.push(...(part.required ?? []));
    }
    return arbitraryFor(merged, pools, depth + 1);
  }
  if ('const' in schema) return fc.constant(schema.const);
  if (schema.enum && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer': {
      const min = Math.max(schema.minimum ?? -1_000_000, -1_000_000);
      const max = Math.min(schema.maximum ?? 1_000_000_000, 1_000_000_000);
      return fc.integer({ min: Math.min(min, max), max });
    }
    case 'number': {
      const min = Math.max(schema.minimum ?? schema.exclusiveMinimum ?? -1e9, -1e9);
      const max = Math.min(schema.maximum ?? schema.exclusiveMaximum ?? 1e9, 1e9);
      return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
    }
    case 'string':
      return stringFor(schema, pools);
    case 'array':
      return fc.array(arbitraryFor(schema.items ?? {}, pools, depth + 1), {
        minLength: Math.min(schema.minItems ?? 0, 4),
        maxLength: Math.max(Math.min(schema.maxItems ?? 3, 3), Math.min(schema.minItems ?? 0, 4)),
      });
    case 'object': {
      const properties = schema.properties ?? {};
      const model = Object.fromEntries(
        Object.entries(properties).map(([key, value]) => [key, arbitraryFor(value, pools, depth + 1)]),
      );
      return fc.record(model, { requiredKeys: (schema.required ?? []).filter((key) => key in properties) });
    }
    default:
      return fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.constant(null));
  }
}

function stringFor(schema: JsonSchema, pools: Pools): fc.Arbitrary<string> {
  switch (schema.format) {
    case 'uuid':
      return fc.constantFrom(...pools.ids);
    case 'date':
      return fc
        .date({ min: new Date('1990-01-01'), max: new Date('2045-12-31'), noInvalidDate: true })
        .map((date) => date.toISOString().slice(0, 10));
    case 'date-time':
      return fc
        .date({ min: new Date('1990-01-01'), max: new Date('2045-12-31'), noInvalidDate: true })
        .map((date) => date.toISOString());
    case 'email':
      return fc.constantFrom('enlace@medellin.gov.co', `persona-${randomUUID()}@prueba.gov.co`);
    case 'uri':
      return fc.constantFrom('https://www.medellin.gov.co/convenio.pdf', 'http://example.org/a?b=c');
    default:
      break;
  }
  if (schema.pattern) {
    try {
      return fc.stringMatching(new RegExp(schema.pattern), { maxLength: 40 });
    } catch {
      // A pattern fast-check cannot read: plain text then.
    }
  }
  const minLength = schema.minLength ?? 0;
  return fc.string({ minLength, maxLength: Math.max(minLength, Math.min(schema.maxLength ?? 40, 40)) });
}

type Mutation =
  | { kind: 'none' }
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'text'; at: number; value: 'nul' | 'huge' | 'markup' }
  | { kind: 'id'; at: number; value: string }
  | { kind: 'drop'; at: number }
  | { kind: 'extra'; at: number };

function mutationArbitrary(pools: Pools): fc.Arbitrary<Mutation> {
  const hostile = fc.oneof(
    fc.constantFrom<unknown>(12, -1, 1e308, 1.5, true, false, null, [], {}, '', 'texto', '31/12/2026'),
    fc.constant('\u0000'),
    fc.constant('x'.repeat(300_000)),
    fc.string({ maxLength: 30 }),
  );
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant<Mutation>({ kind: 'none' }) },
    {
      weight: 3,
      arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: hostile }),
    },
    // Aimed at the texts and the ids of a value that is otherwise what the contract asks for.
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant('text' as const),
        at: fc.nat(),
        value: fc.constantFrom('nul' as const, 'huge' as const, 'markup' as const),
      }),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('id' as const),
        at: fc.nat(),
        value: fc.constantFrom(...pools.ids, ...pools.governmentIds),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('extra' as const), at: fc.nat() }) },
  );
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every place in a value: the root and each key or index below it. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const paths = [prefix];
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      paths.push(...pathsOf(item, [...prefix, index]));
    });
  } else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, key]));
  return paths;
}

function valueAt(root: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);
}

function applyMutation(value: unknown, mutation: Mutation): unknown {
  if (mutation.kind === 'none') return value;
  const copy = structuredClone(value);
  let paths = pathsOf(copy);
  if (mutation.kind === 'text' || mutation.kind === 'id') {
    const isTarget = (leaf: unknown) =>
      typeof leaf === 'string' && (mutation.kind === 'text' || uuidPattern.test(leaf));
    paths = paths.filter((path) => isTarget(valueAt(copy, path)));
    if (paths.length === 0) return copy;
  }
  const path = paths[mutation.at % paths.length] ?? [];
  const replacement =
    mutation.kind === 'text'
      ? mutation.value === 'nul'
        ? `${String(valueAt(copy, path))}\u0000`
        : mutation.value === 'huge'
          ? 'á'.repeat(300_000)
          : '<img src=x onerror=alert(1)>'
      : mutation.kind === 'id' || mutation.kind === 'replace'
        ? mutation.value
        : undefined;
  if (path.length === 0) {
    if (replacement !== undefined) return replacement;
    if (mutation.kind === 'extra' && copy && typeof copy === 'object' && !Array.isArray(copy))
      return { ...copy, campoDesconocido: 'x' };
    return copy;
  }
  const parent = valueAt(copy, path.slice(0, -1)) as Record<string | number, unknown> | unknown[];
  const key = path.at(-1) as string | number;
  if (replacement !== undefined) (parent as Record<string | number, unknown>)[key] = replacement;
  else if (mutation.kind === 'drop') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete (parent as Record<string, unknown>)[key];
  } else if (!Array.isArray(parent)) (parent as Record<string, unknown>).campoDesconocido = 'x';
  return copy;
}

function queryString(values: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value])
      search.append(key, typeof item === 'object' ? JSON.stringify(item) : String(item));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

let testApp: TestApp;
let client: Client;
const routes: Route[] = [];
let pools: Pools;
let ownGovernmentId = '';

beforeAll(async () => {
  testApp = await createTestApp();
  const { app } = testApp;
  const world = await createWorld(app, 'admin');
  const other = await createWorld(app, 'admin');
  client = world.client;
  ownGovernmentId = world.government.id;
  const partner = await createPartner(world.client, world.base);
  const foreignPartner = await createPartner(other.client, other.base);
  const department = (await world.client.post(`${world.base}/departments`, { name: 'Dependencia' })).json();
  pools = {
    ids: [partner.id, department.id, foreignPartner.id, randomUUID(), '00000000-0000-0000-0000-000000000000'],
    governmentIds: [other.government.id],
  };
  // The contract of each route, as the OpenAPI document publishes it (generated from the zod schemas).
  const document = app.swagger() as { paths: Record<string, Record<string, Operation>> };
  const catalogue = new Set(app.routeCatalogue.map((route) => `${route.method} ${route.url}`));
  for (const [openApiPath, operations] of Object.entries(document.paths)) {
    const url = openApiPath.replace(/\{(\w+)\}/g, ':$1');
    for (const [method, operation] of Object.entries(operations)) {
      const upper = method.toUpperCase();
      if (!catalogue.has(`${upper} ${url}`)) continue;
      // Signing out would end the fuzzing session itself; it takes no input anyway.
      if (url.startsWith('/api/auth/sign-out')) continue;
      routes.push({
        method: upper,
        url,
        body: operation.requestBody?.content?.['application/json']?.schema ?? null,
        query: (operation.parameters ?? []).filter((parameter) => parameter.in === 'query'),
      });
    }
  }
}, 60_000);
afterAll(async () => testApp.close());

/** One request's worth of generated input for a route: a valid-looking value, then one mutation. */
function requestArbitrary(route: Route) {
  const queryModel = Object.fromEntries(
    (route.query ?? []).map((parameter) => [parameter.name, arbitraryFor(parameter.schema, pools)]),
  );
  const required = (route.query ?? []).filter((parameter) => parameter.required).map((p) => p.name);
  return fc.record({
    body: route.body ? arbitraryFor(route.body, pools) : fc.constant(undefined),
    bodyMutation: mutationArbitrary(pools),
    // Half the time every query parameter is there, so that each can carry the mutation.
    query: fc.oneof(fc.record(queryModel), fc.record(queryModel, { requiredKeys: required })),
    queryMutation: mutationArbitrary(pools),
    pathId: fc.constantFrom(...pools.ids, 'no-es-un-id'),
    // Mostly our own government, sometimes one the admin is not a member of.
    governmentId: fc.oneof(
      { weight: 7, arbitrary: fc.constant(ownGovernmentId) },
      { weight: 1, arbitrary: fc.constantFrom(...pools.governmentIds) },
    ),
    header: fc.constantFrom<Record<string, string>>(
      {},
      {},
      { 'x-file-name': 'actividades.xml' },
      { 'x-file-name': 'a\u0000b.xml' },
      { 'x-file-name': 'x'.repeat(5000) },
      { 'accept-language': 'es;q=abc, *;q=-1' },
      { 'accept-language': 'x'.repeat(2000) },
    ),
  });
}

describe('fuzzing every route from its own contract', () => {
  it('answers malformed, hostile and foreign input with a 4xx problem document, never a 5xx', async () => {
    expect(routes.length).toBeGreaterThan(80);
    const statuses = new Map<number, number>();
    // Every route gets its share of runs and of time: none is left to chance.
    const runsPerRoute = Math.max(1, Math.ceil(numRuns / routes.length));
    // At least one whole run per route even on a loaded machine: a spreadsheet template or an export
    // takes longer than a plain read, and a route interrupted before its first run was not fuzzed.
    const timePerRoute = Math.max(2_000, Math.floor(timeLimitMs / routes.length));
    for (const [index, route] of routes.entries()) {
      const property = fc.asyncProperty(requestArbitrary(route), async (sample) => {
        const url = route.url
          .replace(':governmentId', sample.governmentId)
          .replace(/:[A-Za-z]+/g, sample.pathId);
        const body = route.body ? applyMutation(sample.body, sample.bodyMutation) : undefined;
        const query = applyMutation(sample.query, sample.queryMutation);
        const search =
          query && typeof query === 'object' && !Array.isArray(query)
            ? queryString(query as Record<string, unknown>)
            : '';
        const response = await client.request({
          method: route.method as 'GET',
          url: `${url}${search}`,
          headers: sample.header,
          ...(body === undefined || route.method === 'GET' ? {} : { payload: body as object }),
        });
        statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
        const where = `${route.method} ${route.url} → ${response.statusCode}: ${response.body.slice(0, 300)}`;
        expect(response.statusCode, where).toBeLessThan(500);
        if (response.statusCode >= 400) {
          expect(String(response.headers['content-type']), where).toContain('application/problem+json');
          expect((response.json() as { status: number }).status, where).toBe(response.statusCode);
        }
      });
      const routeSeed = seed + index;
      try {
        await fc.assert(property, {
          seed: routeSeed,
          numRuns: runsPerRoute,
          interruptAfterTimeLimit: timePerRoute,
          markInterruptAsFailure: false,
        });
      } catch (error) {
        throw new Error(
          `Fuzzing ${route.method} ${route.url} failed with seed ${routeSeed} (FUZZ_SEED=${seed}); reproduce with ` +
            `FUZZ_SEED=${seed} npx vitest run --project api tests/api/fuzz.api.test.ts\n${String(error)}`,
        );
      }
    }
    if (process.env.FUZZ_REPORT === 'true') console.log([...statuses].sort((a, b) => a[0] - b[0]));
  }, 120_000);
});
