/**
 * Words that say what window a figure covers: a day ("in the past 24 hours", "за добу"), the
 * whole war ("since the invasion began", "з початку вторгнення"), a stretch ("in the past two
 * days", "in January", "this month", "since the start of the year") or a rate ("averaged",
 * "every single day", "в середньому"). Each cue keeps its span: the figure nearest to it owns it.
 */
import { MONTH_WORDS, monthOf, yearDays } from './calendar.ts';
import { LANG_SPEECH } from './lexicon/index.ts';
import { LANG_KIND_RULES } from './lexicon/kind-rules.ts';
import { LANG_RECORD_WORDS } from './record.ts';
import { foldForGate, gateOf, mayMatch, topAlternatives } from './literal-gate.ts';
import { execAll } from './match-all.ts';
import { native } from './native.ts';
import type { Kind } from './types.ts';

export type PeriodTag = 'month' | 'this_month' | 'last_month' | 'last_year' | 'year_to_date' | 'week' | 'same' | 'part' | 'year' | 'area' | 'front' | 'since_report' | 'span';

export interface KindCue {
  start: number;
  end: number;
  kind: Kind;
  /** Higher wins: 4 a rate, 3 an explicit window, 2 "another"/"more", 1 "total"/"so far". */
  strength: number;
  /** Period length or averaging unit; null when it depends on the date (months) or is unknown. */
  days: number | null;
  tag?: PeriodTag;
  month?: number;
  /**
   * Only a figure right next to it may take it ("six more tanks", "by 1,030"), on that side of it;
   * 'noun': only the figure whose noun it follows ("900 окупантів на добу").
   */
  adjacent?: 'before' | 'after' | 'noun';
}

const NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, both: 2,
  два: 2, дві: 2, три: 3, чотири: 4, двое: 2, двох: 2, трьох: 3, две: 2, трое: 3, четверо: 4, четыре: 4, пять: 5, пятеро: 5, шесть: 6, семь: 7, десять: 10, dwa: 2, dwie: 2, trzy: 3, zwei: 2, drei: 3, dos: 2, tres: 3,
  doi: 2, două: 2, trei: 3, deux: 2, trois: 3,
  "п'ять": 5, шість: 6, сім: 7, вісім: 8, "дев'ять": 9, "п'яти": 5, шести: 6, семи: 7, восьми: 8, "дев'яти": 9, десяти: 10,
};
const NUM = `(\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})`;

function n(word: string | undefined): number | null {
  if (word === undefined) return null;
  const w = word.toLowerCase();
  return /^\d+$/.test(w) ? Number(w) : (NUMBER_WORDS[w] ?? null);
}

type Rule = readonly [pattern: string, make: (m: RegExpExecArray) => Omit<KindCue, 'start' | 'end'> | null];

const daily = (strength = 3): Omit<KindCue, 'start' | 'end'> => ({ kind: 'daily', strength, days: 1 });
const cumulative = (strength = 3): Omit<KindCue, 'start' | 'end'> => ({ kind: 'cumulative', strength, days: null });
const MONTHS = MONTH_WORDS.join('|');
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const WEEKDAY_ALT = WEEKDAYS.join('|');
// Words that open a clause after a month ("November, when …"), in the lexicon languages.
const WHEN = 'when|at which point|gdy|kiedy|коли|когда|als|cuando|lorsque|quand|când';
// (Moscow's own name for the whole war, "the special military operation", is the war too.)
// ("Moscow's military operation" is the war as Moscow names it; not Kyiv's, nor one in a named region.)
const WAR = '(?:full-scale |all-out |russian |russia\'s |its |the |moscow\'s )*(?:war|invasion|conflict|hostilities|aggression|offensive|special (?:military )?operation|(?<!(?:ukrainian|ukraine\'s|kyiv\'s|kiev\'s) )military operation(?! (?:in|into|on) (?:the )?(?!ukraine(?![\\p{L}]))\\p{L}))';
// Whose war: "in the first six months of Moscow's war", "in four weeks of Russia's invasion".
const WAR_OWNER = "(?:the |its |(?:moscow|russia|putin|the kremlin)'s )?";

// "на Добропільському напрямку втрати ворога вже сягнули 3320": "already" after a place is its "so far".
const ALREADY = /(?<![\p{L}])(?:вже|уже|already)(?![\p{L}])/iu;

// "a month ago", "a week of fighting", "a month in which …": a month or a week named, not a rate per one.
const NOT_A_RATE_AFTER = '(?! ago| earlier| later| before| after| into| of| in which| during which| when| that)';

