import { describe, expect, it } from 'vitest';
import { findPasswordProblem } from './password-policy';

describe('password policy', () => {
  it('accepts long phrases without composition rules', () => {
    expect(findPasswordProblem('correct-horse-battery-staple')).toBeNull();
    expect(findPasswordProblem('el río Medellín suena de noche')).toBeNull();
    expect(findPasswordProblem('una-clave-larga-segura')).toBeNull();
  });

  it('refuses short and overlong passwords', () => {
    expect(findPasswordProblem('corta')).toBe('tooShort');
    expect(findPasswordProblem('x'.repeat(201))).toBe('tooLong');
  });

  it('refuses passwords found in breach lists, also padded with digits and symbols', () => {
    expect(findPasswordProblem('password1234')).toBe('common');
    expect(findPasswordProblem('qwerty123456')).toBe('common');
    expect(findPasswordProblem('Password2024!!')).toBe('common');
    expect(findPasswordProblem('iloveyou1234')).toBe('common');
    expect(findPasswordProblem('Contraseña2025')).toBe('common');
    expect(findPasswordProblem('iloveyou iloveyou')).toBe('common');
  });

  it('refuses trivial passwords: spaces, one character, runs', () => {
    expect(findPasswordProblem(' '.repeat(12))).toBe('trivial');
    expect(findPasswordProblem('aaaaaaaaaaaa')).toBe('trivial');
    expect(findPasswordProblem('abababababab')).toBe('trivial');
    expect(findPasswordProblem('123456789012')).toBe('trivial');
    expect(findPasswordProblem('abcdefghijklm')).toBe('trivial');
    expect(findPasswordProblem('987654321098')).toBe('trivial');
  });

  it("refuses the person's own e-mail or name", () => {
    const person = { email: 'maria.restrepo@medellin.gov.co', name: 'María Restrepo Gómez' };
    expect(findPasswordProblem('maria.restrepo@medellin.gov.co', person)).toBe('personal');
    expect(findPasswordProblem('maria.restrepo2025', person)).toBe('personal');
    expect(findPasswordProblem('MariaRestrepoGomez', person)).toBe('personal');
    expect(findPasswordProblem('restrepo restrepo!', person)).toBe('personal');
    expect(
      findPasswordProblem('jefaoficina2025', { email: 'jefa@alcaldia.gov.co', name: 'Jefa de la oficina' }),
    ).toBe('personal');
    expect(findPasswordProblem('el río Medellín suena de noche', person)).toBeNull();
  });
});
