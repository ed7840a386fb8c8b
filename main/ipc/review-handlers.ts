// Handlers of the review.* channels (the authenticity review; split from handlers.ts).
import * as review from '../services/review';
import type { Handlers } from './handlers';

type ReviewChannels = Extract<keyof Handlers, `review.${string}`>;

export const reviewHandlers: Pick<Handlers, ReviewChannels> = {
  'review.queue': (input, { sessions }) => review.queue(sessions.require(), input),
  'review.report': (input, { sessions }) => review.reviewReport(sessions.require(), input.reportId),
  'review.setVerdict': (input, { sessions }) => review.setVerdict(sessions.require(), input.reportId, input.verdict, input.rationale),
  'review.decide': (input, { sessions }) => review.decideVerdict(sessions.require(), input.verdictId, input.confirm),
  'review.cluster': (input, { sessions }) => review.cluster(sessions.require(), input.reportId),
  'review.setVerdicts': (input, { sessions }) => review.setVerdicts(sessions.require(), input.reportIds, input.verdict, input.rationale),
  'review.weights': (_input, { sessions }) => review.signalWeights(sessions.require().vault.db),
  'review.setWeights': (input, { sessions }) => review.setSignalWeights(sessions.require(), input),
};
