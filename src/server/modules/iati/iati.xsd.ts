// Validation against the official IATI 2.03 XSD with xmllint (libxml2): no JavaScript library
// implements XML Schema 1.0 faithfully, and xmllint is what the IATI community itself uses.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const activitiesSchemaPath = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../data/iati-schemas-2.03/iati-activities-schema.xsd',
);

export type XsdResult =
  | { isAvailable: true; isValid: boolean; errors: string[] }
  | { isAvailable: false; isValid: false; errors: string[] };

const maxErrors = 50;

/** Validates an XML text against the IATI activities schema by piping it to `xmllint --schema`. */
export function validateAgainstActivitiesXsd(xml: string): Promise<XsdResult> {
  return new Promise((resolve) => {
    const child = spawn('xmllint', ['--noout', '--schema', activitiesSchemaPath, '-'], {
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    const stderr: Buffer[] = [];
    let isMissing = false;
    child.on('error', (error: NodeJS.ErrnoException) => {
      isMissing = error.code === 'ENOENT';
      if (!isMissing) stderr.push(Buffer.from(error.message));
    });
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('close', (code) => {
      if (isMissing) {
        resolve({
          isAvailable: false,
          isValid: false,
          errors: ['xmllint is not installed: the XSD was not checked'],
        });
        return;
      }
      const errors = Buffer.concat(stderr)
        .toString('utf8')
        .split('\n')
        .map((line) => line.trim())
        // "- validates" / "- fails to validate" are the summary, not an error.
        .filter((line) => line !== '' && !/^- (validates|fails to validate)$/.test(line))
        .slice(0, maxErrors);
      resolve({ isAvailable: true, isValid: code === 0, errors });
    });
    child.stdin.on('error', () => undefined); // xmllint may exit before reading everything
    child.stdin.end(xml);
  });
}