const RULES: readonly Rule[] = [
  // Rates. ("were dying daily", "killed or wounded daily": a verb before "daily" makes a rate as a noun does;
  // so does the figure itself: "losses neared 1,600 daily in December".)
  [
    "(?:(?:people|troops|soldiers|men|personnel|casualties|servicemen|fighters|dying|die|dies|perishing|perish|killed|wounded|lost|losing|lose|loses) |(?<=\\d )(?=daily))daily(?=\\s*(?:[.,;:)\u2013\u2014-]|$|(?:in|during|throughout|over|on|that|since|last|this|near|around|at|along|across) ))|a day on average|on average|an average of|averag\\p{L}*|daily average|середньодобов\\p{L}*|среднесуточн\\p{L}*|every single day|(?:a|per|each|every) (?:single )?day(?! ago| earlier| later| before| after| into)|в середньому|щодня|щоденно|в среднем|ежедневно|в сутки|каждый день|średnio|dziennie|każdego dnia|durchschnittlich|im (?:durch)?schnitt|pro tag|täglich(?! (?:aktualisiert|veröffentlicht|fortgeschrieben)\\p{L}*)|de media|en promedio|de promedio|al día|por día|cada día|o medie de|în medie|zilnic|pe zi|en moyenne|par jour|að meðaltali|á degi hverjum|günde|günlük ortalama",
    () => ({ kind: 'average', strength: 4, days: 1 }),
  ],
  // "daily losses in October", "from January to April, daily losses came to 980": a day's figure
  // over a stretch of many days is its average (matched whole, so it outweighs both words alone).
  [
    `(?:daily|day's) (?:losses|casualt\\p{L}*|toll|death toll) (?:in|during|throughout|for|over|across) (?:the month of )?(?:(?:${MONTHS})(?![\\p{L}])|the (?:past|last|previous) (?:month|${NUM} (?:weeks|months)))|(?:from|between) (?:early |late |mid-)?(?:${MONTHS}) (?:to|and|through|until) (?:early |late |mid-)?(?:${MONTHS})(?: 20[2-3]\\d)?,? [^.;:]{0,40}?(?:daily|day's) (?:losses|casualt\\p{L}*|toll)`,
    () => ({ kind: 'average', strength: 4, days: 1 }),
  ],
  // "a daily casualty rate of 983", "the day's loss rate stood at 913": a rate, not one day's
  // figure (longer than "daily loss" inside it, so it wins the overlap).
  ["(?:average )?(?:daily|day's|per-day) (?:loss|casualty|death|attrition|kill) rates?", () => ({ kind: 'average', strength: 4, days: 1 })],
  // "the previous monthly high", "Russia's weekly losses reached 10,500", "a lower annual tally of 420,000":
  // one month's, week's or year's figure, not a rate (not "weekly average").
  [
    '(monthly|weekly|annual|yearly) (?:high|record|peak|total|toll|loss(?:es)?|figure|count|tally|casualt\\p{L}*)',
    (m) => ({ kind: 'period', strength: 3, days: /^m/i.test(m[1] ?? '') ? 30 : /^w/i.test(m[1] ?? '') ? 7 : 365 }),
  ],
  [
    `(?:a|per|each|every) month${NOT_A_RATE_AFTER}|monthly(?! (?:summary|report|update|briefing|bulletin|review|assessment|round-?up|(?:war )?(?:high|record|peak|maximum|low|total)))|щомісяця|щомісячно|(?<![\\p{L}])(?:на|в) місяць(?! (?:раніше|пізніше|тому|до|після))|кожного місяця|кожен місяць|ежемесячно|(?<![\\p{L}])в месяц|каждый месяц|miesięcznie|monatlich|al mes|por mes|pe lună|par mois`,
    () => ({ kind: 'average', strength: 4, days: 30 }),
  ],
  [`(?<!(?:space|course) of )(?:a|per|each|every) week${NOT_A_RATE_AFTER}|weekly(?! (?:summary|report|update|briefing|bulletin|review|assessment|round-?up))|щотижня|еженедельно|tygodniowo|pro woche|por semana|pe săptămână|par semaine`, () => ({ kind: 'average', strength: 4, days: 7 })],
  // "between March 3 and 9", "July 5-20", "between Feb. 20 and 22": a stretch of days; the night "between May 12 and 13" (below) is one day.
  [
    `between (?:${MONTHS})\\.? (\\d{1,2}) and (\\d{1,2})(?![\\d:])|(?:${MONTHS})\\.? (\\d{1,2}) ?[-\u2013] ?(\\d{1,2})(?![\\d:])`,
    (m) => {
      const [a, b] = m.slice(1).filter((g) => g !== undefined);
      const days = Number(b) - Number(a) + 1;
      return days > 2 && days <= 31 ? { kind: 'period', strength: 3, days } : null;
    },
  ],
  // One day.
  [
    "(?:in|over|during|within|for) (?:just |only )?(?:the )?(?:past|last|previous|preceding) (?:24|twenty-four)[- ]?hours?|(?:past|last|previous|preceding) (?:24|twenty-four)[- ]hours?|(?:in|within|over) (?:just )?(?:24|twenty-four) hours|(?:in|within) the (?:space|course) of (?:just )?(?:24|twenty-four) hours|24-hour period|(?:over|in|during|from|for|across|throughout) (?:just |only )?(?:the )?(?:past|last|previous|preceding) (?:day|24 hours)|(?:(?:over|during|throughout|for) the (?:course of the )?|in the course of the )day(?! (?:before|after|earlier|later|of))|(?:in|for|on|during|within|over) (?:just )?(?:a|one|a single|just one) (?:single )?day|(?<!the |on |of |this |that |a )last day(?! of| before| in)|single-day|one-day|overnight|(?:for )?yesterday|(?:daily|day's) (?:losses|loss|toll|figure|casualt\\p{L}*|tally|count|high|record|personnel|death|fatalit\\p{L}*)|(?:deadliest|bloodiest|worst|costliest|heaviest|record) (?:single[- ])?day|on (?:the )?(?:invasion's|war's) (?:first|second|third|fourth|fifth) day|on the (?:first|second|third|fourth|fifth) day of (?:the )?(?:war|invasion|fighting)|between \\p{L}+ \\d{1,2} and \\d{1,2}",
    () => daily(),
  ],
  // "on the last day of May": one day of a month, not the month.
  [`(?:on|for) the (?:last|final|first) day of (?:${MONTHS})(?![\\p{L}])`, () => daily()],
  ['(?:the |a )?day (?:before|earlier)|previous day|preceding day|(?:one|a) day (?:after|later)', () => daily(2)],
  // "31 tanks over the weekend, 19 of them on Sunday alone": one day singled out of a stretch.
  [`on (?:${WEEKDAY_ALT}) alone|(?:on )?that day alone`, () => daily()],
  // "11,000 in the past week, including 1,100 on Sunday": a weekday right after a figure is that figure's day
  // (only there: "…, Kyiv said on Sunday" dates the saying).
  [`on (?:${WEEKDAY_ALT})(?! alone)`, () => ({ ...daily(2), adjacent: 'noun' })],
  [
    'за (?:минулу |останню |попередню |цю |одну )?добу|вночі|минулої ночі|ночью|за ночь|в ночь на|протягом (?:минулої |останньої )?доби|минулої доби|за (?:останні |минулі )?24 години|за (?:один )?день|за вчора|вчора|' +
      'за (?:прошедшие |последние |минувшие |истекшие )?сутки|в течение (?:прошедших |последних )?суток|за (?:последние |прошедшие )?24 часа|вчера|' +
      'w ciągu (?:ostatniej |minionej )?doby|(?:ostatniej|minionej) doby|(?:w ciągu )?(?:samych )?ostatnich 24 godzin|w ciągu (?:jednego )?dnia|jednego dnia|wczoraj|' +
      'in den (?:vergangenen|letzten) 24 stunden|innerhalb (?:der letzten )?24 stunden|binnen 24 stunden|an einem (?:einzigen )?tag|gestern|am vortag|innerhalb eines tages|tödlichsten tag\\p{L}*|' +
      '(?:en|durante) las últimas 24 horas|últimas 24 horas|en (?:el|la) últim[oa] (?:día|jornada)|en (?:un solo|un|un único) día|en 24 horas|en tan pocas horas|ayer|último balance|' +
      'în ultimele 24 de ore|(?:într|intr)-o (?:singură )?zi|ieri|au cours des dernières 24 heures|ces dernières 24 heures|en (?:une seule|une) journée|en un (?:seul )?jour|hier|síðasta sólarhring|son 24 saat\\p{L}*',
    () => daily(),
  ],
  // A day's change: "four more tanks", "another 1,100", "rose by 1,240", "ще 1 200", "1.300 más".
  ['another|(?:an|a further) additional|a further|ще|ещё|еще|weitere\\p{L}*|kolejn\\p{L}*|alți|alte|encore', () => ({ ...daily(2), adjacent: 'before' })],
  // ("more than 22,000", "más de 500": the qualifier, no day's change.)
  ['more(?! than)|más(?! de)|ще|ещё|еще', () => ({ ...daily(2), adjacent: 'after' })],
  // "900 окупантів на добу": a rate of the figure it follows, where "за добу" is a day's figure.
  ['(?<!станом )на (?:добу|день)(?! (?:раніше|пізніше))', () => ({ kind: 'average', strength: 4, days: 1, adjacent: 'noun' })],
  [
    "(?:increas\\p{L}*|rose|grew|jumped|climbed|went up|up|updated its tally(?: of [\\p{L}' ]{0,40})?) by|(?:зросл\\p{L}*|збільшил\\p{L}*|выросл\\p{L}*|увеличил\\p{L}*) на",
    () => ({ ...daily(3), adjacent: 'before' }),
  ],
  // "in five months of fighting": the whole war or a stretch of it, told apart by the war's age on
  // the day of publication (window.ts, settleKind); the length rides along. (Before the war rule,
  // which matches the same words: on equal spans the first rule's cue stays.)
  [
    `(?:in|over|during) (?:the |its )?(?:past )?(?:just |only |nearly |almost |more than |over )?${NUM} (years|months|weeks) of (?:the |its )?(?:full-scale |all-out |heavy |intense |fierce )?(?:war|invasion|fighting|combat)`,
    (m) => {
      const count = n(m[1]);
      const unit = /^y/i.test(m[2] ?? '') ? 365 : /^m/i.test(m[2] ?? '') ? 30 : 7;
      return { kind: 'cumulative', strength: 3, days: count === null ? null : count * unit, tag: 'span' };
    },
  ],
  // "in the first month of the war": the whole war a month in, a stretch of it later (the same test).
  [
    `(?:in|over|during|throughout) the first (month|week|year) of ${WAR_OWNER}(?:full-scale |all-out )?(?:war|invasion|fighting|conflict)`,
    (m) => ({ kind: 'cumulative', strength: 3, days: /^y/i.test(m[1] ?? '') ? 365 : /^m/i.test(m[1] ?? '') ? 30 : 7, tag: 'span' }),
  ],
  // The whole war.
  [
    `since (?:the )?(?:start|beginning|outset|onset) of (?:(?!so-called )[\\p{L}'-]+ ){0,3}?${WAR}|since ${WAR} (?:began|started|broke out)(?: in (?:${MONTHS})(?: \\d{4})?)?|since (?:russia|moscow|(?:president )?(?:vladimir )?putin|the kremlin)(?:'s)? (?:launched|invaded|began|started|full-scale)[\\p{L} '-]*(?:\\d{4})?|since (?:the )?24(?:th)? (?:of )?(?:february|feb\\.?)|since (?:february|feb\\.?)(?: 24(?:th)?)?(?:,? 2022| last year| of last year)?|(?:during|in|throughout|over the course of) the (?:whole |entire )?(?:special )?military operation(?! in(?! ukraine))|since (?:the )?invasion|since day one|since its invasion|(?:in|over|during|across|throughout) (?:the |its )?(?:past |first )?(?:nearly |almost |more than |over )?(?:(?:${NUM}|\\d{1,3}) (?:years|months) of ${WAR_OWNER}(?:full-scale |all-out )?(?:war|invasion|fighting)|(?:${NUM}|\\d{1,3}) (?:weeks|days) of ${WAR_OWNER}(?:full-scale |all-out )?(?:war|invasion)|(?<=first )(?:${NUM}|\\d{1,3}) (?:weeks|days) of fighting)|(?:nearly|almost) ${NUM}-year war|since 2022` +
      // "during the ongoing attack on Ukraine": the invasion itself, not one operation in it (longer than the operation rule's match).
      `|(?:during|in|throughout|over the course of) (?:the |its |russia's |moscow's )?(?:ongoing |continuing |full-scale )?(?:attack|assault|offensive|operation|invasion|war) (?:on|against|of) ukraine(?![\\p{L}'’])` +
      // ("killed in the Ukraine operation": the war named by its country, as Washington spoke of it in 2022.)
      `|(?:during|in|throughout) (?:the |its |russia's |moscow's )ukraine (?:operation|campaign|invasion|war)(?![\\p{L}'’])`,
    () => cumulative(3),
  ],
  [
    'з початку (?:[\\p{L}\'-]+ ){0,3}?(?:вторгнення|війни|агресії)|від початку (?:повномасштабного |широкомасштабного )?(?:вторгнення|війни|агресії)|з 24 лютого(?: 2022(?: року)?)?|за весь час (?:війни|вторгнення)|' +
      'с начала (?:[\\p{L}-]+ ){0,3}?(?:специальной военной операции|сво|спецоперации|войны|конфликта|вторжения|операции)|с 24 февраля(?: 2022(?: года)?)?|за (?:все )?время (?:сво|спецоперации|войны|конфликта)|' +
      'od początku (?:[\\p{L}-]+ ){0,5}?(?:wojny|inwazji|napaści|konfliktu|agresji)|od 24 lutego|' +
      'seit (?:beginn|anfang|start) (?:des (?:krieges|kriegs|angriffskriegs)|der (?:russischen )?invasion)|seit kriegsbeginn|seit beginn|seit dem 24\\. februar|im krieg|' +
      'desde (?:el )?(?:inicio|comienzo|principio) de (?:la )?(?:guerra|invasión)|desde que (?:comenzó|empezó|inició)|desde el 24 de febrero|' +
      "de la (?:începutul|inceputul) (?:războiului|invaziei|conflictului)|de la începutul|depuis le (?:début|24 février)|savaşın başından|í stríðinu",
    () => cumulative(3),
  ],
  [
    "so far|to date|in total|all told|altogether|overall|cumulative(?:ly)?|(?:the |a |its |their )?total(?: of)?|tally(?! (?:also |further )?(?:listed|lists|showed|shows|included|includes|gave|gives|added|adds|mentioned|mentions|named|names))|bringing (?:the|its) (?:total|tally)|загалом|(?<!(?:більше|найбільше|менше) )[ву]сього(?! (?:лише|лиш|за|через|кілька|на))|сумарно|загальн\\p{L}* (?:бойов\\p{L}* )?втрат\\p{L}*|загальна кількість|(?<!(?:больше|меньше|прежде|более|чаще|хуже|лучше|сильнее) )всего(?! (?:лишь|за|через|несколько|в|на))|в общей сложности|общие (?:боевые )?потери|итого|łącznie|w sumie|ogółem|do tej pory|dotychczas|insgesamt|bislang|bisher|bis dato|bis jetzt|en total|hasta (?:ahora|el momento|la fecha)|totales|în total|numărul total|până în prezent|au total|jusqu'à présent|toplam",
    () => cumulative(1),
  ],
  // A stretch of days.
  [
    `(?:in|over|during|within|for) (?:the )?(?:past|last|previous|preceding) ${NUM} days|(?:past|last) ${NUM} days(?! in a row)|(?:over|in|within) (?:both|the two|these two|${NUM}) days|(?:in|over|within) the space of ${NUM} days|(?:the|these|those|both) (?:${NUM} )?days (?:together|combined|account|accounted|added|brought|saw|cost)|${NUM}-day` +
      // The same in the lexicon languages, with digits: "durante los últimos 15 días", "ces 15 derniers jours".
      `|(?:los|las) últim[oa]s (\\d{1,3}) días|(?:des|les|ces) (\\d{1,3}) derniers jours|(?:negli|nei) ultimi (\\d{1,3}) giorni|(?:nos|os) últimos (\\d{1,3}) dias|w ciągu (?:ostatnich )?(\\d{1,3}) dni|in den (?:letzten|vergangenen) (\\d{1,3}) tagen|în ultimele (\\d{1,3}) zile|son (\\d{1,3}) günde`,
    (m) => ({ kind: 'period', strength: 3, days: n(m.slice(1).find((g) => g !== undefined)) ?? (/both|two/i.test(m[0]) ? 2 : null) }),
  ],
  // "за 3 дня", "за трое суток", "в течение пяти дней": a stretch of N days.
  [`за (?:последние |прошедшие |минувшие )?${NUM} (?:дня|дней|суток)|в течение (?:последних )?${NUM} (?:дней|суток)`, (m) => ({ kind: 'period', strength: 3, days: n(m[1] ?? m[2]) })],
  [`за (?:последние |прошедшие |минувшие )?${NUM} (?:недели|недель)`, (m) => ({ kind: 'period', strength: 3, days: (n(m[1]) ?? 0) * 7 || null })],
  // "за останні два дні", "упродовж останніх п'яти місяців": a stretch of N days, weeks or months.
  [
    `(?:за|протягом|упродовж|впродовж) (?:останні |останніх |минулі |минулих |попередні |попередніх )?${NUM} (?:[\\p{L}'-]+(?:і|их) )?(дні|днів|доби|діб|тижні|тижнів|місяці|місяців)(?![\\p{L}])`,
    (m) => ({ kind: 'period', strength: 3, days: (n(m[1]) ?? 0) * (/^т/u.test(m[2] ?? '') ? 7 : /^м/u.test(m[2] ?? '') ? 30 : 1) || null }),
  ],
  [`(?:in|over|during|across) (?:the )?(?:past|last|previous) ${NUM} months`, (m) => ({ kind: 'period', strength: 3, days: (n(m[1]) ?? 0) * 30 || null })],
  // A calendar year: "in 2023", "over the whole of 2024", "since the start of 2024", "that year alone".
  [
    '(?:in|during|throughout|for|across|over(?: the (?:whole|course) of)?|since the (?:start|beginning) of|(?:the )?whole of)\\s+(20[2-3]\\d)(?![\\d\\p{L}])|that year(?: alone)?|(?:за|у|в|протягом) (20[2-3]\\d)(?: р(?:ік|оці|\\.)| г(?:од|оду|\\.))?|(?:im jahr|en|în|w|en el año) (20[2-3]\\d)',
    (m) => ({ kind: 'period', strength: 3, days: yearDays(m), tag: 'year' }),
  ],
  // A year-long stretch that is no calendar year: "in the past year", "in just one year", "in the
  // second year of the invasion" (a war's N-th year is a stretch of it; its first, above, may be the war so far). Not "for the first time in a
  // year", "the highest in a year": how long since, not the figure's window.
  [
    "(?:in|over|during|across|throughout|for) (?:the )?(?:past|last|previous|preceding) (?:year|twelve months)(?![\\p{L}'’-])|(?:in|during|over|throughout) (?:the |its )?(?:second|third|fourth|fifth) year of (?:the |its |russia's |moscow's )?(?:full-scale |all-out )?(?:war|invasion|fighting|conflict)|(?<!(?:time|times|highest|lowest|most|fewest|largest|smallest|biggest|worst|best|first) )(?:in|within|over) (?:just |only )?(?:a|one|a single) year(?![\\p{L}'’-])",
    () => ({ kind: 'period', strength: 3, days: 365 }),
  ],
  // "put Russia's losses last year at 430,790", "150,000 died last year": the calendar year before
  // publication (as-of.ts), not the war. Not "in the last year" (twelve months, above), "since
  // February last year", "in May last year", "than last year" (the word before says).
  ['last year(?![\\p{L}\'’-])', (m) => (LAST_YEAR_NOT_WINDOW.test(m.input.slice(Math.max(0, m.index - 24), m.index)) ? null : { kind: 'period', strength: 3, days: 365, tag: 'last_year' })],
  // "losses for the month reached 45,720", "the tally for the week": the month or week the text is about.
  // ("during the month", "in the week ending Friday", "over the week to Sunday" too.)
  [
    "(?:for|over|across|throughout|during|in) the (?:whole |entire |course of the )?(month|week)(?:(?= (?:ending|to|through|up to) )|(?! (?:of|ago|earlier|later|when|that|to|ending|ahead|in which))(?![\\p{L}'’-]))",
    (m) => ({ kind: 'period', strength: 3, days: /^w/i.test(m[1] ?? '') ? 7 : 30 }),
  ],
  // "in just one month of fighting", "in a single month", "in only one week": a month's or a week's
  // stretch, never the war (not "the highest in a month": how long since, as with a year, above).
  [
    "(?<!(?:time|times|highest|lowest|most|fewest|largest|smallest|biggest|worst|best|first) )(?:in|within|over) (?:just |only )?(?:a|one|a single) (?:single )?(month|fortnight)(?![\\p{L}'’-])",
    (m) => ({ kind: 'period', strength: 3, days: /^f/i.test(m[1] ?? '') ? 14 : 30 }),
  ],
  [`(?:in|over|during) (?:the )?(?:past|last) ${NUM} weeks`, (m) => ({ kind: 'period', strength: 3, days: (n(m[1]) ?? 0) * 7 || null })],
  [
    '(?:in|over|during) (?:the )?(?:past|last|previous) (?:week|seven days)|(?<!(?:time|times|highest|lowest|most|fewest|largest|smallest|biggest|worst|best|first) )(?:in|within) (?:the space of )?(?:just |only )?(?:a|one|a single) week|(?:over|during|throughout) the (?:course of the )?week(?![\\p{L}-]| (?:before|after|earlier|of|when|that|ending|to))|this week|(?:in )?the week prior|(?:за|протягом) (?:минулий |останній )?тиждень|за (?:прошедшую |последнюю )?неделю|w (?:ostatnim|minionym) tygodniu|in der (?:vergangenen|letzten) woche|en la última semana|în ultima săptămână',
    () => ({ kind: 'period', strength: 3, days: 7, tag: 'week' }),
  ],
  // Seasons and stretches named by their first day or by a battle: windows whose length the text does not give.
  [
    `(?:over the|during the|throughout the) (?:past )?(?:summer|winter|spring|autumn|fall)(?! of 2022)|(?:in|during|over) (?:the )?first (?:${NUM}|\\d{1,3}) (?:days|weeks|months)|(?:in|during) the (?:battles?|fight(?:ing)?|assaults?|offensive|campaign) (?:for|on|near|around|over) (?:the )?[\\p{Lu}][\\p{L}-]+|around (?:the (?:city|town) of )?[\\p{Lu}][\\p{L}-]+ (?:alone|since)`,
    () => ({ kind: 'period', strength: 3, days: null }),
  ],
  // ("since the start of January": the same stretch as "since January".)
  [`since (?:early |late |mid-|the (?:start|beginning|middle|end) of )?(${MONTHS})(?:,? (20[2-3]\\d))?(?![\\p{L}\\d])`, (m) => (/febr|лют|февр|lut/i.test(m[1] ?? '') && (m[2] === undefined || m[2] === '2022') ? null : { kind: 'period', strength: 3, days: null })],
  // A named operation's window: "since the offensive on Pokrovsk began", "since the start of the Kursk operation".
  [
    "since (?:(?:the )?(?:start|beginning|launch|outset) of )?(?:the |its |their |kyiv's |ukraine's |russia's |moscow's )?(?:(?:[\\p{Lu}][\\p{L}-]+|summer|winter|spring|autumn|cross-border) )(?:operation|offensive|counter-?offensive|incursion|assault|battle|push|campaign)|since (?:the (?:start|beginning|launch|outset) of )?(?:the |its |their )?(?:operation|offensive|counter-?offensive|incursion|assault|battle|push|campaign) (?:on|in|for|near|around|into) (?:the )?[\\p{Lu}][\\p{L}-]+" +
      // A counter-offensive or an incursion is never the whole war, named or not ("since the start of Kiev's counteroffensive").
      "|since (?:(?:the )?(?:start|beginning|launch|outset|first days?|early days|first hours) of )?(?:the |its |their |kyiv's |kiev's |ukraine's |the ukrainian )?(?:[\\p{L}-]+ ){0,3}?(?:counter-?offensive|incursion)|since (?:the )?(?:start|beginning|launch|outset) of (?:the |its |their )?so-called (?:counter-?)?offensive|since (?:kyiv|kiev|ukraine) (?:launched|began|started) (?:its |the )?(?:counter-?offensive|incursion)" +
      // "since the first days of Kyiv's incursion": the operation's start, said another way.
      "|since (?:the )?first (?:days?|weeks?|hours?) of (?:the |its |their |kyiv's |kiev's |ukraine's |russia's |moscow's )?(?:[\\p{Lu}][\\p{L}-]+ )?(?:operation|offensive|counter-?offensive|incursion|assault|push|campaign)" +
      // "since the beginning of hostilities in the Kursk Region", "since the Ukrainian troops entered the
      // Kursk Region": fighting in one region, not the war (longer than the war rule's match, so it wins).
      "|since (?:the )?(?:start|beginning|outset|onset) of (?:the )?(?:hostilities|fighting|clashes|combat|battles?|war) in (?:the )?[\\p{Lu}][\\p{L}-]+ (?:region|oblast|area|province|direction)" +
      "|since (?:the )?(?:ukrainian |russian |kyiv's |kiev's |ukraine's |its |their )?(?:troops|forces|army|units|soldiers|military) (?:entered|crossed into|pushed into|broke into|invaded) (?:the )?(?!ukraine(?![\\p{L}]))[\\p{Lu}][\\p{L}-]+" +
      // "since the start of the Ukrainian military operation in the Kursk region", "since the beginning of the
      // offensive operation in the Kharkiv region": Kyiv's operation, or one bounded by a region, is no war.
      "|since (?:(?:the )?(?:start|beginning|launch|outset|onset) of )?(?:the )?(?:ukrainian|ukraine's|kyiv's|kiev's) (?:[\\p{L}-]+ ){0,2}?(?:operation|offensive|incursion|push|campaign|raid)(?: (?:in|into|on) (?:the )?[\\p{Lu}][\\p{L}-]+(?: (?:region|oblast|province|area))?)?" +
      "|since (?:the )?(?:start|beginning|launch|outset|onset) of (?:the |its |their )?(?!special )(?:[\\p{L}-]+ ){0,2}?(?:operation|offensive|incursion|campaign) (?:in|into) (?:the )?(?!ukraine(?![\\p{L}]))[\\p{Lu}][\\p{L}-]+ (?:region|oblast|province|area)" +
      // "since launching their push toward Robotyne", "since they began the offensive": a stretch of one
      // operation (not "since launching the full-scale invasion", nor the special military operation).
      "|since (?:(?:launching|starting|beginning|opening|mounting)|(?:it|they|kyiv|kiev|ukraine|ukrainian (?:forces|troops)|the ukrainian (?:army|forces|military)) (?:launched|began|started|opened|mounted)) (?:the |its |their |his |a |an )?(?!(?:full-scale|special|all-out) )(?:[\\p{L}'-]+ ){0,3}?(?:counter-?offensive|offensive|push|operation|incursion|assault|campaign|advance|drive)(?![\\p{L}])",
    () => ({ kind: 'period', strength: 3, days: null }),
  ],
  // "since Mediazona's last update": the stretch since a count was last published (a day, when the
  // speaker reports daily: settleKind).
  ["since (?:the |its |their )?(?:[\\p{L}-]+'s )?(?:last|latest|previous) (?:daily )?(?:update|count|report|tally)", () => ({ kind: 'period', strength: 3, days: null, tag: 'since_report' })],
  // (Also the months joined by a dash: "January-April 2025", "in May–August".)
  [`(?:between|from) (?:early |late |mid-)?(?:${MONTHS}) (?:and|to|through|until) (?:early |late |mid-)?(?:${MONTHS})|(?<![\\p{L}])(?:${MONTHS}) ?[-\u2013\u2014] ?(?:${MONTHS})(?![\\p{L}])|(?:in|during|over) the (?:first|second|third|fourth|last) (?:half|quarter) of (?:the year|this year|last year|20[2-3]\\d)`, () => ({ kind: 'period', strength: 3, days: null })],
  // "in the 12 months to December", "over the four weeks to Sunday": a stretch that ends on the day named.
  [`(?:in|over|during) the (?:past |last )?(${NUM}|\\d{1,2}|twelve) (weeks|months) (?:to|through|until|ending)`, (m) => ({ kind: 'period', strength: 3, days: (m[1]?.toLowerCase() === 'twelve' ? 12 : (n(m[1]) ?? 0)) * (/^w/i.test(m[2] ?? '') ? 7 : 30) || null })],
  // "from Monday to Sunday", "between Tuesday and Thursday": the days from one weekday to the next; but
  // "between Monday and Tuesday", two days running, is the 24 hours of one daily report.
  [
    `(?:from|between) (${WEEKDAY_ALT}) (?:to|and|through|until|till) (${WEEKDAY_ALT})`,
    (m) => {
      const days = ((WEEKDAYS.indexOf((m[2] ?? '').toLowerCase()) - WEEKDAYS.indexOf((m[1] ?? '').toLowerCase()) + 7) % 7) + 1;
      return days <= 2 ? daily() : { kind: 'period', strength: 3, days };
    },
  ],
  [`(?:in|over|during) the (${NUM}|\\d{1,2}) days (?:to|through|until|ending)|(?:in|during|over) the (?:first|second|third|fourth|last|final) (?:week|fortnight|ten days|half) of (?:${MONTHS})`, (m) => ({ kind: 'period', strength: 3, days: n(m[1]) })],
  ['(?<!(?:a|per|each|every) )(?:last|past) week(?! ago)', () => ({ kind: 'period', strength: 3, days: 7, tag: 'week' })],
  // Losses in one town or one sector: "Russian casualties in Avdiivka", "losses around Bakhmut",
  // "13,000 in just this one sector": one battle's toll, not the war's.
  // (Not a name that owns what follows: "casualties in Vladimir Putin's invasion" are the war's.)
  [
    `(?:casualties|losses|dead|deaths|death toll|killed|wounded) (?:in|at|around|near|outside) (?:the (?:city|town|village) of )?(?!(?:${MONTHS}|ukraine|russia|crimea|donbas|donbass|europe|kyiv|kiev|moscow|russia's|ukraine's|ukrainian|russian|action|combat|battle|the)(?![\\p{L}]))(\\p{L}[\\p{L}-]+)(?![\\p{L}-])(?! (?:region|oblast|province|direction|front|axis))(?!(?: [\\p{L}-]+)?['’]s )|in (?:just |only )?(?:this|that|one|a single) (?:one )?(?:sector|town|city)`,
    // (The flag "i" lets \p{Lu} match any letter: the town's capital is checked here.)
    (m) => (m[1] === undefined || /^\p{Lu}/u.test(m[1]) ? { kind: 'period', strength: 3, days: null } : null),
  ],
  // A place that bounds a stretch: "in the Kursk region so far" (kept only beside "so far", below).
  ["(?:on|along) the (?:[\\p{Lu}][\\p{L}'-]+ )(?:front|axis|direction|sector|salient|bridgehead)|in (?:the )?(?:[\\p{Lu}][\\p{L}'-]+ )(?:region|oblast|province|border region|sector|direction|axis)|in (?:the )?(?:region|oblast|province) of [\\p{Lu}][\\p{L}-]+", () => ({ kind: 'period', strength: 2, days: null, tag: 'area' })],
  // "in just three hours", "within a few hours": part of one day, a single fight's stretch, not a day's tally.
  [
    `(?:in|within|over|during) (?:just |only |a mere |less than |under |the space of )?(${NUM}|a few|several|a couple of|an|one) hours?(?![\\p{L}-])`,
    (m) => {
      const h = /^(?:an|one)$/i.test(m[1] ?? '') ? 1 : n(m[1]);
      return h !== null && h >= 24 ? null : { kind: 'period', strength: 3, days: null };
    },
  ],
  // "within 72 hours", "over the past 48 hours": whole days counted in hours.
  ['(?:in|over|during|within) (?:the )?(?:past |last |previous )?(?:more than |over |nearly |almost |just )?(48|72|96)[- ]hours?', (m) => ({ kind: 'period', strength: 3, days: Number(m[1]) / 24 })],
  ['(?:over|during|at|across) the (?:past |last )?weekend', () => ({ kind: 'period', strength: 3, days: 2 })],
  // "over the given period", "for the reported period" (the Russian ministry's English briefings),
  // "during the period": the stretch just named, like "the same period".
  // A sentence that breaks down the figure just given ("… lost over 3,000 pieces of equipment since
  // August. The reported losses include 104 tanks, …", "This includes 291 tanks"): its parts, in that
  // figure's window, whatever it was; a window of its own ("This includes 1,820 over just one day") wins.
  ["^\\s*(?:the |these |those |its |their )?(?:(?:reported|recorded|confirmed|total|overall|equipment) )?(?:losses|figures?|tally|toll|total|count) (?:also )?include[sd]?|^\\s*(?:this|these|they|that|it) (?:also )?include[sd]?", () => ({ kind: 'period', strength: 2, days: null, tag: 'part' })],
  ['(?:over|in|during|for) the same (?:period|time|day|24 hours)|(?:in|over|during) (?:that|this) time(?! (?:of|when|last|next|frame))|(?:during|in) the (?:fighting|battles?|clashes)(?= *[,.;]| *$| (?:were|was|had|have|has|and|the|with)(?![\\p{L}]))|(?:in|while|when) repelling (?:the|these|those) (?:attacks?|assaults?|offensive)|(?:over|in|during|for) the (?:given|said|specified|reported) period|(?:over|in|during|for|throughout) (?:the|this|that) period(?! (?:of|from|between|since|to|until|when|in))|за той самий період|за тот же период', () => ({ kind: 'period', strength: 3, days: null, tag: 'same' })],
  ['(?:in|over|during) (?:the )?(?:past|last) (?:month|30 days|thirty days)', () => ({ kind: 'period', strength: 3, days: 30 })],
  ['last month|(?:за |у |в )?минул\\p{L}* місяц\\p{L}*|в прошлом месяце|за прошлый месяц|w zeszłym miesiącu|im vergangenen monat|im letzten monat|el mes pasado|luna trecută|le mois dernier', () => ({ kind: 'period', strength: 3, days: null, tag: 'last_month' })],
  ['this month|since the (?:start|beginning) of (?:the|this) month|цього місяця|за (?:цей|поточний) місяць|в этом месяце|w tym miesiącu|in diesem monat|este mes|luna aceasta|ce mois-ci', () => ({ kind: 'period', strength: 3, days: null, tag: 'this_month' })],
  [
    "since the (?:beginning|start) of (?:the |this )?year|(?<!of )(?:so far )?this year|since january(?: 1)?|in \\d{4} alone|(?:з|від) початку (?:цього |поточного |20[2-3]\\d )?року|с начала (?:этого |текущего )?года|od początku roku|seit (?:jahresbeginn|anfang des jahres|beginn des jahres)|(?:en lo que va de|este) año|desde (?:principios|el inicio) de(?:l)? año|de la începutul anului|depuis le début de l'année|á þessu ári",
    () => ({ kind: 'period', strength: 3, days: null, tag: 'year_to_date' }),
  ],
  [
    `(?:in|during|for|throughout|was|у|в|w|im|en|în|í) (?:the month of )?(${MONTHS})(?![\\p{L}])|(${MONTHS})'s(?= [\\p{L}-]*\\s*(?:loss\\p{L}*|toll|casualt\\p{L}*|figure|tally|total|count))|(?:over|in|during|across) the (?:\\d{2}|[\\p{L}-]+) days of (${MONTHS})(?![\\p{L}])`,
    (m) => {
      const month = monthOf((m[1] ?? m[2] ?? m[3]) as string);
      return month === null ? null : { kind: 'period', strength: 3, days: null, tag: 'month', month };
    },
  ],
  // "November 2024 was the costliest month, with 45,680", "October ranks as the worst month for
  // armour", "April alone saw 36,000": a month the subject of its sentence is the window of its figures.
  [
    `(${MONTHS})(?:,? 20[2-3]\\d)?(?: alone)? (?:was|became|has been|had been|proved|turned out to be|saw|stands out as|stood out as|ranks as|ranked as)(?![\\p{L}])`,
    (m) => {
      const month = monthOf(m[1] as string);
      return month === null ? null : { kind: 'period', strength: 3, days: null, tag: 'month', month };
    },
  ],
  // "the previous record belonged to November, when losses came to 45,720": the month named before "when" is the window of the clause after it.
  [
    // (Matched from the "when": the month, behind it, is only looked for where one stands.)
    `(?<=(?<![\\p{L}])(${MONTHS}),? )(?:${WHEN})`,
    (m) => {
      const month = monthOf(m[1] as string);
      return month === null ? null : { kind: 'period', strength: 3, days: null, tag: 'month', month };
    },
  ],
  // Fighting in one area ("during the fighting in the Bryansk region", "since the onset of combat
  // operations in the area"; longer than the war's own "since the beginning of hostilities"): a
  // stretch of that front, not the war.
  [
    "(?:(?:in|during|over the course of)|since (?:the )?(?:start|beginning|outset|onset) of) (?:the )?(?:fights|fighting|hostilities|clashes|combat operations|military operations) (?:in|near|around|on|for) (?:the )?(?:border areas of |border areas|area|region|direction|(?:(?:[\\p{Lu}][\\p{L}'-]+ ){1,2}(?:region|oblast|direction|area|sector|axis|front)))(?![\\p{L}])",
    // (Not "since": "in fighting in the Kursk region over the past 24 hours" says where a day's losses fell.)
    (m) => ({ kind: 'period', strength: 3, days: null, ...(/^since /iu.test(m[0]) ? {} : { tag: 'front' as const }) }),
  ],
  // One operation: a window whose length the text does not give ("in a Ukrainian New Year's Eve attack").
  [
    "(?:in|during) the (?:early |first |opening |initial |final |last )?(?:stages?|phase) of (?:the |its |their |this |that )?(?:[\\p{L}-]+ )?(?:offensive|counter-?offensive|operation|assault|attack|battle|incursion|push)|" +
      // (Not "in the protracted battle", "in the ongoing attack": the war itself, described.)
      "(?:in|during|over the course of) (?:(?:a|an|the|one|that|this|their|its|kyiv's|ukraine's|russia's|moscow's) )?(?:(?!(?:as|when|while|and|or|but|after|before|since|then|that|which|in|on|of|at|to|for|with|by|from|the|a|an|protracted|ongoing|long|lengthy|grinding|years-long|(?:two|three|four)-year|wider|broader|larger|overall)\\s)[\\p{L}-]+(?:['’]s)? ){0,5}?(?:assault|attack|battle|offensive|counter-?offensive|counter-?attack|operation|push|raid|strike|incursion)|(?:summer|winter|spring|autumn|failed|latest|cross-border) (?:ukrainian |russian |kyiv's |kiev's |ukraine's |russia's )?(?:counter-?offensive|counter-?attack|offensive|incursion|push)|during (?:the )?(?:fighting|battles?) (?:for|near|around|in) [\\p{Lu}][\\p{L}-]+",
    () => ({ kind: 'period', strength: 3, days: null }),
  ],
  // "in recent days", "over recent weeks": a stretch just past, its length not given.
  ['(?:in|over|during) (?:the )?(?:recent|past few|last few) (?:days|weeks|months)', () => ({ kind: 'period', strength: 3, days: null })],
  // "125,800 casualties during a period of intensified offensive operations": a stretch the text names, not the war.
  ['(?:in|over|during|throughout) an? (?:[\\p{L}-]+ ){0,2}(?:period|stretch|spell) of', () => ({ kind: 'period', strength: 3, days: null })],
  // "in a month of fighting", "during the week of heavy combat": a stretch of fighting, never the whole war.
  [
    // ("during a month of the Russian onslaught on Avdiivka": a side's adjective may stand before the noun.)
    "(?:in|over|during|throughout|within|after) (?:the|a|one|its|their) (?:single |first |past |last )?(week|fortnight|month) of (?:the )?(?:(?:russian|russia's|ukrainian|ukraine's|enemy|kyiv's|moscow's) )?(?:heavy |fierce |intense |bloody |constant |relentless |massive )?(?:fighting|combat|clashes|battles?|attacks|assaults|onslaught|storming)",

    (m) => ({ kind: 'period', strength: 3, days: /^w/i.test(m[1] ?? '') ? 7 : /^f/i.test(m[1] ?? '') ? 14 : 30 }),
  ],
  // "thwarted the first three days of a Ukrainian counter-offensive": the operation's opening days, with no preposition before them.
  [
    `(?:the|its|their) (?:first|initial|opening) ${NUM} (days|weeks|months) of (?:a |an |the |its |their |kyiv's |kiev's |ukraine's |russia's |moscow's )?(?:[\\p{L}'-]+ ){0,3}?(?:counter-?offensive|offensive|operation|incursion|campaign|assault|push)`,
    (m) => ({ kind: 'period', strength: 3, days: (n(m[1]) ?? 0) * (/^m/i.test(m[2] ?? '') ? 30 : /^w/i.test(m[2] ?? '') ? 7 : 1) || null }),
  ],
  // "over the five months of the Kursk operation", "during the month of the incursion": a stretch of one
  // operation (not the war's own "military operation").
  [
    `(?:in|over|during|throughout|within) (?:the |its )?(?:first |past |last |initial )?(?:(?:just |only |nearly |almost |more than |over )?${NUM} (days?|weeks?|months?)|(day|week|month)) of (?:the |its |their |this |that |kyiv's |kiev's |ukraine's )?(?!(?:special )?military operation)(?:[\\p{L}'-]+ ){0,4}?(?:operation|offensive|counter-?offensive|incursion|campaign|assault|battle)`,
    (m) => {
      const unit = m[2] ?? m[3] ?? '';
      return { kind: 'period', strength: 3, days: ((m[1] === undefined ? 1 : n(m[1])) ?? 0) * (/^m/i.test(unit) ? 30 : /^w/i.test(unit) ? 7 : 1) || null };
    },
  ],
  // "the Kursk operation has cost Russia 38,000": an operation named by its place is a stretch, not the war.
  // (Not "the first weeks of the Avdiivka offensive", which dates an old record; weaker than a window word.)
  [
    "(?<!of )(?:the|this|kyiv's|kiev's|ukraine's) ([\\p{L}-]+) (?:operation|offensive|counter-?offensive|incursion)",
    (m) => (/^\p{Lu}/u.test(m[1] ?? '') && !/^(?:special|military|russian|russia's|moscow's|putin's)$/iu.test(m[1] ?? '') ? { kind: 'period', strength: 2, days: null } : null),
  ],
  // One strike: "died when a missile hit", "the strike killed 63": its toll, not a total.
  ['(?:died|were killed|was killed|perished) when|(?:strike|attack|raid|shelling|barrage|bombardment) (?:has |had )?(?:killed|left)', () => ({ kind: 'period', strength: 3, days: null })],
  // "since April 2", "since the last update on April 2": a window whose length the text does not give.
  [`(?:since|с) (?:as (?:recently|early|late|far back|long ago) as )?(?:(?:the|its|their) [\\p{L}' ]{0,40}? on )?(?:(?:${MONTHS})\\.? \\d{1,2}|\\d{1,2} (?:${MONTHS}))`, (m) => (/febr|лют|февр|lut/i.test(m[0]) ? null : { kind: 'period', strength: 3, days: null })],
  ...LANG_KIND_RULES,
];

// The words before "last year" that make it a date in another window, or a comparison.
const LAST_YEAR_NOT_WINDOW = new RegExp(`(?<![\\p{L}])(?:${MONTHS}|the|of|since|from|until|till|by|than|to|as|early|late|mid|end|start|beginning|summer|winter|spring|autumn|fall)[ -]$`, 'iu');


// (And the lexicon languages' record words: "leur journée la plus sanglante de la guerre".)
const SUPERLATIVE_BEFORE = new RegExp(`(?:most|highest|largest|biggest|deadliest|bloodiest|worst|heaviest|first time|record|${LANG_RECORD_WORDS})(?![\\p{L}])[^.;:0-9]{0,60}$`, 'iu');

// The month and comma before a "when" cue ("November, "): dropped when asking what stands before the month.
const WHEN_LEAD = new RegExp(`(?:${MONTHS}),?\\s*$`, 'iu');

function sinceWindow(s: string, c: KindCue): string {
  const before = s.slice(Math.max(0, c.start - 60), c.start);
  return WHEN_WORD.test(s.slice(c.start, c.start + 12)) ? before.replace(WHEN_LEAD, '') : before;
}
const WHEN_WORD = new RegExp(`^(?:${WHEN})(?![\\p{L}])`, 'iu');

// "Moscow last named its dead in September 2022", "востаннє називала … у вересні 2022 року": the
// month or year dates the statement, not the window of the figure it gave (a total at the time).
const LAST_STATED_BEFORE = /(?:востаннє|востанне|в последний раз|последний раз|ostatni raz|zuletzt|por última vez|pela última vez|la dernière fois|l[’']ultima volta|ultima (?:dată|oară)|(?<![\p{L}])last (?:time|updated|gave|published|disclosed|released|reported|admitted|confirmed|acknowledged|named))[^.;:]*$/iu;

// "its first casualty update since March 2", "the first figure Moscow has given since September":
// how long the speaker had been silent, not the window of the figure.
const FIRST_STATED_BEFORE = /(?<![\p{L}])first (?:[\p{L}-]+ ){0,3}?(?:update|report|announcement|statement|briefing|figures?|toll|count|tally|disclosure|admission|estimate|numbers?)s? (?:(?:[\p{L}'’]+ ){1,3}?(?:has |had )?(?:given|released|published|issued|made|offered) |(?:by|from) (?:the )?(?:[\p{L}'’]+ ){1,3}?)?$/iu;

// "Last week Russia said …", "This week, Ukrainian authorities said that …", "Burns said at the end of July this
// year that …": a time phrase that dates the statement, not the window of the figure it gave.
const SPEECH_VERB = '(?:said|says|reported|announced|claimed|stated|estimated|admitted|acknowledged|told)';
const STATED_AFTER_CUE = new RegExp(`^,?\\s+(?:[\\p{L}'’.-]+\\s+){0,4}?${SPEECH_VERB}(?![\\p{L}])`, 'iu');
const STATED_BEFORE_CUE = new RegExp(`(?<![\\p{L}])${SPEECH_VERB}\\s+(?:[\\p{L}'’.-]+\\s+){0,3}?(?:(?:at|in|on|by) (?:the )?(?:end|start|beginning|middle) of [\\p{L}]+\\s+)?$`, 'iu');
const THAT_AFTER_CUE = /^\s*,?\s*that(?![\p{L}])/iu;
// "Em setembro, o ministro da defesa da Rússia, Sergei Shoigu, afirmou que …", "En septembre, Moscou a
// déclaré que …": a month or week opening the sentence, a speaker and a verb of saying (any lexicon's)
// after it, dates the statement too.
const OPENS_SENTENCE = /^\s*["“«]?\s*(?:[\p{L}]+\s*,\s*)?$/u;
const STATED_AFTER_OPENING = new RegExp(`^,?\\s+(?:[\\p{L}'’.-]+,?\\s+){0,8}?(?:${SPEECH_VERB}|${LANG_SPEECH})(?![\\p{L}])`, 'iu');
// The other languages: "V únoru ukrajinský prezident řekl, že …", "W lutym BBC podało, że …": a month
// before its speaker's verb of saying and a "that" dates the statement.
const LANG_STATED_THAT = native(new RegExp(`^,?\\s+(?:[\\p{L}'’.-]+\\s+){0,5}?(?:${LANG_SPEECH})\\s*,?\\s*(?:že|że|dass|что|що|jog|kad|ka|que|che|că)(?![\\p{L}])`, 'iu'));
// German puts the verb of saying last: "Im Juni hatte er die Zahl … mit mehr als 25.000 angegeben", "die Zahlen,
// die Wallace im August genannt hatte": a month before an auxiliary and a closing participle of saying, or right
// before the participle and its auxiliary, dates the statement.
const DE_AUX = '(?:hat|hatte|haben|hatten|hätte|hätten)';
const DE_STATED_LAST = native(new RegExp(`^,?\\s+${DE_AUX}\\s[^;:!?]*?(?<![\\p{L}])(?:${LANG_SPEECH})\\s*[.!]?\\s*$`, 'iu'));
const DE_STATED_RIGHT_AFTER = native(new RegExp(`^\\s+(?:${LANG_SPEECH})\\s+${DE_AUX}(?![\\p{L}])`, 'iu'));
function datesStatement(s: string, c: KindCue): boolean {
  if (c.kind !== 'period' || !(c.tag === 'week' || c.tag === 'month' || c.tag === 'year_to_date')) return false;
  if (c.tag === 'month' && LANG_STATED_THAT.test(s.slice(c.end, c.end + 100))) return true;
  if (c.tag === 'month' && (DE_STATED_RIGHT_AFTER.test(s.slice(c.end, c.end + 60)) || (OPENS_SENTENCE.test(s.slice(0, c.start)) && DE_STATED_LAST.test(s.slice(c.end))))) return true;
  const after = s.slice(c.end, c.end + 60);
  if (OPENS_SENTENCE.test(s.slice(0, c.start))) {
    const opening = STATED_AFTER_OPENING.exec(s.slice(c.end, c.end + 120));
    if (opening !== null && /\d/u.test(s.slice(c.end + opening[0].length))) return true;
  }
  // (Only before the figure it introduces: in "Russia lost 9,870 troops last week, the General Staff said" the week is the figure's.)
  const stated = /^(?:this|last)\s/iu.test(s.slice(c.start, c.end)) ? STATED_AFTER_CUE.exec(after) : null;
  // (Nor after figures of its own: in "… destroyed 21 tanks last week, the ministry said, adding that …" the week is theirs.)
  if (stated !== null && /\d/u.test(s.slice(c.end + stated[0].length)) && !/\d/u.test(s.slice(0, c.start))) return true;
  return THAT_AFTER_CUE.test(after) && STATED_BEFORE_CUE.test(s.slice(Math.max(0, c.start - 60), c.start));
}

// The yardstick of a comparison: "double the monthly average", "above NATO's average", "than the average".
const COMPARED_WITH_BEFORE = /(?<![\p{L}])(?:double|twice|triple|thrice|half|than|above|below|exceed(?:s|ed|ing)?|compared (?:to|with))\s+(?:the\s+|its\s+|[\p{L}]+'s\s+)?(?:(?:reported|calculated|estimated|usual|typical|monthly|daily|weekly|overall)\s+)*$/iu;
const ORDINAL_BEFORE = /(?:second|third|fourth|fifth|another|new|latest) (?:record|high|time|peak|increase|rise)s?\s+$/iu;

// "since the invasion began in February 2022": the month dates the start of a total, not a window.
const SINCE_BEFORE = /(?:since|began|started|launched|invaded|з початку|від початку|с начала|od początku|seit|desde|de la începutul|depuis)[^,;.]*$/iu;

// A rule that names a month in each of its alternatives can only match a sentence that has one:
// one test of the month words spares the dozen rules built on them (hundreds of forms, every lexicon).
const MONTH_ANY = new RegExp(`(?<![\\p{L}])(?:${MONTHS})(?![\\p{L}])`, 'iu');
const MONTH_RIGHT_BEFORE = new RegExp(`(?<![\\p{L}])(?:${MONTHS})(?: \\d{1,2})?,?\\s+$`, 'iu');
// A rule whose every alternative is written in scripts other than Latin (a Ukrainian or Arabic
// window word) can only match a sentence with letters of one of them.
const SCRIPTS = ['Cyrillic', 'Greek', 'Arabic', 'Devanagari'] as const;
type Script = (typeof SCRIPTS)[number];
const SCRIPT_RE: Record<Script, RegExp> = {
  Cyrillic: /\p{Script=Cyrillic}/u,
  Greek: /\p{Script=Greek}/u,
  Arabic: /\p{Script=Arabic}/u,
  Devanagari: /\p{Script=Devanagari}/u,
};

const COMPILED = RULES.map(([p, make]) => ({
  re: native(new RegExp(`(?<![\\p{L}\\d])(?:${p})(?![\\p{L}])`, 'giu')),
  make,
  needsMonth: topAlternatives(p).every((a) => a.includes(MONTHS)),
  scripts: scriptsNeeded(p),
  gate: gateOf(p),
}));

/** The scripts one of which a sentence needs for the rule to match, or null when Latin text may match it. */
function scriptsNeeded(p: string): Script[] | null {
  const needed = new Set<Script>();
  for (const alt of topAlternatives(p)) {
    // Escapes (\p{L}, \d, \s) are no letters of the alternative.
    const letters = alt.replace(/\\p\{[^}]*\}|\\./g, '');
    const own = SCRIPTS.filter((k) => SCRIPT_RE[k].test(letters));
    if (own.length === 0 || /[a-z]/i.test(letters)) return null;
    for (const k of own) needed.add(k);
  }
  return [...needed];
}

// Both the figure reader and the assembly ask for a sentence's cues; a small cache reads each once.
const CACHE_LIMIT = 256;
const cache = new Map<string, readonly KindCue[]>();

/** All cues in a sentence; where two overlap the longer stays. */
export function findKindCues(s: string): KindCue[] {
  const hit = cache.get(s);
  if (hit !== undefined) return [...hit];
  const cues = readKindCues(s);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(s, cues);
  return [...cues];
}

// A year heading a line of a breakdown: "2023 - 253,290 troops", "* 2025, up to June 4: 200,000".
// Tried once, at the line's start, not at every position as the rules are.
const YEAR_ROW_HEAD = /^\s*(?:[-\u2022*\u25aa\u25cf]\s*)?20[1-3]\d(?=(?:,?[^\d\n.;]{0,24}\d{0,2}\)?)?\s*[\u2012-\u2015:-]\s)/u;

function readKindCues(s: string): KindCue[] {
  const found: KindCue[] = [];
  const row = YEAR_ROW_HEAD.exec(s);
  if (row !== null) found.push({ kind: 'period', strength: 3, days: null, tag: 'year', start: row.index, end: row.index + row[0].length });
  const hasMonth = MONTH_ANY.test(s);
  const present = new Set(SCRIPTS.filter((k) => SCRIPT_RE[k].test(s)));
  const folded = foldForGate(s);
  for (const { re, make, needsMonth, scripts, gate } of COMPILED) {
    if (needsMonth && !hasMonth) continue;
    if (scripts !== null && !scripts.some((k) => present.has(k))) continue;
    if (!mayMatch(gate, folded)) continue;
    re.lastIndex = 0;
    for (const m of execAll(re, s)) {
      const cue = make(m as RegExpExecArray);
      if (cue === null) continue;
      // English month abbreviations and "May" need a capital letter (monthOf checks).
      found.push({ ...cue, start: m.index, end: m.index + m[0].length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = found.filter(
    (c) =>
      // (A "when" cue stands after its month and a comma: "с начала июня, когда" opens a total too.)
      !((c.tag === 'month' || c.tag === 'year' || c.tag === 'last_year') && SINCE_BEFORE.test(sinceWindow(s, c))) &&
      !((c.tag === 'month' || c.tag === 'year' || c.tag === 'last_year') && LAST_STATED_BEFORE.test(s.slice(Math.max(0, c.start - 80), c.start))) &&
      // ("October last year": the month's window, the year only says which October.)
      !(c.tag === 'last_year' && MONTH_RIGHT_BEFORE.test(s.slice(Math.max(0, c.start - 16), c.start))) &&
      !datesStatement(s, c) &&
      // "the most it has reported in a single day since the invasion began": the span of a record, not a window.
      // Likewise "the highest daily figure since November 12, when …": the date the record reaches back to.
      !((c.kind === 'cumulative' || (c.kind === 'period' && /^since /iu.test(s.slice(c.start, c.end)))) && c.strength >= 3 && SUPERLATIVE_BEFORE.test(s.slice(Math.max(0, c.start - 70), c.start))) &&
      // "the second record in two days", "for the third time in a week": how often, not a figure's window.
      !(c.kind === 'period' && ORDINAL_BEFORE.test(s.slice(Math.max(0, c.start - 40), c.start))) &&
      !(c.kind === 'period' && /^since /iu.test(s.slice(c.start, c.end)) && FIRST_STATED_BEFORE.test(s.slice(Math.max(0, c.start - 80), c.start))) &&
      // "35,000 in December, about double the monthly average": the average a figure is compared with, not its
      // own window (but "double NATO's monthly average of 20,250" is that figure's).
      !(c.kind === 'average' && COMPARED_WITH_BEFORE.test(s.slice(Math.max(0, c.start - 50), c.start)) && !/^(?:\s+[\p{L}-]+){0,2}\s+(?:of|at)\s+(?:[\p{L}]+\s+){0,2}\d/u.test(s.slice(c.end, c.end + 40))),
  );
  // A place bounds a figure's stretch only beside "so far", "bislang", "in total", in one clause: alone it says where, not when.
  const sofar = kept.filter((c) => c.kind === 'cumulative' && c.strength === 1);
  const near = (a: KindCue, b: KindCue): boolean => {
    const between = a.end <= b.start ? s.slice(a.end, b.start) : s.slice(b.end, a.start);
    // ("In total, losses on the Pokrovsk front reached …": a "total" opening the sentence spans it, past its comma.)
    const lead = (a.strength === 1 && /^\W*$/u.test(s.slice(0, a.start)) && a.end <= b.start) || (b.strength === 1 && /^\W*$/u.test(s.slice(0, b.start)) && b.end <= a.start);
    return between.length <= 60 && !/[;:()\u2013\u2014]|,(?!\d)/u.test(lead ? between.replace(/^\s*,/u, '') : between);
  };
  const out: KindCue[] = [];
  for (const c of kept) {
    // (Nor beside a day's window: "total losses in the Tavria direction over the last day" are a day's.)
    if (c.tag === 'area' && ((!sofar.some((f) => near(c, f)) && !ALREADY.test(s.slice(c.end, c.end + 40).split(/[,;:()\u2013\u2014]/u)[0] as string)) || kept.some((d) => d.kind === 'daily' && d.strength >= 3 && d.adjacent === undefined))) continue;
    // Fighting in one area with a day's window in the same clause: the place the day's losses fell in.
    if (c.tag === 'front' && kept.some((d) => d.kind === 'daily' && d.strength >= 3 && near(c, d))) continue;
    const last = out[out.length - 1];
    if (last !== undefined && c.start < last.end) {
      // Keep the longer; on equal length the stronger.
      if (c.end - c.start > last.end - last.start || (c.end - c.start === last.end - last.start && c.strength > last.strength)) out[out.length - 1] = c;
      continue;
    }
    out.push(c);
  }
  return out;
}
