/**
 * English, the site's default language and the reference catalog: every other language
 * has exactly these keys (see `Catalog` in catalog.ts). A plural message has one entry per
 * `Intl.PluralRules` category the language uses; `{n}`, `{h}`, `{m}` are placeholders.
 */
export const en = {
  /** A duration of up to 90 minutes in words. */
  'duration.minutes': { one: '{n} minute', other: '{n} minutes' },
  /** A short duration beside a label. */
  'duration.minutesShort': '{m} min',
  'duration.hours': '{h} h',
  'duration.hoursMinutes': '{h} h {m} min',
  'count.incidents': { one: '{n} incident', other: '{n} incidents' },
  'count.maintenances': { one: '{n} maintenance', other: '{n} maintenances' },
  'budget.left': '{percent} left',
  'budget.overspent': 'overspent',
  'time.soFar': 'so far',
  'time.ongoing': 'ongoing',
  /** date-fns patterns; English keeps Intl's en-GB forms instead (see formatDate). */
  'date.day': 'd MMM yyyy',
  'date.month': 'MMMM yyyy',
  // ── model: labels, sentences and counts the view model builds ──
  'model.impact.major': 'Major outage',
  'model.impact.partial': 'Partial outage',
  'model.impact.degraded': 'Degraded performance',
  'model.impact.maintenance': 'Maintenance',
  'model.impact.none': 'Notice',
  'model.stateTime.major': 'major outage',
  'model.stateTime.partial': 'partial outage',
  'model.stateTime.degraded': 'degraded performance',
  'model.stateTime.maintenance': 'maintenance',
  'model.state.ongoing': 'Ongoing',
  'model.state.resolved': 'Resolved',
  'model.state.scheduled': 'Scheduled',
  'model.state.inProgress': 'In progress',
  'model.state.completed': 'Completed',
  'model.componentState.operational': 'Operational',
  'model.componentState.maintenance': 'Under maintenance',
  'model.dayLevel.none': 'Not tracked yet',
  'model.banner.operational': 'All systems operational',
  'model.banner.maintenance': 'Maintenance in progress',
  'model.banner.summaryBoth': '{incidents}, {maintenances}',
  'model.affected.notStarted': 'Not started',
  'model.update.investigating': 'Investigating',
  'model.update.identified': 'Identified',
  'model.update.monitoring': 'Monitoring',
  'model.update.resolved': 'Resolved',
  'model.update.scheduled': 'Scheduled',
  'model.update.inProgress': 'In progress',
  'model.update.completed': 'Completed',
  'model.history.all': 'All incidents',
  'model.def.uptime': 'Uptime is the share of time a component worked: {rules}.',
  'model.def.uptimeFree': 'Uptime is the share of time a component worked: {rules}; {free}.',
  'model.def.countsDown': 'a minute of {state} counts as down',
  'model.def.countsPart': 'a minute of {state} as {percent} down',
  'model.def.noneCounts': 'no state counts as down',
  'model.def.freeOne': '{states} does not count',
  'model.def.freeMany': '{states} do not count',
  'model.def.downtime':
    'Downtime is the time during which at least one component had a major outage; a partial outage or degraded performance lowers uptime but is not downtime.',
  'model.def.budget':
    "A month's error budget is the weighted downtime it may have and still meet the uptime target: at a {target} target, {share} of the month's minutes ({minutes} of a 30-day month). Each minute spends the budget with the same weights as uptime.",
  'model.def.budgetUse':
    'A component’s budget uses its own target where components.yaml sets one, else the site’s, and is spent by its weighted minutes, the same minutes that lower its uptime; the site’s by its average uptime. Shares are cut to whole percent, never rounded up.',
  'model.def.budgetCharges':
    'Where incidents overlap on a component, each minute is charged once: to the worst impact, then the incident that started first.',
  'model.budget.siteName': 'All components',
  'model.budget.noTarget': 'no target',
  'model.budget.noBudget': 'No uptime target, so no error budget.',
  'model.budget.whoseSite': "{month}'s",
  'model.budget.whoseComponent': 'its {month}',
  'model.budget.sentence': 'Used {used} of {whose} error budget ({minutes}); {left} left.',
  'model.budget.overspentSentence': 'Overspent {whose} error budget: used {minutes} ({used}), {over} over.',
  'model.budget.minutesOf': '{used} of {allowed}',
  'model.budget.paceNothing': 'Nothing spent so far in {month}.',
  'model.budget.paceOverspent': 'Already overspent; at this pace {month} ends at {projected} of its budget.',
  'model.budget.paceRunsOut': 'At this pace the budget runs out on {date}.',
  'model.budget.paceEnds': 'At this pace {month} ends with {projected} of its budget used.',
  'model.banner.incidentsOngoing': { one: '{n} incident ongoing', other: '{n} incidents ongoing' },
  'model.banner.maintenancesInProgress': { one: '{n} maintenance in progress', other: '{n} maintenances in progress' },
  // ── end model ──
  // ── notify: notification messages (each channel may set its locale) ──
  'notify.kind.declared': 'Investigating',
  'notify.kind.updated': 'Update',
  'notify.kind.resolved': 'Resolved',
  'notify.kind.maintenanceScheduled': 'Scheduled maintenance',
  'notify.kind.maintenanceStarted': 'Maintenance in progress',
  'notify.kind.maintenanceUpdated': 'Maintenance update',
  'notify.kind.maintenanceCompleted': 'Maintenance completed',
  'notify.kind.componentChanged': 'Component status',
  'notify.maintenanceDone': 'The maintenance is complete.',
  'notify.incidentDone': 'This incident has been resolved.',
  'notify.noComponent': 'no component',
  'notify.view': 'View on the status page',
  'notify.impact': 'Impact',
  'notify.components': 'Components',
  'notify.statusPage': 'Status page',
  'notify.details': 'Details',
  'notify.siteStatus': '{site} status',
  'notify.stopEmails': 'To stop these emails: {url}',
  'notify.unsubscribe': 'Unsubscribe',
  // ── end notify ──
  // ── chrome: layout, home, groups, 404, subscribe ──
  // ── end chrome ──
  // ── incidents: incident and history pages, feeds, API page ──
  // ── end incidents ──
  // ── reviews: reviews, reports, uptime pages, budgets, charts ──
  // ── end reviews ──
} as const;
