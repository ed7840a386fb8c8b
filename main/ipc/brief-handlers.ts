// Handlers of the briefs.* channels (split from handlers.ts).
import * as briefs from '../services/briefs';
import type { Handlers } from './handlers';

type BriefChannels = Extract<keyof Handlers, `briefs.${string}`>;

export const briefHandlers: Pick<Handlers, BriefChannels> = {
  'briefs.list': (input, { sessions }) => briefs.list(sessions.require(), input.limit),
  'briefs.get': (input, { sessions }) => briefs.get(sessions.require(), input.briefId),
  'briefs.create': (input, { sessions }) => briefs.create(sessions.require(), input),
  'briefs.candidates': (input, { sessions }) => briefs.candidates(sessions.require(), input.briefId, input.query, input.limit),
  'briefs.addVignette': (input, { sessions }) => briefs.addVignette(sessions.require(), input.briefId, input.reportId),
  'briefs.removeVignette': (input, { sessions }) => briefs.removeVignette(sessions.require(), input.briefId, input.position),
  'briefs.setRedactions': (input, { sessions }) => briefs.setRedactions(sessions.require(), input.briefId, input.position, input.spans),
  'briefs.setIntroduction': (input, { sessions }) => briefs.setIntroduction(sessions.require(), input.briefId, input.text),
  'briefs.check': (input, { sessions }) => briefs.check(sessions.require(), input.briefId),
  'briefs.approve': (input, { sessions }) => briefs.approve(sessions.require(), input.briefId),
  'briefs.recipients': (_input, { sessions }) => briefs.recipients(sessions.require()),
  'briefs.setRecipients': (input, { sessions }) => briefs.setRecipients(sessions.require(), input.recipients),
  'briefs.export': (input, { ctx, sessions }) => briefs.exportBrief(ctx, sessions.require(), { id: input.briefId, print: input.print }),
  'briefs.exportTo': (input, { ctx, sessions }) =>
    briefs.exportBrief(ctx, sessions.require(), { id: input.briefId, print: input.print, recipients: input.recipients, directory: input.directory }),
};
