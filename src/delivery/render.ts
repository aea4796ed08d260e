/**
 * What a human-facing alert says, independent of markup: Slack (mrkdwn) and Telegram
 * (HTML) each write this view in their own syntax, so the two never drift apart.
 */
import { addDays } from '../core/dates.ts';
import type { Category } from '../core/categories.ts';
import type { AlertMessageV2 } from '../alerts/alert-message.ts';

/** A piece of a line: plain text, bold text, or a link. */
export type Inline = string | { bold: string } | { link: string; url: string };
export type Line = Inline[];

export interface AlertView {
  /** One of the four headlines. */
  headline: string;
  /** The figure, the previous record, the total, data-quality notes. */
  body: Line[];
  /** Where it comes from: the General Staff post, or the claiming source for a reported record. */
  source: Line;
  /** The first outlets that stated it (empty when none). */
  outlets: Line;
  /** One plain line for notifications and clients that show no markup. */
  fallback: string;
}

export const HEADLINES = {
  new: 'New daily record',
  reported: 'Reported record (unconfirmed)',
  confirmed: 'Record confirmed',
  contradicted: 'Record contradicted',
} as const;

/** Outlets named in a message; the rest stay in the alert's evidence. */
export const MAX_OUTLETS = 5;

const METRIC_LABELS: Record<Category, string> = {
  personnel: 'Personnel',
  tanks: 'Tanks',
  afv: 'Armoured fighting vehicles',
  artillery: 'Artillery systems',
  mlrs: 'Multiple rocket launchers',
  air_defense: 'Air defence systems',
  aircraft: 'Aircraft',
  helicopters: 'Helicopters',
  uav: 'Drones (UAV)',
  cruise_missiles: 'Cruise missiles',
  ships: 'Ships and boats',
  submarines: 'Submarines',
  vehicles_fuel_tanks: 'Vehicles and fuel tanks',
  special_equipment: 'Special equipment',
  ground_robotic_systems: 'Ground robotic systems',
};

const n = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/**
 * The headline: "New daily record" for a confirmed record the subscriber hears of for the
 * first time, "Record confirmed" when it updates an earlier reported message.
 */
export function headlineOf(m: Pick<AlertMessageV2, 'status' | 'followUp'>): string {
  switch (m.status) {
    case 'confirmed':
      return m.followUp ? HEADLINES.confirmed : HEADLINES.new;
    case 'reported':
      return HEADLINES.reported;
    case 'contradicted':
      return HEADLINES.contradicted;
  }
}

/** The figures the press gave that differ from the General Staff's: what a contradiction is about. */
function claimedValues(m: AlertMessageV2): number[] {
  const values = m.evidence.map((e) => e.value).filter((v): v is number => v !== null && v !== m.value);
  return [...new Set(values)].sort((a, b) => b - a);
}

export function alertView(m: AlertMessageV2): AlertView {
  const figure: Inline = { bold: `${METRIC_LABELS[m.metric]}: ${n.format(m.value)}` };
  const body: Line[] = [];
  switch (m.status) {
    case 'confirmed':
      body.push([figure, ` on ${m.lossDate} (General Staff report of ${m.date})`]);
      break;
    case 'reported':
      body.push([figure, ` on ${m.lossDate}, as the press reports it; the General Staff has not reported that day yet`]);
      break;
    case 'contradicted': {
      const claimed = claimedValues(m);
      const what = claimed.length > 0 ? `the record the press reported (${claimed.map((v) => n.format(v)).join(', ')})` : 'the record the press reported';
      body.push([figure, ` on ${m.lossDate} in the General Staff report of ${m.date}: not ${what}`]);
      break;
    }
  }
  body.push(
    m.previous
      ? [`Previous record: ${n.format(m.previous.value)} on ${addDays(m.previous.date, -1)} (report of ${m.previous.date})`]
      : ['No earlier record'],
  );
  if (m.total !== null) body.push([`Total to date: ${n.format(m.total)}`]);
  if (m.flags.length > 0) body.push([`Data notes: ${m.flags.join(', ')}`]);

  const source: Line =
    m.status === 'reported' ? ['Source: ', { link: m.source.id, url: m.source.url }] : [{ link: 'General Staff report', url: m.source.url }];

  const outlets: Line = [];
  for (const e of m.evidence.slice(0, MAX_OUTLETS)) {
    outlets.push(outlets.length === 0 ? 'First reported by: ' : ', ', { link: e.outlet, url: e.url });
  }

  const headline = headlineOf(m);
  // The summary already opens with what happened, except that a confirmation follows an earlier report.
  const fallback = m.status === 'confirmed' && m.followUp ? `${headline}. ${m.text}` : m.text;
  return { headline, body, source, outlets, fallback };
}
