import { useTranslation } from 'react-i18next';
import {
  type NetworkRole,
  type NetworkRoleInput,
  networkRoleInputSchema,
  networkRoleKinds,
} from '../../../contracts/diplomacy';
import { useContractForm } from '../../lib/use-contract-form';
import { Select, Textarea, TextInput } from '../../ui/field';
import { FormActions } from '../../ui/form-actions';
import { FormAlert } from '../../ui/form-alert';
import { Loading } from '../../ui/states';
import { useNetworkOptions } from './use-diplomacy';

export type RoleFormValues = {
  networkPartnerId: string;
  kind: string;
  title: string;
  holderName: string;
  startsOn: string;
  endsOn: string;
  notes: string;
};

export function roleToFormValues(role?: NetworkRole): RoleFormValues {
  return {
    networkPartnerId: role?.networkPartnerId ?? '',
    kind: role?.kind ?? 'presidency',
    title: role?.title ?? '',
    holderName: role?.holderName ?? '',
    startsOn: role?.startsOn ?? '',
    endsOn: role?.endsOn ?? '',
    notes: role?.notes ?? '',
  };
}

type RoleFormProps = {
  defaultValues: RoleFormValues;
  submitLabel: string;
  onSubmit: (input: NetworkRoleInput) => Promise<unknown>;
  onCancel: () => void;
};

/** A role the government holds in a network: which, since when, until when, and who holds it. */
export function RoleForm(props: RoleFormProps) {
  const networks = useNetworkOptions();
  if (networks.isLoading) return <Loading />;
  return <RoleFormFields {...props} networkOptions={networks.options} />;
}

function RoleFormFields({
  defaultValues,
  submitLabel,
  onSubmit,
  onCancel,
  networkOptions,
}: RoleFormProps & { networkOptions: Array<{ value: string; label: string }> }) {
  const { t } = useTranslation();
  const { form, submit, alert } = useContractForm<RoleFormValues, NetworkRoleInput>({
    defaultValues,
    schema: networkRoleInputSchema,
    toInput: (values) => values,
    onSubmit,
  });
  const { register, formState } = form;
  const { errors, isSubmitting } = formState;
  return (
    <form onSubmit={submit} noValidate className="form">
      <FormAlert {...alert} />
      <fieldset className="fieldset">
        <legend>{t('diplomacy.sections.role')}</legend>
        <div className="form-grid">
          <Select
            label={t('diplomacy.fields.network')}
            hint={t('diplomacy.hints.roleNetwork')}
            isRequired
            placeholder={networkOptions.length ? t('diplomacy.chooseNetwork') : t('diplomacy.noNetworks')}
            options={networkOptions}
            error={errors.networkPartnerId}
            {...register('networkPartnerId')}
          />
          <Select
            label={t('diplomacy.fields.roleKind')}
            isRequired
            options={networkRoleKinds.map((kind) => ({
              value: kind,
              label: t(`diplomacy.roleKinds.${kind}`),
            }))}
            error={errors.kind}
            {...register('kind')}
          />
          <TextInput
            label={t('diplomacy.fields.roleTitle')}
            hint={t('diplomacy.hints.roleTitle')}
            isRequired
            error={errors.title}
            {...register('title')}
          />
          <TextInput
            label={t('diplomacy.fields.holderName')}
            hint={t('diplomacy.hints.holderName')}
            error={errors.holderName}
            {...register('holderName')}
          />
          <TextInput
            label={t('diplomacy.fields.startsOn')}
            type="date"
            isRequired
            error={errors.startsOn}
            {...register('startsOn')}
          />
          <TextInput
            label={t('diplomacy.fields.endsOn')}
            hint={t('diplomacy.hints.endsOn')}
            type="date"
            error={errors.endsOn}
            {...register('endsOn')}
          />
        </div>
        <Textarea label={t('diplomacy.fields.notes')} error={errors.notes} {...register('notes')} />
      </fieldset>
      <FormActions submitLabel={submitLabel} isSubmitting={isSubmitting} onCancel={onCancel} />
    </form>
  );
}
