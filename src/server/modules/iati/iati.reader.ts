// Streaming reader of IATI activity files: one activity at a time, whatever the size of the file.
// saxes parses 64 KiB chunks; only the strings the catalogue needs are kept, and only while the
// activity is open, so memory stays flat as files grow.
import { createReadStream } from 'node:fs';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { Narrative, RawActivity, RawTransaction } from '../../../domain/iati-activity';
import { SubtreeFilter } from './iati.prefilter';

/** The most characters of one text node kept while reading (a title, a narrative, a value). */
const maxGatheredText = 20_000;

export type ReadProgress = {
  /** Activities completed since the previous step. */
  activities: RawActivity[];
  bytesRead: number;
};

export type ReadSummary = { rootName: string | null; fileErrors: string[] };

/** The text a collector is filling; decided when its element opens, assigned when it closes. */
type TextTarget =
  | 'identifier'
  | 'narrative'
  | 'titleText'
  | 'descriptionText'
  | 'transactionType'
  | 'transactionValue';

const maxErrorsPerActivity = 20;
const maxFileErrors = 100;

function newActivity(index: number, attributes: Record<string, string>): RawActivity {
  return {
    index,
    identifier: null,
    lang: attributes['xml:lang'] ?? null,
    defaultCurrency: attributes['default-currency'] ?? null,
    reportingOrg: null,
    titles: [],
    descriptions: [],
    activityStatus: null,
    activityDates: [],
    recipientCountries: [],
    recipientRegions: [],
    sectors: [],
    transactions: [],
    parseErrors: [],
    isIncomplete: false,
  };
}

function allocationOf(attributes: Record<string, string>) {
  return {
    code: attributes.code ?? null,
    vocabulary: attributes.vocabulary ?? null,
    percentage: attributes.percentage ?? null,
  };
}

/**
 * A push parser of IATI activities: feed it text, take the completed activities. Exposed apart from
 * the file reader so that the benchmark and tests can drive it over any source.
 */
export class IatiActivityParser {
  readonly completed: RawActivity[] = [];
  rootName: string | null = null;
  readonly fileErrors: string[] = [];

  private readonly parser = new SaxesParser({ xmlns: false, position: false });
  private readonly stack: string[] = [];
  private current: RawActivity | null = null;
  private activityDepth = 0;
  private activityCount = 0;
  private transaction: RawTransaction | null = null;
  private narrativeOwner: Narrative[] | null = null;
  private narrativeLang: string | null = null;
  // Text is gathered in parts and joined once: no per-character concatenation.
  private textParts: string[] | null = null;
  private textTarget: TextTarget | null = null;
  private textDepth = 0;
  private textLength = 0;
  private legacyText = '';
  private readonly filter: SubtreeFilter | null;

  /** `isFiltering: false` hands every byte to saxes (the tests compare both ways). */
  constructor(options: { isFiltering?: boolean } = {}) {
    this.filter = options.isFiltering === false ? null : new SubtreeFilter();
    this.parser.on('opentag', (tag) => this.open(tag));
    this.parser.on('closetag', () => this.close());
    this.parser.on('text', (text) => this.gatherText(text));
    this.parser.on('cdata', (text) => this.gatherText(text));
    this.parser.on('error', (error) => {
      // saxes goes on after a reported error: the rest of the file is still read.
      const message = error.message;
      if (this.current) {
        if (this.current.parseErrors.length < maxErrorsPerActivity) this.current.parseErrors.push(message);
      } else if (this.fileErrors.length < maxFileErrors) this.fileErrors.push(message);
    });
  }

  write(chunk: string): void {
    this.parser.write(this.filter ? this.filter.push(chunk) : chunk);
  }

  end(): void {
    if (this.filter) this.parser.write(this.filter.end());
    this.parser.close();
    // An activity left open by a truncated file is reported, not imported half-read.
    if (this.current) {
      this.current.isIncomplete = true;
      this.completed.push(this.current);
      this.current = null;
    }
  }

  /** Takes the activities completed so far. */
  drain(): RawActivity[] {
    return this.completed.splice(0, this.completed.length);
  }

  // A publisher's 30 MB title is not kept whole in memory: past this, the text is cut (and the
  // activity's fields are cut again to their own bounds when mapped).
  private gatherText(text: string) {
    if (!this.textParts || this.textLength >= maxGatheredText) return;
    const part = text.slice(0, maxGatheredText - this.textLength);
    this.textParts.push(part);
    this.textLength += part.length;
  }

  private startText(target: TextTarget) {
    this.textParts = [];
    this.textLength = 0;
    this.textTarget = target;
    this.textDepth = this.stack.length;
  }

