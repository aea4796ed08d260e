/** Month and weekday names in the languages the extractor reads, with their case forms. */
import { LANG_MONTHS, LANG_WEEKDAYS } from './lexicon/index.ts';

const MONTH_FORMS: readonly string[] = [
  'january jan январь января январе січень січня січні styczeń stycznia styczniu januar enero ianuarie janvier janúar',
  'february feb февраль февраля феврале лютий лютого лютому luty lutego lutym februar febrero februarie février febrúar',
  'march mar март марта марте березень березня березні marzec marca marcu märz marzo martie mars',
  'april apr апрель апреля апреле квітень квітня квітні kwiecień kwietnia kwietniu abril aprilie avril apríl',
  'may май мая мае травень травня травні maj maja maju mai mayo maí',
  'june jun июнь июня июне червень червня червні czerwiec czerwca czerwcu juni junio iunie juin júní',
  'july jul июль июля июле липень липня липні lipiec lipca lipcu juli julio iulie juillet júlí',
  'august aug август августа августе серпень серпня серпні sierpień sierpnia sierpniu agosto août ágúst',
  'september sept sep сентябрь сентября сентябре вересень вересня вересні wrzesień września wrześniu septiembre setiembre septembrie septembre',
  'october oct октябрь октября октябре жовтень жовтня жовтні październik października październiku oktober octubre octombrie octobre október',
  'november nov ноябрь ноября ноябре листопад листопада листопаді listopad listopada listopadzie noviembre noiembrie novembre nóvember',
  'december dec декабрь декабря декабре грудень грудня грудні grudzień grudnia grudniu dezember diciembre decembrie décembre desember',
];

// English short forms that are also ordinary words ("may", "mar", "dec") count only when capitalised.
const CAPITALISED_ONLY = new Set(['may', 'mar', 'jan', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'feb', 'apr', 'mai', 'mars']);

const MONTHS = new Map<string, number>();
MONTH_FORMS.forEach((forms, i) => {
  for (const f of forms.split(' ')) MONTHS.set(f, i + 1);
});
for (const list of LANG_MONTHS) list.forEach((forms, i) => forms.split(' ').forEach((f) => MONTHS.has(f) || MONTHS.set(f, i + 1)));

const WEEKDAY_FORMS: readonly string[] = [
  // Sunday = 0, as Date.getUTCDay counts.
  'sunday неділя неділю неділі воскресенье воскресенья niedziela niedzielę niedzieli niedzielnych niedzielne sonntag domingo duminică dimanche',
  'monday понеділок понеділка понедельник понедельника poniedziałek poniedziałku montag lunes luni lundi',
  'tuesday вівторок вівторка вторник вторника wtorek wtorku dienstag martes marți mardi',
  'wednesday середа середу середи среда среду среды środa środę środy mittwoch miércoles miercuri mercredi',
  'thursday четвер четверга четверг четверга czwartek czwartku donnerstag jueves joi jeudi',
  'friday пʼятниця п\'ятниця п\'ятницю п\'ятниці пятница пятницу пятницы piątek piątku freitag viernes vineri vendredi',
  'saturday субота суботу суботи суббота субботу субботы sobota sobotę soboty sobotnią sobotnie samstag sábado sâmbătă samedi',
];
const WEEKDAYS = new Map<string, number>();
WEEKDAY_FORMS.forEach((forms, i) => {
  for (const f of forms.split(' ')) WEEKDAYS.set(f, i);
});
for (const list of LANG_WEEKDAYS) list.forEach((forms, i) => forms.split(' ').forEach((f) => WEEKDAYS.has(f) || WEEKDAYS.set(f, i)));

/** The month (1–12) a word names, or null. `word` as written, so casing rules can apply. */
export function monthOf(word: string): number | null {
  const w = word.toLowerCase();
  const m = MONTHS.get(w);
  if (m === undefined) return null;
  if (CAPITALISED_ONLY.has(w) && word[0] === w[0]) return null;
  return m;
}

/** The weekday (0 = Sunday) a word names, or null. */
export function weekdayOf(word: string): number | null {
  return WEEKDAYS.get(word.toLowerCase()) ?? null;
}

/** Every month form, longest first, for building patterns. */
export const MONTH_WORDS: readonly string[] = [...MONTHS.keys()].sort((a, b) => b.length - a.length);
export const WEEKDAY_WORDS: readonly string[] = [...WEEKDAYS.keys()].sort((a, b) => b.length - a.length);

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The length of the calendar year a window names ("in 2024": 366 days), or null when it names none. */
export function yearDays(m: RegExpExecArray): number | null {
  const y = Number(m.slice(1).find((g) => g !== undefined && /^20[2-3]\d$/.test(g)));
  if (!Number.isInteger(y) || y === 0) return null;
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 366 : 365;
}
