// Elides, before saxes sees them, the subtrees of an IATI activity that the catalogue never reads
// (results, locations, documents, budgets, the organisations of each transaction…): about half of
// the bytes of real files. saxes walks every character in JavaScript, so this halves the parsing
// work; the scan here only uses indexOf, which runs as native code. What is kept reaches saxes
// byte for byte, so everything the import interprets is still parsed and checked by saxes.

/** Elements whose content the import does not use; none of them nests inside an element of the same name. */
export const elidedElements = new Set([
  'result',
  'location',
  'document-link',
  'budget',
  'planned-disbursement',
  'contact-info',
  'country-budget-items',
  'policy-marker',
  'related-activity',
  'humanitarian-scope',
  'crs-add',
  'fss',
  'conditions',
  'legacy-data',
  'other-identifier',
  'participating-org',
  'capital-spend',
  'tag',
  'provider-org',
  'receiver-org',
]);

/** Of a transaction, the import reads its type, value, and where and for what when the activity does not say. */
const keptInTransaction = new Set([
  'transaction-type',
  'value',
  'recipient-country',
  'recipient-region',
  'sector',
]);

const transactionEnd = '</transaction';
const namePattern = /[A-Za-z_][\w.:-]*/y;
// The longest opening a decision needs to see whole: "<![CDATA[".
const longestOpening = 9;

/** A push filter over text: `push` returns what may go to the XML parser now, `end` the rest. */
export class SubtreeFilter {
  private pending = '';
  /** The close tag being looked for while inside an elided element, e.g. "</result". */
  private closing: string | null = null;
  private isInTransaction = false;

  push(chunk: string): string {
    return this.scan(this.pending + chunk, false);
  }

  end(): string {
    const rest = this.scan(this.pending, true);
    this.pending = '';
    return rest;
  }

  /** End of a start tag that begins at `start`, skipping quoted attribute values; -1 if not in `text`. */
  private startTagEnd(text: string, start: number): number {
    let quote = 0;
    for (let position = start + 1; position < text.length; position += 1) {
      const code = text.charCodeAt(position);
      if (quote !== 0) {
        if (code === quote) quote = 0;
      } else if (code === 62 /* > */) return position;
      else if (code === 34 /* " */ || code === 39 /* ' */) quote = code;
    }
    return -1;
  }

  private scan(text: string, isFinal: boolean): string {
    const kept: string[] = [];
    let keepFrom = 0;
    let position = 0;
    const wait = (from: number) => {
      // Not enough text to decide: keep it for the next chunk (or, at the end, let saxes judge it).
      if (isFinal) {
        if (this.closing === null) kept.push(text.slice(keepFrom));
        this.pending = '';
      } else {
        if (this.closing === null) kept.push(text.slice(keepFrom, from));
        this.pending = text.slice(from);
      }
      return kept.join('');
    };
    for (;;) {
      if (this.closing !== null) {
        const found = this.findClose(text, position, this.closing);
        // Only a close tag cut by the chunk boundary matters: keep from the last '<' on.
        if (found < 0) return wait(Math.max(position, text.lastIndexOf('<')));
        this.closing = null;
        position = found;
        keepFrom = found;
        continue;
      }
      const open = text.indexOf('<', position);
      if (open < 0) {
        kept.push(text.slice(keepFrom));
        this.pending = '';
        return kept.join('');
      }
      if (!isFinal && open + longestOpening > text.length) return wait(open);
      const next = text.charCodeAt(open + 1);
      if (next === 33 /* ! */) {
        const terminator = text.startsWith('<!--', open)
          ? '-->'
          : text.startsWith('<![CDATA[', open)
            ? ']]>'
            : '>';
        const end = text.indexOf(terminator, open + 2);
        if (end < 0) return wait(open);
        position = end + terminator.length;
        continue;
      }
      if (next === 47 /* / */) {
        if (!isFinal && open + transactionEnd.length + 1 > text.length) return wait(open);
        if (text.startsWith(transactionEnd, open) && /[\s>]/.test(text[open + transactionEnd.length] ?? '>'))
          this.isInTransaction = false;
        position = open + 2;
        continue;
      }
      namePattern.lastIndex = open + 1;
      const name = namePattern.exec(text)?.[0] ?? '';
      // A name cut by the chunk boundary ("<provider-o") cannot be judged yet.
      if (!isFinal && open + 1 + name.length >= text.length) return wait(open);
      const isElided = this.isInTransaction ? !keptInTransaction.has(name) : elidedElements.has(name);
      if (!isElided) {
        if (name === 'transaction') {
          const end = this.startTagEnd(text, open);
          if (end < 0) return wait(open);
          this.isInTransaction = text.charCodeAt(end - 1) !== 47; /* not <transaction/> */
        }
        position = open + 1;
        continue;
      }
      const tagEnd = this.startTagEnd(text, open);
      if (tagEnd < 0) return wait(open);
      kept.push(text.slice(keepFrom, open));
      position = tagEnd + 1;
      keepFrom = position;
      if (text.charCodeAt(tagEnd - 1) !== 47 /* / */) this.closing = `</${name}`;
    }
  }

  /** Position after the close tag, or -1 when it is not in `text` yet. */
  private findClose(text: string, from: number, closing: string): number {
    let position = from;
    for (;;) {
      const at = text.indexOf(closing, position);
      if (at < 0) return -1;
      const end = text.indexOf('>', at + closing.length);
      if (end < 0) return -1;
      // "</location" must not match "</location-reach>": only spaces may follow the name.
      if (text.slice(at + closing.length, end).trim() === '') return end + 1;
      position = at + closing.length;
    }
  }
}
