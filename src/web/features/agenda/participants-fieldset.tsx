import {
  type Control,
  type FieldErrors,
  type UseFormRegister,
  type UseFormSetValue,
  useFieldArray,
  useWatch,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { EventInput } from '../../../contracts/agenda';
import { Select, TextInput } from '../../ui/field';
import { useGovernment } from '../auth/government-context';
import { usePartner } from '../partners/use-partners';
import { type EventFormValues, emptyParticipant } from './event-form-values';
import { useDepartmentOptions, usePartnerOptions } from './picker-options';
import { useMemberOptions } from './use-agenda';

type Props = {
  control: Control<EventFormValues, unknown, EventInput>;
  register: UseFormRegister<EventFormValues>;
  setValue: UseFormSetValue<EventFormValues>;
  errors: FieldErrors<EventFormValues>;
};

/** Who took part: the government's own officials and the counterpart's people. */
export function ParticipantsFieldset({ control, register, setValue, errors }: Props) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name: 'participants', keyName: 'fieldKey' });
  return (
    <fieldset className="fieldset">
      <legend>{t('agenda.sections.participants')}</legend>
      {fields.length === 0 ? <p className="muted">{t('agenda.noParticipants')}</p> : null}
      {fields.map((field, index) => (
        <fieldset key={field.fieldKey} className="fieldset nested-fieldset">
          <legend>
            {t('agenda.participantItem', { number: index + 1, side: t(`agenda.sides.${field.side}`) })}
          </legend>
          {field.side === 'own' ? (
            <OwnParticipant
              index={index}
              control={control}
              register={register}
              setValue={setValue}
              errors={errors}
            />
          ) : (
            <PartnerParticipant
              index={index}
              control={control}
              register={register}
              setValue={setValue}
              errors={errors}
            />
          )}
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => remove(index)}
          >
            {t('agenda.removeParticipant', { number: index + 1 })}
          </button>
        </fieldset>
      ))}
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => append(emptyParticipant('own'))}
        >
          {t('agenda.addOwnParticipant')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => append(emptyParticipant('partner'))}
        >
          {t('agenda.addPartnerParticipant')}
        </button>
      </div>
    </fieldset>
  );
}

type RowProps = Props & { index: number };

function NameAndPosition({ index, register, errors }: Pick<RowProps, 'index' | 'register' | 'errors'>) {
  const { t } = useTranslation();
  const itemErrors = errors.participants?.[index];
  return (
    <>
      <TextInput
        label={t('agenda.fields.participantName')}
        isRequired
        error={itemErrors?.name}
        {...register(`participants.${index}.name`)}
      />
      <TextInput
        label={t('agenda.fields.participantPosition')}
        error={itemErrors?.position}
        {...register(`participants.${index}.position`)}
      />
    </>
  );
}

function OwnParticipant({ index, register, setValue, errors }: RowProps) {
  const { t } = useTranslation();
  const { isAdmin } = useGovernment();
  const members = useMemberOptions();
  const departments = useDepartmentOptions();
  const userField = register(`participants.${index}.userId`);
  return (
    <div className="form-grid">
      {isAdmin ? (
        <Select
          label={t('agenda.fields.participantUser')}
          hint={t('agenda.hints.participantUser')}
          placeholder={t('common.none')}
          options={(members.data ?? []).map((member) => ({ value: member.userId, label: member.name }))}
          {...userField}
          onChange={(event) => {
            void userField.onChange(event);
            const member = members.data?.find((item) => item.userId === event.target.value);
            if (!member) return;
            setValue(`participants.${index}.name`, member.name, { shouldValidate: true });
            if (member.departmentId) setValue(`participants.${index}.departmentId`, member.departmentId);
          }}
        />
      ) : null}
      <NameAndPosition index={index} register={register} errors={errors} />
      <Select
        label={t('agenda.fields.participantDepartment')}
        placeholder={t('common.none')}
        options={departments}
        error={errors.participants?.[index]?.departmentId}
        {...register(`participants.${index}.departmentId`)}
      />
    </div>
  );
}

function PartnerParticipant({ index, control, register, setValue, errors }: RowProps) {
  const { t } = useTranslation();
  const partners = usePartnerOptions();
  const partnerId = useWatch({ control, name: `participants.${index}.partnerId` });
  const partner = usePartner(partnerId || '');
  const contacts = partnerId ? (partner.data?.contacts ?? []) : [];
  const contactField = register(`participants.${index}.partnerContactId`);
  return (
    <div className="form-grid">
      <Select
        label={t('agenda.fields.participantPartner')}
        placeholder={t('common.none')}
        options={partners}
        error={errors.participants?.[index]?.partnerId}
        {...register(`participants.${index}.partnerId`)}
      />
      {partnerId ? (
        <Select
          label={t('agenda.fields.participantContact')}
          hint={contacts.length === 0 ? t('agenda.hints.noContacts') : t('agenda.hints.participantContact')}
          placeholder={t('common.none')}
          options={contacts.map((contact) => ({ value: contact.id, label: contact.name }))}
          error={errors.participants?.[index]?.partnerContactId}
          {...contactField}
          onChange={(event) => {
            void contactField.onChange(event);
            const contact = contacts.find((item) => item.id === event.target.value);
            if (!contact) return;
            setValue(`participants.${index}.name`, contact.name, { shouldValidate: true });
            if (contact.position) setValue(`participants.${index}.position`, contact.position);
          }}
        />
      ) : null}
      <NameAndPosition index={index} register={register} errors={errors} />
    </div>
  );
}
