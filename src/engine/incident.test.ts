import { describe, expect, it } from 'vitest';
import { incidentMinutes, incidentState } from './incident.ts';
import { latestUpdate } from './status.ts';
import {
  apiDown as api,
  pastSlow as past,
  runningPatch as running,
  scenarioAsOf as asOf,
  upgrade,
} from '../../tests/helpers/fixtures.ts';

describe('incidentState and incidentMinutes', () => {
  it('tell ongoing, resolved, scheduled, in-progress and completed apart', () => {
    expect([api, past, upgrade, running].map((i) => incidentState(i, asOf))).toEqual([
      'ongoing',
      'resolved',
      'scheduled',
      'in-progress',
    ]);
    expect(incidentState(upgrade, new Date('2026-06-12T07:00:00Z'))).toBe('completed');
    expect(incidentMinutes(api, asOf)).toBe(60);
    expect(incidentMinutes(past, asOf)).toBe(60);
    expect(latestUpdate(api)?.status).toBe('identified');
  });
});
