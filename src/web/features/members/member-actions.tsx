import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../contracts/auth';
import { type Role, roles } from '../../../contracts/common';
import { describeError } from '../../lib/form-errors';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { Select } from '../../ui/field';
import { useToast } from '../../ui/toast';
import { useDepartments } from '../departments/use-departments';
import { useRemoveMember, useSendPasswordReset, useUpdateMember } from './use-members';

type Dialog = 'role' | 'reset' | 'remove' | null;

/** What an admin can do for another member: change the role, send a reset link, remove access. */
export function MemberActions({ member }: { member: Member }) {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [role, setRole] = useState<Role>(member.role);
  const [departmentId, setDepartmentId] = useState(member.departmentId ?? '');
  const [error, setError] = useState<string | null>(null);
  const departments = useDepartments({ pageSize: 200 });
  const updateMember = useUpdateMember();
  const sendReset = useSendPasswordReset();
  const removeMember = useRemoveMember();
  const close = () => {
    setDialog(null);
    setError(null);
  };
  const fail = (failure: unknown) => setError(describeError(t, failure));
  const open = (next: Dialog) => {
    setRole(member.role);
    setDepartmentId(member.departmentId ?? '');
    setError(null);
    setDialog(next);
  };
  const errorAlert = error ? (
    <p className="alert alert-error" role="alert">
      {error}
    </p>
  ) : null;
  return (
    <div className="button-row">
      <button type="button" className="button button-secondary button-small" onClick={() => open('role')}>
        {t('invitations.changeRole')}
        <span className="visually-hidden"> {member.name}</span>
      </button>
      <button type="button" className="button button-secondary button-small" onClick={() => open('reset')}>
        {t('invitations.sendReset')}
        <span className="visually-hidden"> {member.name}</span>
      </button>
      <button type="button" className="button button-danger button-small" onClick={() => open('remove')}>
        {t('invitations.remove')}
        <span className="visually-hidden"> {member.name}</span>
      </button>
      <ConfirmDialog
        isOpen={dialog === 'role'}
        title={t('invitations.changeRoleTitle', { name: member.name })}
        confirmLabel={t('common.saveChanges')}
        isPending={updateMember.isPending}
        onCancel={close}
        onConfirm={() =>
          updateMember.mutate(
            {
              userId: member.userId,
              body: {
                role,
                departmentId: role === 'liaison' && departmentId ? departmentId : null,
                version: member.version,
              },
            },
            {
              onSuccess: () => {
                close();
                showToast(t('invitations.roleChanged', { name: member.name }));
              },
              onError: fail,
            },
          )
        }
      >
        {errorAlert}
        <Select
          label={t('members.fields.role')}
          isRequired
          options={roles.map((item) => ({ value: item, label: t(`roles.${item}`) }))}
          value={role}
          onChange={(event) => setRole(event.target.value as Role)}
        />
        {role === 'liaison' ? (
          <Select
            label={t('members.fields.department')}
            placeholder={t('common.none')}
            options={(departments.data?.items ?? []).map((department) => ({
              value: department.id,
              label: department.name,
            }))}
            value={departmentId}
            onChange={(event) => setDepartmentId(event.target.value)}
          />
        ) : null}
      </ConfirmDialog>
      <ConfirmDialog
        isOpen={dialog === 'reset'}
        title={t('invitations.sendResetTitle', { name: member.name })}
        description={t('invitations.sendResetText', { email: member.email })}
        confirmLabel={t('invitations.sendReset')}
        isPending={sendReset.isPending}
        onCancel={close}
        onConfirm={() =>
          sendReset.mutate(member.userId, {
            onSuccess: () => {
              close();
              showToast(t('invitations.resetSent', { email: member.email }));
            },
            onError: fail,
          })
        }
      >
        {errorAlert}
      </ConfirmDialog>
      <ConfirmDialog
        isOpen={dialog === 'remove'}
        title={t('invitations.removeTitle', { name: member.name })}
        description={t('invitations.removeText')}
        confirmLabel={t('invitations.remove')}
        isDanger
        isPending={removeMember.isPending}
        onCancel={close}
        onConfirm={() =>
          removeMember.mutate(member.userId, {
            onSuccess: () => {
              close();
              showToast(t('invitations.removed', { name: member.name }));
            },
            onError: fail,
          })
        }
      >
        {errorAlert}
      </ConfirmDialog>
    </div>
  );
}
