// A bounded HTTP load on loopback with autocannon, in a process of its own so that the load
// generator does not share the event loop of the server it measures.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const autocannonBin = path.join(path.dirname(require.resolve('autocannon/package.json')), 'autocannon.js');

export type Throughput = {
  requestsPerSecond: number;
  latencyMedianMs: number;
  non2xx: number;
  errors: number;
};

export function measureThroughput(
  url: string,
  options: { seconds: number; connections: number; headers?: Record<string, string> },
): Promise<Throughput> {
  const args = [autocannonBin, '--json', '-c', String(options.connections), '-d', String(options.seconds)];
  for (const [name, value] of Object.entries(options.headers ?? {})) args.push('-H', `${name}=${value}`);
  args.push(url);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited with ${code}`));
      const result = JSON.parse(output) as {
        requests: { average: number };
        latency: { p50: number };
        non2xx: number;
        errors: number;
      };
      resolve({
        requestsPerSecond: result.requests.average,
        latencyMedianMs: result.latency.p50,
        non2xx: result.non2xx,
        errors: result.errors,
      });
    });
  });
}
