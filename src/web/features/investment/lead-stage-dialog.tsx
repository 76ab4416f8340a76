import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeadStage } from '../../../contracts/investment';
import { isApiError } from '../../lib/api-client';
import { translateMessage } from '../../lib/form-errors';
import { currencyDigits } from '../../lib/format';
import { minorToInputText, parseAmountToMinor } from '../../lib/money';
import { Textarea, TextInput } from '../../ui/field';
import { FormAlert } from '../../ui/form-alert';
import { type LeadSummary, parseJobs } from './lead-values';

/** What a refused move may ask for in the dialog, by the field names the server reports. */
export const fixableFields = [
  'reason',
  'expectedAmountMinor',
  'expectedJobs',
  'realisedAmountMinor',
  'createdJobs',
  'establishedOn',
] as const;
type FixableField = (typeof fixableFields)[number];

export type StageRefusal = {
  lead: LeadSummary;
  to: LeadStage;
  fields: FixableField[];
  messages: string[];
  summary: string;
  error: unknown;
};

export type CompletionValues = {
  reason: string;
  announcedOn: string;
  establishedOn: string;
  expectedAmountMinor: number | null;
  expectedJobs: number | null;
  realisedAmountMinor: number | null;
  createdJobs: number | null;
};

type TextValues = Record<FixableField | 'announcedOn', string>;

type LeadStageDialogProps = {
  refusal: StageRefusal | null;
  onClose: () => void;
  onComplete: (refusal: StageRefusal, values: CompletionValues) => Promise<void>;
  onRefusedAgain: (error: unknown) => void;
};

function initialValues(lead: LeadSummary, language: string): TextValues {
  const digits = currencyDigits(lead.currency);
  return {
    reason: '',
    announcedOn: '',
    establishedOn: lead.establishedOn ?? '',
    expectedAmountMinor: minorToInputText(lead.expectedAmountMinor, digits, language),
    expectedJobs: lead.expectedJobs?.toString() ?? '',
    realisedAmountMinor: minorToInputText(lead.realisedAmountMinor, digits, language),
    createdJobs: lead.createdJobs?.toString() ?? '',
  };
}

/**
 * The explanation of a refused move, in a modal dialog. When what is missing can be typed here
 * (amounts, jobs, the date of establishment, a reason), the dialog asks for it and retries the move.
 */
