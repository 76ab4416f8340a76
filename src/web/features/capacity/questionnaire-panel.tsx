import { type ChangeEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type AssociationQuestionnaireSetting,
  questionnaireUploadMaxBytes,
  type UploadQuestionnaireBody,
} from '../../../contracts/capacity';
import { isApiError } from '../../lib/api-client';
import { describeError } from '../../lib/form-errors';
import { formatDateTime, formatNumber } from '../../lib/format';
import { DataTable } from '../../ui/data-table';
import { FormAlert } from '../../ui/form-alert';
import { Badge, ErrorState, Loading } from '../../ui/states';
import { useToast } from '../../ui/toast';
import { governmentPath, useGovernment } from '../auth/government-context';
import { useAdoptQuestionnaire, useQuestionnaireSetting, useUploadQuestionnaire } from './use-capacity';

/** A choice of the adoption form: "instance:<id>" or "own:<id>". */
function choiceKey(source: 'instance' | 'own', questionnaireId: string) {
  return `${source}:${questionnaireId}`;
}

/**
 * The questionnaire the association compares its members on: one of the instance's, or its own,
 * uploaded as a file (the instance's is offered as a starting point). Its admin adopts and uploads.
 */
export function QuestionnairePanel() {
  const { t, i18n } = useTranslation();
  const { governmentId, isAdmin } = useGovernment();
  const setting = useQuestionnaireSetting();
  const data = setting.data;
  return (
    <section className="capacity-section" aria-labelledby="network-questionnaire">
      <h2 id="network-questionnaire">{t('capacity.questionnaires.title')}</h2>
      {setting.isLoading ? <Loading /> : null}
      {setting.isError ? <ErrorState error={setting.error} onRetry={() => void setting.refetch()} /> : null}
      {data ? (
        <>
          <p>
            {t('capacity.questionnaires.adopted', {
              title: data.adopted.title,
              version: formatNumber(data.adopted.version, i18n.language),
              count: data.adopted.dimensions,
            })}{' '}
            <Badge tone={data.source === 'own' ? 'success' : 'neutral'}>
              {t(`capacity.questionnaires.source.${data.source}`)}
            </Badge>
          </p>
          <p className="muted">{t('capacity.questionnaires.intro')}</p>
          <p>
            <a
              className="button button-secondary"
              href={`/api${governmentPath(governmentId, '/capacity/questionnaire/file')}`}
              download
            >
              {t('capacity.questionnaires.download')}
            </a>
          </p>
          {isAdmin ? <AdoptForm key={`${data.version}-${data.own.length}`} setting={data} /> : null}
          {isAdmin ? <UploadForm /> : null}
          <OwnVersions setting={data} />
        </>
      ) : null}
    </section>
  );
}

