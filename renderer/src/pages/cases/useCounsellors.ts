// The active counsellors (for assigning cases and filtering by assignee).
import { call } from '../../api/client';
import { useLoad } from '../../hooks/useLoad';

const load = () => call('cases.counsellors', {});

export function useCounsellors() {
  return useLoad(load);
}