export function LeadStageDialog({ refusal, onClose, onComplete, onRefusedAgain }: LeadStageDialogProps) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const textId = useId();
  const [values, setValues] = useState<TextValues | null>(null);
  const [errors, setErrors] = useState<Partial<Record<FixableField, string>>>({});
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [isPending, setIsPending] = useState(false);
  const current = values ?? (refusal ? initialValues(refusal.lead, i18n.language) : null);
  const change = (name: keyof TextValues, value: string) => {
    if (current) setValues({ ...current, [name]: value });
  };

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (refusal && !dialog.open) dialog.showModal();
    if (!refusal && dialog.open) dialog.close();
  }, [refusal]);

  // A new refusal of another lead starts with that lead's values; a repeated refusal keeps what was typed.
  useEffect(() => {
    if (!refusal) {
      setValues(null);
      return;
    }
    // The server's reasons are listed above the fields; errors under them come from this form.
    setSubmitError(null);
    setErrors({});
  }, [refusal]);

  const stageName = refusal ? t(`investment.stages.${refusal.to}`) : '';
  const canFill = Boolean(refusal && refusal.fields.length > 0);
  const digits = refusal ? currencyDigits(refusal.lead.currency) : 2;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!refusal || !current) return;
    const nextErrors: Partial<Record<FixableField, string>> = {};
    const parsed: CompletionValues = {
      reason: current.reason.trim(),
      announcedOn: current.announcedOn,
      establishedOn: current.establishedOn,
      expectedAmountMinor: null,
      expectedJobs: null,
      realisedAmountMinor: null,
      createdJobs: null,
    };
    for (const field of refusal.fields) {
      const text = current[field].trim();
      if (text === '') {
        nextErrors[field] = 'validation.required';
        continue;
      }
      if (field === 'expectedAmountMinor' || field === 'realisedAmountMinor') {
        const amount = parseAmountToMinor(text, digits);
        if (amount.ok) parsed[field] = amount.minor;
        else nextErrors[field] = 'forms.invalidAmount';
      }
      if (field === 'expectedJobs' || field === 'createdJobs') {
        const jobs = parseJobs(text);
        if (jobs === undefined || jobs === null) nextErrors[field] = 'validation.invalidNumber';
        else parsed[field] = jobs;
      }
    }
    setErrors(nextErrors);
    if (Object.keys(nextErrors).length > 0) return;
    setIsPending(true);
    try {
      await onComplete(refusal, parsed);
    } catch (error) {
      if (isApiError(error) && error.status === 422 && (error.problem.errors ?? []).length > 0)
        onRefusedAgain(error);
      else setSubmitError(error);
    } finally {
      setIsPending(false);
    }
  };

  type FieldOptions = { type?: 'text' | 'date'; inputMode?: 'decimal' | 'numeric'; hint?: string };
  const field = (name: FixableField, label: string, options: FieldOptions = {}) =>
    refusal?.fields.includes(name) && current ? (
      <TextInput
        label={label}
        hint={options.hint}
        type={options.type ?? 'text'}
        inputMode={options.inputMode}
        isRequired
        value={current[name]}
        onChange={(event) => change(name, event.target.value)}
        error={errors[name] ? { message: errors[name] } : undefined}
      />
    ) : null;

  return (
    <dialog
      ref={ref}
      className="dialog"
      role={canFill ? undefined : 'alertdialog'}
      aria-labelledby={titleId}
      aria-describedby={textId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {refusal && current ? (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <h2 id={titleId} className="dialog-title">
            {t('investment.move.refusedTitle', { title: refusal.lead.title, stage: stageName })}
          </h2>
          <div id={textId}>
            <p>{canFill ? t('investment.move.fillText', { stage: stageName }) : refusal.summary}</p>
            {refusal.messages.length > 0 ? (
              <ul>
                {[...new Set(refusal.messages)].map((message) => (
                  <li key={message}>{translateMessage(t, message)}</li>
                ))}
              </ul>
            ) : null}
          </div>
          <FormAlert error={submitError} />
          {refusal.fields.includes('reason') ? (
            <Textarea
              label={refusal.to === 'lost' ? t('investment.move.lostReason') : t('investment.move.reason')}
              isRequired
              value={current.reason}
              onChange={(event) => change('reason', event.target.value)}
              error={errors.reason ? { message: errors.reason } : undefined}
            />
          ) : null}
          <div className="form-grid">
            {field('expectedAmountMinor', t('investment.fields.expectedAmount'), {
              hint: t('investment.hints.amountIn', { currency: refusal.lead.currency }),
              inputMode: 'decimal',
            })}
            {field('expectedJobs', t('investment.fields.expectedJobs'), { inputMode: 'numeric' })}
            {field('realisedAmountMinor', t('investment.fields.realisedAmount'), {
              hint: t('investment.hints.amountIn', { currency: refusal.lead.currency }),
              inputMode: 'decimal',
            })}
            {field('createdJobs', t('investment.fields.createdJobs'), { inputMode: 'numeric' })}
            {field('establishedOn', t('investment.fields.establishedOn'), { type: 'date' })}
            {canFill && refusal.to === 'announced' ? (
              <TextInput
                label={t('investment.fields.announcedOn')}
                hint={t('investment.hints.announcedOn')}
                type="date"
                value={current.announcedOn}
                onChange={(event) => change('announcedOn', event.target.value)}
              />
            ) : null}
          </div>
          <div className="dialog-actions">
            <button type="button" className="button button-secondary" onClick={onClose}>
              {canFill ? t('common.cancel') : t('common.close')}
            </button>
            {canFill ? (
              <button type="submit" className="button button-primary" disabled={isPending}>
                {isPending ? t('common.working') : t('investment.move.saveAndMove', { stage: stageName })}
              </button>
            ) : null}
          </div>
        </form>
      ) : null}
    </dialog>
  );
}
