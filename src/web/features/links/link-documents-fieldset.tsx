import {
  type Control,
  type FieldErrors,
  type UseFormRegister,
  type UseFormSetValue,
  useFieldArray,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { documentKinds, type LinkInput } from '../../../contracts/links';
import { enumOptions } from '../../lib/enum-options';
import { Select, TextInput } from '../../ui/field';
import { emptyDocument, type LinkFormValues } from './link-form-values';

type Props = {
  control: Control<LinkFormValues, unknown, LinkInput>;
  register: UseFormRegister<LinkFormValues>;
  setValue: UseFormSetValue<LinkFormValues>;
  errors: FieldErrors<LinkFormValues>;
};

/** Document metadata (the signed text, the council act...): title, kind, where it is, when issued. */
export function LinkDocumentsFieldset({ control, register, setValue, errors }: Props) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name: 'documents', keyName: 'fieldKey' });
  return (
    <fieldset className="fieldset">
      <legend>{t('links.sections.documents')}</legend>
      {fields.length === 0 ? <p className="muted">{t('links.noDocuments')}</p> : null}
      {fields.map((field, index) => {
        const number = index + 1;
        const itemErrors = errors.documents?.[index];
        return (
          <fieldset key={field.fieldKey} className="fieldset nested-fieldset">
            <legend>{t('links.documentItem', { number })}</legend>
            <div className="form-grid">
              <TextInput
                label={t('links.fields.documentTitle')}
                isRequired
                error={itemErrors?.title}
                {...register(`documents.${index}.title`)}
              />
              <Select
                label={t('links.fields.documentKind')}
                options={enumOptions(t, 'documentKind', documentKinds)}
                error={itemErrors?.kind}
                {...register(`documents.${index}.kind`)}
              />
              <TextInput
                label={t('links.fields.documentUrl')}
                type="url"
                error={itemErrors?.url}
                {...register(`documents.${index}.url`)}
              />
              <TextInput
                label={t('links.fields.documentIssuedOn')}
                type="date"
                error={itemErrors?.issuedOn}
                {...register(`documents.${index}.issuedOn`)}
              />
              <TextInput
                label={t('links.fields.documentFileName')}
                error={itemErrors?.fileName}
                {...register(`documents.${index}.fileName`)}
              />
              <TextInput
                label={t('links.fields.documentFromFile')}
                hint={t('links.hints.documentFromFile')}
                type="file"
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  if (!file) return;
                  setValue(`documents.${index}.fileName`, file.name, { shouldDirty: true });
                  setValue(`documents.${index}.mediaType`, file.type, { shouldDirty: true });
                  setValue(`documents.${index}.sizeBytes`, String(file.size), { shouldDirty: true });
                }}
              />
            </div>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => remove(index)}
            >
              {t('links.removeDocument', { number })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="button button-secondary" onClick={() => append({ ...emptyDocument })}>
        {t('links.addDocument')}
      </button>
    </fieldset>
  );
}
