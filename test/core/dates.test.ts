import { expect } from '@open-wc/testing';
import { formatDate, formatDateTime, isoInVietnam, vnDaysBetween } from '../../src/time/ho-chi-minh.js';
import { timeliness } from '../../src/domain/timeliness.js';

describe('dates in Asia/Ho_Chi_Minh', () => {
  it('runs in a browser set to UTC (so these tests prove the zone handling)', () => {
    expect(new Date().getTimezoneOffset()).to.equal(0);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.match(/UTC|Etc\/UTC|GMT/);
  });

  it('shows dd/MM/yyyy and HH:mm in Vietnam time across UTC midnight', () => {
    // 17:30 UTC on 20/11 is 00:30 on 21/11 in Vietnam.
    expect(formatDate('2026-11-20T17:30:00Z')).to.equal('21/11/2026');
    expect(formatDateTime('2026-11-20T17:30:00Z')).to.equal('21/11/2026 00:30');
    expect(formatDate('2026-11-20T23:59:00+07:00')).to.equal('20/11/2026');
    expect(isoInVietnam('2026-11-20T17:30:00Z')).to.equal('2026-11-21T00:30+07:00');
    expect(formatDate('not a date')).to.equal('');
  });

  it('counts calendar days in Vietnam, not 24-hour spans', () => {
    const a = Date.parse('2026-11-20T23:50:00+07:00');
    const b = Date.parse('2026-11-21T00:10:00+07:00');
    expect(vnDaysBetween(a, b)).to.equal(1);
    expect(vnDaysBetween(Date.parse('2026-11-20T00:01:00+07:00'), Date.parse('2026-11-20T23:59:00+07:00'))).to.equal(0);
  });

  it('computes timeliness by day for finished and open dossiers', () => {
    const due = '2026-11-20T17:00:00+07:00';
    expect(timeliness({ status: 9, dueAt: due, finishedAt: '2026-11-18T10:00:00+07:00' })).to.deep.equal({ kind: 'early', days: 2 });
    expect(timeliness({ status: 10, dueAt: due, finishedAt: '2026-11-20T23:30:00+07:00' })).to.deep.equal({ kind: 'on-time' });
    expect(timeliness({ status: 10, dueAt: due, finishedAt: '2026-11-21T00:05:00+07:00' })).to.deep.equal({ kind: 'late', days: 1 });
    // 23:30 on the due day in Vietnam is 16:30 UTC: still the due day, 0 days left.
    expect(timeliness({ status: 4, dueAt: due }, Date.parse('2026-11-20T16:30:00Z'))).to.deep.equal({ kind: 'remaining', days: 0 });
    // 00:30 the next day in Vietnam is still 20/11 in UTC: already overdue.
    expect(timeliness({ status: 4, dueAt: due }, Date.parse('2026-11-20T17:30:00Z'))).to.deep.equal({ kind: 'overdue', days: 1 });
    expect(timeliness({ status: 2, dueAt: due }, Date.parse('2026-11-17T09:00:00+07:00'))).to.deep.equal({ kind: 'remaining', days: 3 });
    expect(timeliness({ status: 3, dueAt: due })).to.equal(null);
    expect(timeliness({ status: 4 })).to.equal(null);
  });
});
