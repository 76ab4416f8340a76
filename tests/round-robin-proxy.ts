import { randomInt } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small reverse proxy on loopback that hands requests to its backends in turn (round robin), as a
 * load balancer in front of several app processes does. It connects to the backends from an address
 * of its own in 127.0.0.0/8, so that what the apps count per client address (the sign-in limiter)
 * belongs to this run alone and never to another test on the same database.
 */
export async function startRoundRobinProxy(backendPorts: number[]) {
  const clientAddress = `127.${randomInt(1, 255)}.${randomInt(1, 255)}.${randomInt(2, 255)}`;
  const served = backendPorts.map(() => 0);
  const isOpen = backendPorts.map(() => true);
  let next = 0;
  const chooseBackend = () => {
    for (let tries = 0; tries < backendPorts.length; tries += 1) {
      const index = next % backendPorts.length;
      next += 1;
      if (isOpen[index]) return index;
    }
    return -1;
  };

  const server = http.createServer((request, response) => {
    const index = chooseBackend();
    if (index < 0) {
      response.writeHead(502).end();
      return;
    }
    served[index] = (served[index] ?? 0) + 1;
    const upstream = http.request(
      {
        host: '127.0.0.1',
        port: backendPorts[index],
        localAddress: clientAddress,
        method: request.method,
        path: request.url,
        headers: request.headers,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'x-served-by': String(index) });
        answer.pipe(response);
      },
    );
    upstream.on('error', () => {
      if (!response.headersSent) response.writeHead(502);
      response.end();
    });
    request.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    clientAddress,
    /** Requests handed to each backend so far. */
    served,
    /** Takes a backend out of the rotation (its process is being stopped). */
    remove(index: number) {
      isOpen[index] = false;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type HttpClient = {
  request: (
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => Promise<HttpAnswer>;
  csrfToken: string;
};
export type HttpAnswer = { status: number; body: unknown; headers: Headers };

async function send(
  base: string,
  method: string,
  url: string,
  body: unknown,
  headers: Record<string, string>,
): Promise<HttpAnswer> {
  const isRaw = body instanceof Buffer;
  const response = await fetch(`${base}${url}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': isRaw ? 'application/xml' : 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: isRaw ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  const isJson = (response.headers.get('content-type') ?? '').includes('json');
  return {
    status: response.status,
    body: isJson && text ? JSON.parse(text) : text,
    headers: response.headers,
  };
}

/** Signs in over real HTTP; the returned client sends the session cookie and the CSRF header. */
export async function signInOverHttp(base: string, email: string, password: string): Promise<HttpClient> {
  const answer = await send(base, 'POST', '/api/auth/sign-in', { email, password }, {});
  if (answer.status !== 200)
    throw new Error(`sign-in failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  const cookie = answer.headers
    .getSetCookie()
    .map((line) => line.split(';')[0] ?? '')
    .find((pair) => pair.startsWith('vinculo_session='));
  if (!cookie) throw new Error('no session cookie');
  const csrfToken = (answer.body as { csrfToken: string }).csrfToken;
  return {
    csrfToken,
    request: (method, url, body, headers = {}) =>
      send(base, method, url, body, { cookie, 'x-csrf-token': csrfToken, ...headers }),
  };
}

export const sendOverHttp = send;
