import { describe, expect, it } from 'vitest';
import { issueToField } from './errors';

describe('zod issue mapping', () => {
  it('keeps the message keys the contracts name', () => {
    expect(
      issueToField({ code: 'custom', message: 'validation.validToBeforeValidFrom', path: ['validTo'] }),
    ).toEqual({
      field: 'validTo',
      key: 'validation.validToBeforeValidFrom',
      code: 'custom',
    });
  });

  it('maps zod’s own codes to messages people understand', () => {
    expect(issueToField({ code: 'invalid_type', message: 'x', path: ['name'], input: undefined }).key).toBe(
      'validation.required',
    );
    expect(issueToField({ code: 'invalid_type', message: 'x', path: ['population'], input: 'mil' }).key).toBe(
      'validation.invalidType',
    );
    expect(issueToField({ code: 'too_big', message: 'x', path: ['name'], origin: 'string' }).key).toBe(
      'validation.tooLong',
    );
    expect(issueToField({ code: 'invalid_format', message: 'x', path: ['email'], format: 'email' }).key).toBe(
      'validation.invalidEmail',
    );
    expect(issueToField({ code: 'unrecognized_keys', message: 'x', path: [], keys: ['foo'] })).toMatchObject({
      key: 'validation.unrecognizedKeys',
      params: { keys: 'foo' },
    });
  });

  it('joins nested paths with dots, as forms name their fields', () => {
    expect(
      issueToField({ code: 'custom', message: 'validation.invalidEmail', path: ['contacts', 0, 'email'] })
        .field,
    ).toBe('contacts.0.email');
  });
});
