import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildClaimMessage } from '../../src/alerts/claim-message.ts';
import { claimantsOf, eventOf, wants } from '../../src/delivery/filters.ts';
import type { FilterableMessage, SubscriberFilters } from '../../src/delivery/filters.ts';
import { sampleMessage, sampleMessageV2 } from './helpers.ts';

const confirmedV1 = sampleMessage();
const confirmedV2 = sampleMessageV2({ claimants: [] });
const reported = sampleMessageV2({ status: 'reported', claimants: ['ua_other'] });
const reportedByRu = sampleMessageV2({ status: 'reported', metric: 'tanks', value: 40, previous: null, claimants: ['ru_mod'] });
const contradicted = sampleMessageV2({ status: 'contradicted', value: 900, claimants: ['other'] });
const claim = buildClaimMessage({
  claim: {
    claimant: 'uk_mod',
    subject: 'ru',
    metric: 'personnel',
    kind: 'average',
    value: 1500,
    qualifier: 'about',
    periodDays: 1,
    asOf: null,
    record: false,
    quote: 'about 1,500 every single day',
    firstSeenAt: '2024-05-13T08:00:00.000Z',
  },
  mentions: [{ url: 'https://example.org/a', outlet: 'A', publishedAt: null }],
});

const cases: Array<[string, SubscriberFilters, FilterableMessage, boolean]> = [
  // events: absent means record alerts only
  ['no filters: record alerts', {}, confirmedV1, true],
  ['no filters: reported too (all statuses)', {}, reported, true],
  ['no filters: not claims', {}, claim, false],
  ['events claims only: no alerts', { events: ['claims'] }, confirmedV2, false],
  ['events claims: claims', { events: ['claims'] }, claim, true],
  ['events record+claims: both', { events: ['record', 'claims'] }, claim, true],
  ['events ops only: nothing of these', { events: ['ops'] }, confirmedV1, false],
  ['events empty: nothing', { events: [] }, confirmedV1, false],
  // metrics
  ['metric listed', { metrics: ['personnel', 'tanks'] }, confirmedV1, true],
  ['metric not listed', { metrics: ['tanks'] }, confirmedV1, false],
  ['metrics empty: no filter', { metrics: [] }, confirmedV1, true],
  ['metric filter applies to claims', { events: ['claims'], metrics: ['tanks'] }, claim, false],
  // statuses
  ['status listed', { statuses: ['confirmed'] }, confirmedV1, true],
  ['reported not listed', { statuses: ['confirmed', 'contradicted'] }, reported, false],
  ['contradicted listed', { statuses: ['contradicted'] }, contradicted, true],
  ['statuses do not apply to claims', { events: ['claims'], statuses: ['confirmed'] }, claim, true],
  // claimants
  ['confirmed v1 counts as the General Staff', { claimants: ['ua_general_staff'] }, confirmedV1, true],
  ['confirmed v2 without listed claimants still counts as the General Staff', { claimants: ['ua_general_staff'] }, confirmedV2, true],
  ['reported by the press is not the General Staff', { claimants: ['ua_general_staff'] }, reported, false],
  ['reported by a listed claimant', { claimants: ['ua_other', 'uk_mod'] }, reported, true],
  ['Russian claims left out', { claimants: ['ua_general_staff', 'ua_other'] }, reportedByRu, false],
  ['contradicted: its press claimants', { claimants: ['other'] }, contradicted, true],
  ['claim: its claimant', { events: ['claims'], claimants: ['uk_mod'] }, claim, true],
  ['claim: another claimant', { events: ['claims'], claimants: ['ru_mod'] }, claim, false],
  // all filters at once
  ['every filter passes', { events: ['record'], metrics: ['tanks'], statuses: ['reported'], claimants: ['ru_mod'] }, reportedByRu, true],
  ['one filter fails', { events: ['record'], metrics: ['tanks'], statuses: ['confirmed'], claimants: ['ru_mod'] }, reportedByRu, false],
];

describe('wants(sub, message)', () => {
  for (const [name, sub, message, expected] of cases) {
    test(name, () => {
      assert.equal(wants(sub, message), expected);
    });
  }

  test('event types and claimants of each message kind', () => {
    assert.equal(eventOf(confirmedV1), 'record');
    assert.equal(eventOf(reported), 'record');
    assert.equal(eventOf(claim), 'claims');
    assert.deepEqual(claimantsOf(confirmedV1), ['ua_general_staff']);
    assert.deepEqual(claimantsOf(sampleMessage({ status: 'reported' })), []);
    assert.deepEqual(claimantsOf(reported), ['ua_other']);
    assert.deepEqual(claimantsOf(claim), ['uk_mod']);
  });
});
