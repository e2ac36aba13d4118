import { defaultScheduleId } from '../content/healing';
import { type TimelineUrlState, timelineDefaults } from '../lib/timeline-url';

/**
 * The healing timeline's slice of the store (issue #4): plain data, the same shape as its link.
 * `day` is days since the start of the schedule (fractional while playing).
 */
export type TimelineState = TimelineUrlState;

export const initialTimeline = (): TimelineState => timelineDefaults(defaultScheduleId);
