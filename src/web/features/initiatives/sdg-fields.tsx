import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../../ui/field';
import { Loading } from '../../ui/states';
import { useSdgList } from './use-initiatives';

type SdgFieldProps = {
  value: string[];
  onChange: (value: string[]) => void;
  error?: { message?: string };
};

const goalCodes = Array.from({ length: 17 }, (_, index) => String(index + 1));

/** The 17 SDGs with their official UN names in the UI language (numbers alone while they load). */
export function SdgGoalsField({ value, onChange, error }: SdgFieldProps) {
  const { t } = useTranslation();
  const sdg = useSdgList();
  const names = new Map((sdg.data?.goals ?? []).map((goal) => [goal.code, goal.name]));
  return (
    <CheckboxGroup
      legend={t('initiatives.fields.sdgGoals')}
      options={goalCodes.map((code) => ({
        value: code,
        label: names.has(code) ? `${code}. ${names.get(code)}` : t('initiatives.sdgGoal', { code }),
      }))}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}

/** The targets of the chosen goals; a target without its goal is refused by the contract. */
export function SdgTargetsField({ goals, value, onChange, error }: SdgFieldProps & { goals: string[] }) {
  const { t } = useTranslation();
  const sdg = useSdgList();
  if (goals.length === 0) return <p className="muted">{t('initiatives.sdgTargetsNeedGoals')}</p>;
  if (sdg.isLoading) return <Loading />;
  const targets = (sdg.data?.targets ?? []).filter((target) => goals.includes(target.goal));
  return (
    <CheckboxGroup
      legend={t('initiatives.fields.sdgTargets')}
      options={targets.map((target) => ({ value: target.code, label: `${target.code} ${target.name}` }))}
      value={value.filter((code) => goals.includes(code.split('.')[0] ?? ''))}
      onChange={onChange}
      error={error}
    />
  );
}
