#!/usr/bin/env node
// Writes the OpenAPI document generated from the zod contracts to docs/openapi.json (or stdout).
import { register } from 'tsx/esm/api';

register();
await import('../scripts/openapi.ts');