function AdoptForm({ setting }: { setting: AssociationQuestionnaireSetting }) {
  const { t, i18n } = useTranslation();
  const { showToast } = useToast();
  const adopt = useAdoptQuestionnaire();
  const name = useId();
  const [choice, setChoice] = useState(choiceKey(setting.source, setting.adopted.questionnaireId));
  const [error, setError] = useState<unknown>(null);
  // Of the association's own questionnaires, the newest version of each id is the one adopted.
  const own = setting.own.filter(
    (item, index, all) => all.findIndex((other) => other.questionnaireId === item.questionnaireId) === index,
  );
  const options = [
    ...setting.instance.map((item) => ({
      key: choiceKey('instance', item.questionnaireId),
      item,
      source: 'instance' as const,
    })),
    ...own.map((item) => ({ key: choiceKey('own', item.questionnaireId), item, source: 'own' as const })),
  ];
  return (
    <form
      className="form"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        setError(null);
        const selected = options.find((option) => option.key === choice);
        if (!selected) return;
        try {
          await adopt.mutateAsync({
            source: selected.source,
            questionnaireId: selected.item.questionnaireId,
            version: setting.version,
          });
          showToast(t('capacity.questionnaires.adoptedToast'));
        } catch (caught) {
          setError(caught);
        }
      }}
    >
      <FormAlert error={error} />
      <fieldset className="fieldset">
        <legend>{t('capacity.questionnaires.adoptLegend')}</legend>
        <div className="capacity-levels">
          {options.map((option) => {
            const id = `${name}-${option.key}`;
            return (
              <div key={option.key} className="capacity-level">
                <input
                  id={id}
                  type="radio"
                  name={name}
                  value={option.key}
                  checked={choice === option.key}
                  onChange={() => setChoice(option.key)}
                />
                <label htmlFor={id}>
                  {t('capacity.questionnaires.option', {
                    title: option.item.title,
                    version: formatNumber(option.item.version, i18n.language),
                    count: option.item.dimensions,
                  })}{' '}
                  ({t(`capacity.questionnaires.source.${option.source}`)})
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={adopt.isPending}>
          {t('capacity.questionnaires.adopt')}
        </button>
      </div>
    </form>
  );
}

/**
 * Upload of a questionnaire file. The browser reads it and says at once when it is too large or not
 * JSON; the server checks everything else and names each problem at its place in the file.
 */
function UploadForm() {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const upload = useUploadQuestionnaire();
  const id = useId();
  const [fileError, setFileError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [inputKey, setInputKey] = useState(0);
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    setFileError(null);
    setError(null);
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > questionnaireUploadMaxBytes) {
      setFileError(
        t('capacity.questionnaires.tooLarge', { size: Math.round(questionnaireUploadMaxBytes / 1024) }),
      );
      return;
    }
    let questionnaire: unknown;
    try {
      questionnaire = JSON.parse(await file.text());
    } catch {
      setFileError(t('capacity.questionnaires.notJson'));
      return;
    }
    try {
      await upload.mutateAsync({ questionnaire } as UploadQuestionnaireBody);
      showToast(t('capacity.questionnaires.uploaded'));
      setInputKey((key) => key + 1);
    } catch (caught) {
      setError(caught);
    }
  };
  const fieldErrors = isApiError(error) ? (error.problem.errors ?? []) : [];
  return (
    <div className="form">
      <div className="field">
        <label htmlFor={`${id}-file`} className="field-label">
          {t('capacity.questionnaires.file')}
        </label>
        <p id={`${id}-file-hint`} className="field-hint">
          {t('capacity.questionnaires.fileHint', { size: Math.round(questionnaireUploadMaxBytes / 1024) })}
        </p>
        <input
          key={inputKey}
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          aria-describedby={`${id}-file-hint`}
          disabled={upload.isPending}
          onChange={(event) => void onFile(event)}
        />
      </div>
      {fileError ? (
        <p className="alert alert-error" role="alert">
          {fileError}
        </p>
      ) : null}
      {error ? (
        <div className="alert alert-error" role="alert">
          <p>{fieldErrors.length > 0 ? t('capacity.questionnaires.invalidFile') : describeError(t, error)}</p>
          {fieldErrors.length > 0 ? (
            <ul>
              {fieldErrors.map((fieldError) => (
                <li key={`${fieldError.field}-${fieldError.code}`}>
                  <code>{fieldError.field.replace(/^(body\.)?questionnaire\.?/, '') || '—'}</code>
                  {': '}
                  {fieldError.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

function OwnVersions({ setting }: { setting: AssociationQuestionnaireSetting }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  if (setting.own.length === 0) return <p>{t('capacity.questionnaires.noOwn')}</p>;
  return (
    <DataTable
      caption={t('capacity.questionnaires.ownCaption')}
      rows={setting.own}
      rowKey={(item) => item.id}
      columns={[
        {
          key: 'title',
          header: t('capacity.questionnaires.name'),
          isRowHeader: true,
          render: (item) => item.title,
        },
        {
          key: 'id',
          header: t('capacity.questionnaires.identifier'),
          render: (item) => <code>{item.questionnaireId}</code>,
        },
        {
          key: 'version',
          header: t('capacity.questionnaires.version'),
          isNumeric: true,
          render: (item) => formatNumber(item.version, language),
        },
        {
          key: 'dimensions',
          header: t('capacity.questionnaires.dimensions'),
          isNumeric: true,
          render: (item) => formatNumber(item.dimensions, language),
        },
        {
          key: 'uploaded',
          header: t('capacity.questionnaires.uploadedAt'),
          render: (item) => formatDateTime(item.createdAt, language),
        },
      ]}
    />
  );
}