  private open(tag: SaxesTagPlain) {
    const name = tag.name;
    const attributes = tag.attributes as Record<string, string>;
    this.stack.push(name);
    if (!this.current) {
      if (this.stack.length === 1) this.rootName = name;
      if (name === 'iati-activity') {
        this.current = newActivity(this.activityCount, attributes);
        this.activityCount += 1;
        this.activityDepth = this.stack.length;
      }
      return;
    }
    const activity = this.current;
    const depth = this.stack.length - this.activityDepth;
    if (depth === 1) {
      switch (name) {
        case 'iati-identifier':
          this.startText('identifier');
          return;
        case 'reporting-org':
          activity.reportingOrg = {
            ref: attributes.ref ?? null,
            type: attributes.type ?? null,
            narratives: [],
          };
          this.narrativeOwner = activity.reportingOrg.narratives;
          return;
        case 'title':
          this.narrativeOwner = activity.titles;
          this.startText('titleText');
          return;
        case 'description': {
          const description = { type: attributes.type ?? null, narratives: [] as Narrative[] };
          activity.descriptions.push(description);
          this.narrativeOwner = description.narratives;
          this.startText('descriptionText');
          return;
        }
        case 'activity-status':
          activity.activityStatus = attributes.code ?? null;
          return;
        case 'activity-date':
          activity.activityDates.push({
            type: attributes.type ?? null,
            isoDate: attributes['iso-date'] ?? null,
          });
          return;
        case 'recipient-country':
          activity.recipientCountries.push(allocationOf(attributes));
          return;
        case 'recipient-region':
          activity.recipientRegions?.push(allocationOf(attributes));
          return;
        case 'sector':
          activity.sectors.push(allocationOf(attributes));
          return;
        case 'transaction':
          this.transaction = {
            typeCode: null,
            typeText: null,
            value: null,
            currency: null,
            recipientCountry: null,
            recipientRegion: null,
            sectors: [],
          };
          return;
        default:
          return;
      }
    }
    if (depth === 2) {
      if (name === 'narrative' && this.narrativeOwner) {
        this.narrativeLang = attributes['xml:lang'] ?? null;
        this.startText('narrative');
        return;
      }
      if (this.transaction && this.stack[this.activityDepth] === 'transaction') {
        if (name === 'transaction-type') {
          this.transaction.typeCode = attributes.code ?? null;
          this.startText('transactionType');
        } else if (name === 'value') {
          this.transaction.currency = attributes.currency ?? null;
          this.startText('transactionValue');
        } else if (name === 'recipient-country') {
          this.transaction.recipientCountry = attributes.code ?? null;
        } else if (name === 'recipient-region') {
          this.transaction.recipientRegion = {
            code: attributes.code ?? null,
            vocabulary: attributes.vocabulary ?? null,
          };
        } else if (name === 'sector') {
          this.transaction.sectors?.push({
            code: attributes.code ?? null,
            vocabulary: attributes.vocabulary ?? null,
          });
        }
      }
    }
  }

  private finishText() {
    const text = (this.textParts as string[]).join('');
    const target = this.textTarget;
    this.textParts = null;
    this.textTarget = null;
    const activity = this.current as RawActivity;
    switch (target) {
      case 'identifier':
        activity.identifier = text;
        return;
      case 'narrative':
        this.narrativeOwner?.push({ lang: this.narrativeLang, text });
        return;
      case 'titleText':
      case 'descriptionText':
        this.legacyText = text;
        return;
      case 'transactionType':
        if (this.transaction) this.transaction.typeText = text;
        return;
      case 'transactionValue':
        if (this.transaction) this.transaction.value = text;
        return;
      default:
        return;
    }
  }

  private close() {
    const depth = this.stack.length;
    const name = this.stack.pop();
    if (!this.current) return;
    if (this.textParts && depth === this.textDepth) this.finishText();
    const relative = depth - this.activityDepth;
    if (relative === 1) {
      const activity = this.current;
      if (name === 'transaction' && this.transaction) {
        activity.transactions.push(this.transaction);
        this.transaction = null;
      } else if (name === 'title' || name === 'description') {
        // IATI 1.x wrote the title as text of the element itself; 2.x uses narratives.
        const owner = this.narrativeOwner;
        if (owner && owner.length === 0 && this.legacyText.trim())
          owner.push({ lang: activity.lang, text: this.legacyText });
      }
      this.narrativeOwner = null;
      this.legacyText = '';
    } else if (relative === 0) {
      this.completed.push(this.current);
      this.current = null;
      this.transaction = null;
      this.narrativeOwner = null;
      this.textParts = null;
    }
  }
}

/**
 * Reads an IATI activities file as a stream and yields the activities completed after each chunk,
 * with the bytes read so far (for the progress bar). The summary tells the root element and the
 * errors met outside any activity.
 */
export async function* readIatiFile(
  filePath: string,
  options: { highWaterMark?: number; summary?: ReadSummary } = {},
): AsyncGenerator<ReadProgress> {
  const parser = new IatiActivityParser();
  const stream = createReadStream(filePath, { highWaterMark: options.highWaterMark ?? 64 * 1024 });
  const decoder = new TextDecoder('utf-8');
  let bytesRead = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytesRead += chunk.length;
      // stream: true keeps a multi-byte character split across chunks whole.
      parser.write(decoder.decode(chunk, { stream: true }));
      yield { activities: parser.drain(), bytesRead };
    }
    parser.write(decoder.decode());
    parser.end();
  } finally {
    stream.destroy();
    if (options.summary) {
      options.summary.rootName = parser.rootName;
      options.summary.fileErrors.push(...parser.fileErrors);
    }
  }
  yield { activities: parser.drain(), bytesRead };
}
