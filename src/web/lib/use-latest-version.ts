import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';

/**
 * The version an edit form sends with its save. It starts at the loaded record's; after a version
 * conflict, fetching the latest record moves it on (so that «overwrite» saves over the newer
 * version) and refreshes the cached queries under `staleKey`.
 */
export function useLatestVersion<TRecord extends { version: number }>(
  version: number,
  fetchRecord: () => Promise<TRecord>,
  staleKey: QueryKey,
) {
  const queryClient = useQueryClient();
  const versionRef = useRef(version);
  const fetchLatest = async () => {
    const latest = await fetchRecord();
    versionRef.current = latest.version;
    await queryClient.invalidateQueries({ queryKey: staleKey });
    return latest;
  };
  return { versionRef, fetchLatest };
}
