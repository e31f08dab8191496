import { describe, expect, it } from 'vitest';
import { currentStatus } from './status.ts';
import {
  apiDown as api,
  pastSlow as past,
  runningPatch as running,
  scenarioAsOf as asOf,
  upgrade,
} from '../../tests/helpers/fixtures.ts';

describe('currentStatus', () => {
  it('shows the worst ongoing incident with its latest update', () => {
    const status = currentStatus([api, upgrade, running, past], ['api', 'web', 'db'], asOf);
    expect(status.banner.state).toBe('major');
    expect(status.banner.incident?.slug).toBe('api-down');
    expect(status.banner.update?.body).toBe('Found it.');
    expect(Object.fromEntries(status.componentState)).toEqual({ api: 'major', web: 'degraded', db: 'maintenance' });
    expect(status.maintenanceInProgress.map((i) => i.slug)).toEqual(['patch']);
    expect(status.upcomingMaintenance.map((i) => i.slug)).toEqual(['upgrade']);
  });

  it('says maintenance when only maintenance runs, and operational otherwise', () => {
    expect(currentStatus([running, past], ['db'], asOf).banner.state).toBe('maintenance');
    expect(currentStatus([past, upgrade], ['web'], asOf).banner).toEqual({ state: 'operational' });
  });
});
