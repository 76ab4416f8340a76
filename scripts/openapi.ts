import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../src/server/main';
import { loadConfig } from '../src/server/platform/config';
import { openDatabase } from '../src/server/platform/db';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }, { webDistDir: '/nonexistent' });
const database = await openDatabase({ isInMemory: true });
const app = await buildApp({ config, database, isLogging: false });
await app.ready();
// One line: the document repeats every contract schema per route, and indented it passed 5 MB.
const document = `${JSON.stringify(app.swagger())}\n`;
await app.close();
await database.close();
if (process.argv.includes('--stdout')) process.stdout.write(document);
else writeFileSync(path.join(root, 'docs/openapi.json'), document);
