import { type ComponentProps, type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { translateMessage } from '../lib/form-errors';

type FieldError = { message?: string } | undefined;

type FieldShellProps = {
  id: string;
  label: string;
  hint?: string;
  error?: FieldError;
  isRequired?: boolean;
  className?: string;
  children: (ids: { describedBy: string | undefined; isInvalid: boolean }) => ReactNode;
};

/** Label, hint and error wired to one control with aria-describedby and aria-invalid. */
export function FieldShell({ id, label, hint, error, isRequired, className, children }: FieldShellProps) {
  const { t } = useTranslation();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error?.message ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${error?.message ? 'field-invalid' : ''} ${className ?? ''}`}>
      <div className="field-label-row">
        <label htmlFor={id} className="field-label">
          {label}
        </label>
        {/* The asterisk is visual only: the control itself carries aria-required. */}
        {isRequired ? (
          <span className="field-required" aria-hidden="true">
            *
          </span>
        ) : null}
      </div>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children({ describedBy, isInvalid: Boolean(error?.message) })}
      {errorId ? (
        <p id={errorId} className="field-error">
          {translateMessage(t, error?.message)}
        </p>
      ) : null}
    </div>
  );
}

type CommonProps = {
  label: string;
  hint?: string;
  error?: FieldError;
  isRequired?: boolean;
  className?: string;
};

type ControlAttributes = {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  'aria-required': true | undefined;
};

type ShellProps = CommonProps & { id?: string };

/** Separates what the FieldShell shows from the attributes that go to the native control. */
function splitShellProps<TProps extends ShellProps>(props: TProps) {
  const { label, hint, error, isRequired, className, id, ...control } = props;
  return { shell: { label, hint, error, isRequired, className, id }, control };
}

/** A native control in its FieldShell: an id of its own unless given, and the aria wiring of the shell. */
function ShellControl({
  id,
  label,
  hint,
  error,
  isRequired,
  className,
  children,
}: ShellProps & { children: (attributes: ControlAttributes) => ReactNode }) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  return (
    <FieldShell
      id={inputId}
      label={label}
      hint={hint}
      error={error}
      isRequired={isRequired}
      className={className}
    >
      {({ describedBy, isInvalid }) =>
        children({
          id: inputId,
          'aria-invalid': isInvalid || undefined,
          'aria-describedby': describedBy,
          'aria-required': isRequired || undefined,
        })
      }
    </FieldShell>
  );
}

export function TextInput(props: CommonProps & ComponentProps<'input'>) {
  const { shell, control } = splitShellProps(props);
  return (
    <ShellControl {...shell}>
      {(attributes) => <input {...attributes} className="input" {...control} />}
    </ShellControl>
  );
}

export function Textarea(props: CommonProps & ComponentProps<'textarea'>) {
  const { shell, control } = splitShellProps(props);
  return (
    <ShellControl {...shell}>
      {(attributes) => <textarea {...attributes} className="input textarea" rows={4} {...control} />}
    </ShellControl>
  );
}

export type SelectOption = { value: string; label: string };

type SelectProps = CommonProps & ComponentProps<'select'> & { options: SelectOption[]; placeholder?: string };

export function Select({ options, placeholder, ...props }: SelectProps) {
  const { shell, control } = splitShellProps(props);
  return (
    <ShellControl {...shell}>
      {(attributes) => (
        <select {...attributes} className="input select" {...control}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </ShellControl>
  );
}

export function Checkbox({
  label,
  hint,
  error,
  className,
  id,
  ...props
}: CommonProps & ComponentProps<'input'>) {
  const { t } = useTranslation();
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error?.message ? `${inputId}-error` : undefined;
  return (
    <div className={`field field-checkbox ${className ?? ''}`}>
      <input
        id={inputId}
        type="checkbox"
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        aria-invalid={errorId ? true : undefined}
        {...props}
      />
      <label htmlFor={inputId}>{label}</label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {errorId ? (
        <p id={errorId} className="field-error">
          {translateMessage(t, error?.message)}
        </p>
      ) : null}
    </div>
  );
}

type CheckboxGroupProps = {
  legend: string;
  options: SelectOption[];
  value: string[];
  onChange: (value: string[]) => void;
  error?: FieldError;
};

/** A fieldset of checkboxes for a multi-valued field (themes, strategy lines). */
export function CheckboxGroup({ legend, options, value, onChange, error }: CheckboxGroupProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset
      className="fieldset checkbox-group"
      aria-describedby={error?.message ? `${id}-error` : undefined}
    >
      <legend>{legend}</legend>
      <div className="checkbox-grid">
        {options.map((option) => (
          <label key={option.value} className="checkbox-option">
            <input
              type="checkbox"
              checked={value.includes(option.value)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? [...value, option.value]
                    : value.filter((item) => item !== option.value),
                )
              }
            />
            {option.label}
          </label>
        ))}
      </div>
      {error?.message ? (
        <p id={`${id}-error`} className="field-error">
          {translateMessage(t, error.message)}
        </p>
      ) : null}
    </fieldset>
  );
}
