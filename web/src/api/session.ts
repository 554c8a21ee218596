import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { fetchMe, logout } from './auth.ts';
import { queryKeys } from './query-keys.ts';

export type { Me } from './auth.ts';

export function useMe() {
  return useQuery({ queryKey: queryKeys.me, queryFn: fetchMe, staleTime: 5 * 60_000, retry: false });
}

/**
 * What this user may do, as the server computed it from the contracts' roles: `can('tickets.intake')`.
 * Keys are `<contract set>.<route>` of src/contracts/index.ts (e.g. 'ticketCommands.dispatch').
 */
export function useAbilities(): (ability: string | undefined) => boolean {
  const { data } = useMe();
  return useCallback(
    (ability: string | undefined) => !ability || Boolean(data?.abilities.includes(ability)),
    [data],
  );
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await logout();
    queryClient.clear();
  }, [queryClient]);
}
