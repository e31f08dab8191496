/**
 * The one vocabulary customers read: what each impact, incident state, component state and
 * day colour is called, and which tone (colour class) it takes. Pages, feeds, badges and
 * messages take their words from here; CSS classes are `state-<tone>` and `bar-<level>`.
 */
import type { Impact, UpdateStatus } from '../input/schema.ts';
import { DEFAULT_LOCALE, message, type Locale, type MessageKey } from '../i18n/catalog.ts';
import type { State } from '../engine/timeline.ts';
import type { DayLevel } from '../engine/days.ts';
import type { IncidentState } from '../engine/incident.ts';
import type { ComponentState } from '../engine/status.ts';

/**
 * A colour and its meaning: the component states plus `none` (a notice, or not tracked).
 * An impact is its own tone: an incident of impact `partial` is shown as `state-partial`.
 */
export type Tone = ComponentState | 'none';

const IMPACT_KEYS = {
  major: 'model.impact.major',
  partial: 'model.impact.partial',
  degraded: 'model.impact.degraded',
  maintenance: 'model.impact.maintenance',
  none: 'model.impact.none',
} as const satisfies Record<Impact, MessageKey>;

const STATE_KEYS = {
  ongoing: 'model.state.ongoing',
  resolved: 'model.state.resolved',
  scheduled: 'model.state.scheduled',
  'in-progress': 'model.state.inProgress',
  completed: 'model.state.completed',
} as const satisfies Record<IncidentState, MessageKey>;

const COMPONENT_STATE_KEYS = {
  operational: 'model.componentState.operational',
  degraded: IMPACT_KEYS.degraded,
  partial: IMPACT_KEYS.partial,
  major: IMPACT_KEYS.major,
  maintenance: 'model.componentState.maintenance',
} as const satisfies Record<ComponentState, MessageKey>;

const DAY_LEVEL_KEYS = {
  ...COMPONENT_STATE_KEYS,
  maintenance: IMPACT_KEYS.maintenance,
  none: 'model.dayLevel.none',
} as const satisfies Record<DayLevel, MessageKey>;

/** A state's words in the middle of a sentence, after a number: "12 min partial outage". */
const STATE_TIME_KEYS = {
  major: 'model.stateTime.major',
  partial: 'model.stateTime.partial',
  degraded: 'model.stateTime.degraded',
  maintenance: 'model.stateTime.maintenance',
} as const satisfies Record<State, MessageKey>;

const UPDATE_STATUS_KEYS = {
  investigating: 'model.update.investigating',
  identified: 'model.update.identified',
  monitoring: 'model.update.monitoring',
  resolved: 'model.update.resolved',
  scheduled: 'model.update.scheduled',
  'in-progress': 'model.update.inProgress',
  completed: 'model.update.completed',
} as const satisfies Record<UpdateStatus, MessageKey>;

const labelsOf = <K extends string>(keys: Record<K, MessageKey>, locale: Locale): Record<K, string> =>
  Object.fromEntries(Object.entries<MessageKey>(keys).map(([name, key]) => [name, message(key, {}, locale)])) as Record<
    K,
    string
  >;

/** Every name customers read, in one language. */
export interface Vocabulary {
  /** How each impact is named. */
  impact: Record<Impact, string>;
  /** How each state of an incident is named. */
  state: Record<IncidentState, string>;
  /** How a component's current state is named. */
  componentState: Record<ComponentState, string>;
  /** What a day bar's colour says. */
  dayLevel: Record<DayLevel, string>;
  /** A state after a number, inside a sentence. */
  stateTime: Record<State, string>;
  /** An update's status, as its heading. */
  updateStatus: Record<UpdateStatus, string>;
  /** The colour key of the day bars, in its order. */
  dayLevelKey: ReadonlyArray<{ level: DayLevel; label: string }>;
}

const vocabularies = new Map<Locale, Vocabulary>();

/**
 * The vocabulary in one language (section 10), from its catalog.
 *
 * @example
 * vocabulary('da').impact.partial //=> 'Delvist nedbrud'
 */
export function vocabulary(locale: Locale = DEFAULT_LOCALE): Vocabulary {
  let words = vocabularies.get(locale);
  if (!words) {
    const dayLevel = labelsOf(DAY_LEVEL_KEYS, locale);
    words = {
      impact: labelsOf(IMPACT_KEYS, locale),
      state: labelsOf(STATE_KEYS, locale),
      componentState: labelsOf(COMPONENT_STATE_KEYS, locale),
      dayLevel,
      stateTime: labelsOf(STATE_TIME_KEYS, locale),
      updateStatus: labelsOf(UPDATE_STATUS_KEYS, locale),
      dayLevelKey: (['operational', 'degraded', 'partial', 'major', 'maintenance', 'none'] as const).map((level) => ({
        level,
        label: dayLevel[level],
      })),
    };
    vocabularies.set(locale, words);
  }
  return words;
}

/** How each impact is named to customers in the site's default language (feeds' machine text, notifications, the scaffold). */
export const IMPACT_LABELS: Record<Impact, string> = vocabulary().impact;

/** How a component's current state is named in the default language (badges). */
export const COMPONENT_STATE_LABELS: Record<ComponentState, string> = vocabulary().componentState;

/**
 * The overall headline for the banner.
 *
 * @example
 * bannerHeadline('operational')       //=> 'All systems operational'
 * bannerHeadline('partial')           //=> 'Partial outage'
 * bannerHeadline('operational', 'da') //=> 'Alle systemer kører normalt'
 */
export function bannerHeadline(state: ComponentState, locale: Locale = DEFAULT_LOCALE): string {
  if (state === 'operational') return message('model.banner.operational', {}, locale);
  if (state === 'maintenance') return message('model.banner.maintenance', {}, locale);
  return vocabulary(locale).impact[state];
}
