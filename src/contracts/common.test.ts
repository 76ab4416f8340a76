import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { idSchema } from './common';

describe('record ids in bodies and forms', () => {
  it('an empty or missing id is a required field, a malformed one an invalid id', () => {
    // An empty «Dependencia responsable» said «El identificador no es válido.».
    expect(idSchema.safeParse('').error?.issues[0]?.message).toBe('validation.required');
    expect(z.object({ departmentId: idSchema }).safeParse({}).error?.issues[0]?.message).toBe(
      'validation.required',
    );
    expect(idSchema.safeParse('not-an-id').error?.issues[0]?.message).toBe('validation.invalidId');
    expect(idSchema.safeParse('0b8e0a51-3f4c-4a54-9c52-0c4a2b6f8d11').success).toBe(true);
    expect(idSchema.nullable().safeParse(null).success).toBe(true);
  });
});
