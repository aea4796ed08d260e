/** A General Staff report quoted in an article goes through parseReport, dated by the report. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractClaims } from '../../src/claims/extract.ts';
import { expectClaims } from './helpers.ts';

// The 2024-11-12 totals of the series; the deltas as the differences from 2024-11-11.
const UK_BLOCK = [
  'Генштаб ЗСУ оприлюднив дані про втрати ворога.',
  'Загальні бойові втрати противника з 24.02.22 по 12.11.24 орієнтовно склали:',
  'особового складу ‒ близько 712610 (+1950) осіб ліквідовано',
  'танків ‒ 9276 (+23) од',
  'бойових броньованих машин ‒ 18847 (+81) од',
  'артилерійських систем ‒ 20352 (+38) од',
  'РСЗВ ‒ 1249 (+4) од',
  'засоби ППО ‒ 996 (+0) од',
  'літаків ‒ 369 (+0) од',
  'гелікоптерів ‒ 329 (+0) од',
  'БПЛА оперативно-тактичного рівня ‒ 18737 (+61)',
  'крилаті ракети ‒ 2636 (+0)',
  'кораблі / катери ‒ 28 (+0) од',
  'підводні човни ‒ 1 (+0) од',
  'автомобільної техніки та автоцистерн ‒ 28870 (+68) од',
  'спеціальна техніка ‒ 3626 (+6)',
  'Це найбільші втрати ворога за добу від початку повномасштабного вторгнення.',
].join('\n');

const EN_BLOCK =
  'The General Staff of the Armed Forces of Ukraine published its morning update. The total combat losses of the enemy from 24.02.22 to 12.11.24 were approximately: personnel ‒ about 712,610 (+1,950) persons were liquidated, tanks ‒ 9,276 (+23), armoured combat vehicles ‒ 18,847 (+81), artillery systems ‒ 20,352 (+38), MLRS ‒ 1,249 (+4), air defence means ‒ 996 (+0), aircraft ‒ 369 (+0), helicopters ‒ 329 (+0), UAV operational-tactical level ‒ 18,737 (+61), vehicles and fuel tanks ‒ 28,870 (+68), special equipment ‒ 3,626 (+6).';

describe('a report block inside an article', () => {
  test('Ukrainian block: totals are cumulative, (+N) daily, as of the report date; the record is its day', () => {
    const claims = expectClaims(
      UK_BLOCK,
      { published: '2024-11-12T08:00:00Z' },
      { claimant: 'ua_general_staff', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 712610, qualifier: 'about', asOf: '2024-11-12' },
      { metric: 'personnel', kind: 'daily', value: 1950, asOf: '2024-11-12', record: true },
      { metric: 'tanks', kind: 'cumulative', value: 9276 },
      { metric: 'tanks', kind: 'daily', value: 23, record: false },
      { metric: 'vehicles_fuel_tanks', kind: 'daily', value: 68 },
      { metric: 'submarines', kind: 'cumulative', value: 1 },
    );
    // "(+0)" is no claim of a loss, and the block's lines are not read again as prose.
    assert.equal(claims.filter((c) => c.kind === 'daily' && c.metric === 'aircraft').length, 0);
    assert.equal(claims.filter((c) => c.metric === 'personnel').length, 2);
  });

  test('English single-paragraph block', () => {
    const claims = expectClaims(
      EN_BLOCK,
      {},
      { metric: 'personnel', kind: 'cumulative', value: 712610, asOf: '2024-11-12' },
      { metric: 'personnel', kind: 'daily', value: 1950, record: false },
      { metric: 'uav', kind: 'daily', value: 61 },
    );
    assert.ok(claims.every((c) => c.claimant === 'ua_general_staff' && c.subject === 'ru'));
  });

  test('a prose sentence restating the block is the same claim', () => {
    const text = `${UK_BLOCK}\nЗа минулу добу Росія втратила 1 950 військових.`;
    const claims = extractClaims(text, { published: '2024-11-12' });
    assert.equal(claims.filter((c) => c.kind === 'daily' && c.value === 1950).length, 1);
  });
});
