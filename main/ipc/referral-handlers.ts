// Handlers of the partners.* and referrals.* channels (split from handlers.ts).
import * as referrals from '../services/referrals';
import type { Handlers } from './handlers';

type ReferralChannels = Extract<keyof Handlers, `partners.${string}` | `referrals.${string}`>;

export const referralHandlers: Pick<Handlers, ReferralChannels> = {
  'partners.list': (_input, { sessions }) => referrals.partners(sessions.require()),
  'partners.save': (input, { sessions }) => referrals.savePartner(sessions.require(), input),
  'referrals.list': (input, { sessions }) => referrals.list(sessions.require(), input.limit),
  'referrals.ofCase': (input, { sessions }) => referrals.ofCase(sessions.require(), input.caseId),
  'referrals.propose': (input, { sessions }) => referrals.propose(sessions.require(), input),
  'referrals.decide': (input, { sessions }) => referrals.decide(sessions.require(), input.referralId, input.approve),
  'referrals.withdraw': (input, { sessions }) => referrals.withdraw(sessions.require(), input.referralId),
  'referrals.send': (input, { ctx, sessions }) => referrals.send(ctx, sessions.require(), input.referralId, input.followUpOn),
  'referrals.reminders': (_input, { sessions }) => referrals.reminders(sessions.require()),
  'referrals.progress': (input, { sessions }) => referrals.progress(sessions.require(), input.referralId, input.to, input.followUpOn),
};
