import type { SelectOption } from '../../ui/field';
import { useDepartments } from '../departments/use-departments';
import { useInitiatives } from '../initiatives/use-initiatives';
import { useLinks } from '../links/use-links';
import { usePartners } from '../partners/use-partners';

// The pickers of events and commitments are plain selects: a government has at most a few hundred
// departments, partners and links, and a native select is the most accessible chooser there is.

export function useDepartmentOptions(): SelectOption[] {
  const query = useDepartments({ pageSize: 200 });
  return (query.data?.items ?? []).map((item) => ({ value: item.id, label: item.name }));
}

export function usePartnerOptions(): SelectOption[] {
  const query = usePartners({ pageSize: 200, sort: 'name', direction: 'asc' });
  return (query.data?.items ?? []).map((item) => ({ value: item.id, label: item.name }));
}

export function useLinkOptions(): SelectOption[] {
  const query = useLinks({ pageSize: 200, sort: 'title', direction: 'asc' });
  return (query.data?.items ?? []).map((item) => ({ value: item.id, label: item.title }));
}

export function useInitiativeOptions(): SelectOption[] {
  const query = useInitiatives({ pageSize: 500, includeClosed: true });
  return (query.data?.items ?? []).map((item) => ({ value: item.id, label: item.title }));
}
