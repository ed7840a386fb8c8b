// Handlers of the retention.* channels, the legal hold included (main/services/retention.ts).
import * as retention from '../services/retention';
import type { Handlers } from './handlers';

type RetentionChannels = Extract<keyof Handlers, `retention.${string}`>;

export const retentionHandlers: Pick<Handlers, RetentionChannels> = {
  'retention.get': (_input, { sessions }) => retention.getRetention(sessions.require()),
  'retention.set': (input, { sessions }) => retention.setRetention(sessions.require(), input.periods),
  'retention.preview': (_input, { sessions }) => retention.previewRetention(sessions.require()),
  'retention.purge': (_input, { sessions, imports }) => retention.purgeNow(sessions.require(), imports.busy()),
  'retention.setHold': (input, { sessions }) => retention.setHold(sessions.require(), input.caseId, input.hold, input.reason),
};
