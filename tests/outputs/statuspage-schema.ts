/**
 * Atlassian Statuspage's public v2 API, written from its documented shape (the /api page
 * every Statuspage page publishes): field names, nesting and enum values. Objects are
 * strict so an extra or misspelt field fails.
 */
import { z } from 'astro/zod';

const timestamp = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/, 'ISO 8601 with an offset');
const componentStatus = z.enum(['operational', 'degraded_performance', 'partial_outage', 'major_outage', 'under_maintenance']);

export const page = z.strictObject({
  id: z.string(),
  name: z.string(),
  url: z.url(),
  time_zone: z.string(),
  updated_at: timestamp,
});

export const component = z.strictObject({
  id: z.string(),
  name: z.string(),
  status: componentStatus,
  created_at: timestamp,
  updated_at: timestamp,
  position: z.number().int(),
  description: z.string().nullable(),
  showcase: z.boolean(),
  start_date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  group_id: z.string().nullable(),
  page_id: z.string(),
  group: z.boolean(),
  only_show_if_degraded: z.boolean(),
  components: z.array(z.string()).optional(),
});

const incidentStatus = z.enum(['investigating', 'identified', 'monitoring', 'resolved', 'postmortem']);
const maintenanceStatus = z.enum(['scheduled', 'in_progress', 'verifying', 'completed']);

// An update's status is of its incident's kind: Statuspage allows `completed` only for maintenance.
const update = (status: typeof incidentStatus | typeof maintenanceStatus) =>
  z.strictObject({
    id: z.string(),
    status,
    body: z.string(),
    incident_id: z.string(),
    created_at: timestamp,
    updated_at: timestamp,
    display_at: timestamp,
    affected_components: z
      .array(z.strictObject({ code: z.string(), name: z.string(), old_status: componentStatus, new_status: componentStatus }))
      .nullable(),
    deliver_notifications: z.boolean(),
    custom_tweet: z.string().nullable(),
    tweet_id: z.string().nullable(),
  });

const incidentFields = {
  id: z.string(),
  name: z.string(),
  created_at: timestamp,
  updated_at: timestamp,
  monitoring_at: timestamp.nullable(),
  resolved_at: timestamp.nullable(),
  shortlink: z.url(),
  started_at: timestamp,
  page_id: z.string(),
  components: z.array(component),
  reminder_intervals: z.string().nullable(),
};

export const incident = z.strictObject({
  ...incidentFields,
  status: incidentStatus,
  incident_updates: z.array(update(incidentStatus)),
  impact: z.enum(['none', 'minor', 'major', 'critical']),
});

export const maintenance = z.strictObject({
  ...incidentFields,
  status: maintenanceStatus,
  incident_updates: z.array(update(maintenanceStatus)),
  impact: z.literal('maintenance'),
  scheduled_for: timestamp,
  scheduled_until: timestamp.nullable(),
});

export const status = z.strictObject({
  indicator: z.enum(['none', 'minor', 'major', 'critical', 'maintenance']),
  description: z.string(),
});

export const DOCUMENTS = {
  'summary.json': z.strictObject({
    page,
    components: z.array(component),
    incidents: z.array(incident),
    scheduled_maintenances: z.array(maintenance),
    status,
  }),
  'status.json': z.strictObject({ page, status }),
  'components.json': z.strictObject({ page, components: z.array(component) }),
  'incidents.json': z.strictObject({ page, incidents: z.array(incident) }),
  'incidents/unresolved.json': z.strictObject({ page, incidents: z.array(incident) }),
  'scheduled-maintenances.json': z.strictObject({ page, scheduled_maintenances: z.array(maintenance) }),
  'scheduled-maintenances/upcoming.json': z.strictObject({ page, scheduled_maintenances: z.array(maintenance) }),
  'scheduled-maintenances/active.json': z.strictObject({ page, scheduled_maintenances: z.array(maintenance) }),
};
