import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// A fresh clone has nothing beside it: no sibling data folder, no sibling checkout. Every path that the
// code, the tests, the benchmark or the scripts read must stay inside the repository (vendored data
// lives in data/, test fixtures in data/fixtures/, provenance in data/SOURCES.md).
const root = path.resolve(import.meta.dirname, '../..');
const scannedFolders = ['src', 'tests', 'bench', 'scripts'];
const scannedExtensions = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;
// The name of the folder that sits beside the repository where it was first developed; built here so
// that this file names no such path itself.
const siblingName = ['sha', 'red'].join('');
const namesSiblingData = new RegExp(`(['"\`])[^'"\`\n]*\\b${siblingName}\\/data\\b[^'"\`\n]*\\1`, 'g');
const joinsSibling = new RegExp(`['"\`]\\.\\.['"\`]\\s*,\\s*['"\`]${siblingName}['"\`]`, 'g');

/** Paths in one file's text that point outside the repository, with the reason for each. */
function findOutsidePaths(file: string, text: string): string[] {
  const findings: string[] = [];
  const directory = path.dirname(file);
  const isInside = (target: string) => {
    const relative = path.relative(root, target);
    return relative === '' || !(relative.startsWith('..') || path.isAbsolute(relative));
  };
  for (const match of text.matchAll(/(['"`])((?:\.\.?)(?:\/[^'"`\s]*)?)\1/g)) {
    const literal = match[2] as string;
    const index = match.index ?? 0;
    // File-relative when the statement anchors it to the file (import specifiers, import.meta, dirname);
    // otherwise it may be resolved against the working directory, the repository root, too.
    const before = text.slice(Math.max(0, index - 200), index);
    const after = text.slice(index + match[0].length, index + match[0].length + 40);
    const isAnchored =
      /import\.meta|__dirname|dirname\(|\bfrom\s*$|import\(\s*$|import\s*$|glob[^(]*\(\s*$/.test(before) ||
      /^\s*,\s*import\.meta\.url/.test(after);
    if (!isInside(path.resolve(directory, literal))) findings.push(`${literal}: leaves the repository`);
    else if (!isAnchored && literal.startsWith('../') && !isInside(path.resolve(root, literal)))
      findings.push(`${literal}: leaves the repository when resolved from the working directory`);
  }
  for (const match of text.matchAll(namesSiblingData))
    findings.push(`${match[0]}: names the sibling data folder`);
  for (const match of text.matchAll(joinsSibling))
    findings.push(`${match[0]}: joins a path to a sibling folder`);
  for (const match of text.matchAll(/(['"`])\/(?:work|home|Users)\/[^'"`\n]*\1/g))
    findings.push(`${match[0]}: an absolute path of one machine`);
  return findings;
}

function listFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : listFiles(full);
    return scannedExtensions.test(entry.name) ? [full] : [];
  });
}

describe('the repository stands on its own', () => {
  it('recognises the paths that used to leave it', () => {
    const { examples } = JSON.parse(
      readFileSync(path.join(root, 'data/fixtures/self-contained/examples.json'), 'utf8'),
    ) as { examples: { file: string; text: string; isOutside: boolean }[] };
    expect(examples.filter((example) => example.isOutside).length).toBeGreaterThanOrEqual(4);
    for (const example of examples) {
      const findings = findOutsidePaths(path.join(root, example.file), example.text);
      if (example.isOutside) expect(findings, example.text).not.toEqual([]);
      else expect(findings, example.text).toEqual([]);
    }
  });

  it(`no file under ${scannedFolders.join(', ')} reads outside the repository`, () => {
    // This file is skipped: its patterns spell the relative prefixes they look for.
    const files = scannedFolders
      .flatMap((folder) => listFiles(path.join(root, folder)))
      .filter((file) => file !== import.meta.filename);
    expect(files.length).toBeGreaterThan(100);
    const findings = files.flatMap((file) =>
      findOutsidePaths(file, readFileSync(file, 'utf8')).map(
        (finding) => `${path.relative(root, file)}: ${finding}`,
      ),
    );
    expect(findings).toEqual([]);
  });
});
