import { describe, expect, it } from 'vitest';
import { IatiActivityParser } from './iati.reader';

describe('the IATI reader keeps bounded text', () => {
  it('reads a 2 MB title in chunks but keeps at most 20,000 characters of it', () => {
    const parser = new IatiActivityParser();
    parser.write('<iati-activities version="2.03"><iati-activity><iati-identifier>X-1</iati-identifier>');
    parser.write('<title><narrative>');
    for (let chunk = 0; chunk < 32; chunk += 1) parser.write('a'.repeat(65_536));
    parser.write('</narrative></title></iati-activity></iati-activities>');
    parser.end();
    const [activity] = parser.drain();
    expect(activity?.identifier).toBe('X-1');
    expect(activity?.titles[0]?.text.length).toBe(20_000);
  });
});
