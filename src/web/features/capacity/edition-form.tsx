import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { EditionDetail, UpdateEditionBody } from '../../../contracts/capacity';
import { applyServerErrors, isVersionConflict, translateMessage } from '../../lib/form-errors';
import { Textarea, TextInput } from '../../ui/field';
import { FormAlert } from '../../ui/form-alert';
import { useToast } from '../../ui/toast';
import { useCompleteEdition, useSaveEdition } from './use-capacity';

type AnswerValues = { level: string; evidence: string; note: string };
type FormValues = { assessedOn: string; answers: Record<string, AnswerValues> };

function toValues(edition: EditionDetail): FormValues {
  return {
    assessedOn: edition.assessedOn,
    answers: Object.fromEntries(
      edition.questionnaire.dimensions.map((dimension) => {
        const answer = edition.answers[dimension.key];
        return [
          dimension.key,
          {
            level: answer ? String(answer.level) : '',
            evidence: answer?.evidence ?? '',
            note: answer?.note ?? '',
          },
        ];
      }),
    ),
  };
}

function toBody(values: FormValues, version: number): UpdateEditionBody {
  const answers: UpdateEditionBody['answers'] = {};
  for (const [key, answer] of Object.entries(values.answers)) {
    if (!answer.level) continue;
    answers[key] = { level: Number(answer.level), evidence: answer.evidence, note: answer.note };
  }
  return { assessedOn: values.assessedOn, answers, version };
}

/**
 * The questionnaire of a draft edition: one group per dimension with its five levels described in
 * plain words, and the evidence that levels 3 to 5 need. "Completar" saves and closes the edition.
 */
export function EditionForm({ edition, onReload }: { edition: EditionDetail; onReload: () => void }) {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const save = useSaveEdition(edition.id);
  const complete = useCompleteEdition(edition.id);
  const [submitError, setSubmitError] = useState<unknown>(null);
  // The version this form last saved: saving a draft and then failing to complete it keeps the
  // form (and its errors) on screen while the edition's version has moved on.
  const [savedVersion, setSavedVersion] = useState(edition.version);
  const version = Math.max(savedVersion, edition.version);
  const form = useForm<FormValues>({ defaultValues: toValues(edition) });
  const { errors, isSubmitting } = form.formState;
  const answers = useWatch({ control: form.control, name: 'answers' });
  const threshold = edition.questionnaire.evidenceFromLevel;

  // The same rules as the server, said before asking it: evidence from level 3 up, and every
  // dimension answered to complete.
  const checkAnswers = (values: FormValues, isCompleting: boolean) => {
    let isValid = true;
    for (const dimension of edition.questionnaire.dimensions) {
      const answer = values.answers[dimension.key];
      if (isCompleting && !answer?.level) {
        form.setError(
          `answers.${dimension.key}.level`,
          { type: 'required', message: t('capacity.form.levelRequired') },
          { shouldFocus: isValid },
        );
        isValid = false;
      }
      if (answer && Number(answer.level) >= threshold && answer.evidence.trim() === '') {
        form.setError(
          `answers.${dimension.key}.evidence`,
          { type: 'evidence', message: t('capacity.form.evidenceRequired', { level: threshold }) },
          { shouldFocus: isValid },
        );
        isValid = false;
      }
    }
    return isValid;
  };

  const run = async (values: FormValues, isCompleting: boolean) => {
    setSubmitError(null);
    form.clearErrors();
    if (!checkAnswers(values, isCompleting)) return;
    try {
      const saved = await save.mutateAsync(toBody(values, version));
      setSavedVersion(saved.version);
      if (isCompleting) {
        await complete.mutateAsync(saved.version);
        showToast(t('capacity.form.completed'));
      } else {
        showToast(t('capacity.form.saved'));
      }
    } catch (error) {
      if (!isVersionConflict(error)) applyServerErrors(error, form.setError);
      setSubmitError(error);
    }
  };

  return (
    <form className="form" noValidate onSubmit={form.handleSubmit((values) => run(values, false))}>
      <FormAlert error={submitError} onReload={onReload} />
      <p className="muted">{t('capacity.form.intro', { level: threshold })}</p>
      <TextInput
        type="date"
        label={t('capacity.form.assessedOn')}
        hint={t('capacity.form.assessedOnHint')}
        isRequired
        error={errors.assessedOn}
        {...form.register('assessedOn', { required: 'validation.required' })}
      />
      {edition.questionnaire.dimensions.map((dimension) => {
        const level = Number(answers?.[dimension.key]?.level ?? 0);
        const levelError = errors.answers?.[dimension.key]?.level;
        const errorId = `level-error-${dimension.key}`;
        return (
          <fieldset key={dimension.key} className="fieldset capacity-dimension">
            <legend>{dimension.name}</legend>
            <p className="field-hint">{dimension.question}</p>
            <div className="capacity-levels">
              {dimension.levels.map((item) => {
                const id = `level-${dimension.key}-${item.level}`;
                const name = edition.questionnaire.levels.find((entry) => entry.level === item.level)?.name;
                return (
                  <div key={item.level} className="capacity-level">
                    <input
                      id={id}
                      type="radio"
                      value={String(item.level)}
                      aria-describedby={[`${id}-text`, levelError ? errorId : ''].filter(Boolean).join(' ')}
                      {...form.register(`answers.${dimension.key}.level`)}
                    />
                    <div>
                      <label htmlFor={id} className="capacity-level-name">
                        {item.level} · {name}
                      </label>
                      <p id={`${id}-text`} className="capacity-level-text">
                        {item.description}
                      </p>
                    </div>
                  </div>
                );
              })}
            </div>
            {levelError?.message ? (
              <p id={errorId} className="field-error">
                {translateMessage(t, levelError.message)}
              </p>
            ) : null}
            <TextInput
              label={t('capacity.form.evidence')}
              hint={t('capacity.form.evidenceHint')}
              isRequired={level >= threshold}
              error={errors.answers?.[dimension.key]?.evidence}
              {...form.register(`answers.${dimension.key}.evidence`)}
            />
            <Textarea
              label={t('capacity.form.note')}
              rows={2}
              error={errors.answers?.[dimension.key]?.note}
              {...form.register(`answers.${dimension.key}.note`)}
            />
          </fieldset>
        );
      })}
      <div className="form-actions">
        <button type="submit" className="button button-secondary" disabled={isSubmitting}>
          {isSubmitting ? t('common.saving') : t('capacity.form.saveDraft')}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={isSubmitting}
          onClick={() => void form.handleSubmit((values) => run(values, true))()}
        >
          {t('capacity.form.complete')}
        </button>
      </div>
    </form>
  );
}
