import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Category } from '../../src/core/categories.ts';
import { matchLabel } from '../../src/report/labels.ts';
import type { LabelPart } from '../../src/report/labels.ts';

function expectLabels(category: Category, labels: readonly string[], part: LabelPart = 'whole'): void {
  for (const label of labels) assert.deepEqual(matchLabel(label), { category, part }, label);
}

describe('matchLabel', () => {
  test('personnel', () => {
    expectLabels('personnel', ['особового складу', 'Особового складу', 'personnel', 'особового складу / personnel', 'личного состава']);
  });

  test('tanks', () => {
    expectLabels('tanks', ['танків', 'танки', 'tanks', 'танков', 'танків / tanks']);
  });

  test('armoured vehicles', () => {
    expectLabels('afv', [
      'бойових броньованих машин', 'APV', 'AFV', 'armoured combat vehicles', 'armored combat vehicles',
      'бойових броньованих машин / APV', 'боевых бронированных машин', 'ББМ',
    ]);
  });

  test('artillery, MLRS, air defence', () => {
    expectLabels('artillery', ['артилерійських систем', 'artillery systems', 'артиллерийских систем']);
    expectLabels('mlrs', ['РСЗВ', 'MLRS', 'РСЗО', 'РСЗВ / MLRS']);
    expectLabels('air_defense', [
      'засоби ППО', 'засобів ППО', 'Anti-aircraft warfare systems', 'anti-aircraft warfare systems',
      'air defense systems', 'air defence systems', 'средства ПВО', 'засоби ППО / Anti-aircraft warfare systems',
    ]);
  });

  test('aircraft and helicopters', () => {
    expectLabels('aircraft', ['літаків', 'aircraft', 'planes', 'самолетов', 'літаків / aircraft']);
    expectLabels('helicopters', ['гелікоптерів', 'helicopters', 'вертолетов']);
  });

  test('UAVs, also where the words look like other categories', () => {
    expectLabels('uav', [
      'БПЛА оперативно-тактичного рівня', 'БпЛА оперативно-тактичного рівня', 'UAV operational-tactical level',
      'UAVs of operational-tactical level', 'drones', 'безпілотних літальних апаратів', 'unmanned aerial vehicles',
      'БПЛА оперативно-тактического уровня',
    ]);
  });

  test('missiles, ships, submarines', () => {
    expectLabels('cruise_missiles', ['крилаті ракети', 'крилатих ракет', 'cruise missiles', 'крылатые ракеты']);
    expectLabels('ships', ['кораблі /катери', 'кораблі/катери', 'кораблів / катерів', 'warships / boats', 'boats / cutters', 'ships / boats', 'кораблі /катери / warships / boats', 'корабли / катера']);
    expectLabels('submarines', ['підводні човни', 'підводних човнів', 'submarines', 'подводные лодки', 'підводні човни / submarines']);
  });

  test('vehicles and fuel tanks: the whole line and the two pre-May-2022 parts', () => {
    expectLabels('vehicles_fuel_tanks', [
      'автомобільної техніки та автоцистерн', 'vehicles and fuel tanks', 'автомобільної техніки та автоцистерн/ vehicles and fuel tanks',
      'автомобильной техники и автоцистерн',
    ]);
    expectLabels('vehicles_fuel_tanks', ['автомобільної техніки', 'vehicles'], 'vehicles');
    expectLabels('vehicles_fuel_tanks', ['цистерн з ПММ', 'fuel tanks', 'автоцистерн'], 'fuel_tanks');
  });

  test('special equipment and ground robotic systems', () => {
    expectLabels('special_equipment', ['спеціальна техніка', 'спеціальної техніки', 'special equipment', 'специальная техника']);
    expectLabels('ground_robotic_systems', [
      'наземні робототехнічні комплекси', 'наземних робототехнічних комплексів', 'ground robotic systems',
      'unmanned ground vehicles', 'ground robotic complexes', 'наземні робототехнічні комплекси / ground robotic systems',
    ]);
  });

  test('mobile SRBM launchers and unknown labels name no category', () => {
    for (const label of ['mobile SRBM system', 'пускові установки ОТРК/ТРК', 'Юбилей', 'Генштаб', 'Київ', '']) {
      assert.equal(matchLabel(label), null, label);
    }
  });

  test('Latin look-alike letters inside a Ukrainian word', () => {
    // "лiтакiв" typed with Latin "i".
    assert.deepEqual(matchLabel('лiтакiв'), { category: 'aircraft', part: 'whole' });
  });
});
