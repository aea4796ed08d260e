/**
 * The shape of one language's data for the claim extractor. Each field is appended to the
 * matching shared list (context.ts, metrics.ts, numbers.ts, qualifier.ts, kind.ts, claimant.ts,
 * items.ts), so a new phrasing or language is data here, not code there. Patterns are regex
 * alternations matched case-insensitively with the `u` flag, whole words only.
 */
import type { Claimant, Metric } from '../types.ts';

export type NounClass = 'troops' | 'loss' | 'people' | 'equipment' | 'aggregate';

export interface Lexicon {
  lang: string;
  /** Verbs and nouns that make a figure a loss ("знешкодили", "вивели з ладу", "ausgeschaltet"). */
  loss?: readonly string[];
  /** Words that make a count of people something other than a loss (moved, exchanged, trained). */
  notALoss?: readonly string[];
  /**
   * Words that make a drone or missile count one launched at a country and met by its air defence
   * ("verschoss", "abattu", "armée de l'air"): losses only in the Russian ministry's own reports.
   */
  interception?: readonly string[];
  /** Forecasts and projections ("може втратити", "pourrait perdre"). */
  forecast?: readonly string[];
  /** Both sides added together ("обох армій"). */
  combined?: readonly string[];
  /** Another, older war a figure is compared with ("wojna w Afganistanie", "Sovětský svaz"): its figures are no claims. */
  olderWar?: readonly string[];
  /** Words that name a side ("russi", "ucraini"), and the enemy, for whose losses a figure counts. */
  side?: { ru?: string; ua?: string; enemy?: string };
  /** Words that make a sentence military (a bare "killed" or "people" is soldiers then). */
  military?: readonly string[];
  /** Metric nouns: [metric, class, pattern]; tried after the shared ones at each position. */
  metrics?: readonly (readonly [Metric, NounClass, string])[];
  /** Words that may stand between a figure and its noun ("уничтоженных", "russischen"). */
  fillers?: readonly string[];
  /** Words right after a figure that leave it without a noun of its own, so its noun is looked for before it ("davon 1.140 innerhalb"). */
  functionAfter?: readonly string[];
  /** Number words and their values ("п'ятнадцять", "півтори": 1.5 before a scale word). */
  units?: Readonly<Record<string, number>>;
  /**
   * Number words written as one word ("hetvenhétezer" 77,000, "kétszázan" 200 of them): the parts
   * that only stand inside such a word ("tizen" 10 and more, "hat" 6, a scale in a case form), and
   * the endings the whole word may take. Units and scale words join it without being listed here.
   */
  compound?: { parts?: Readonly<Record<string, number>>; endings?: readonly string[] };
  /** Scale words: multiply what comes before ("сотні", "десятка", "mil"). */
  scales?: Readonly<Record<string, number>>;
  /** Scale words and abbreviations read right after digits ("712 tis.", "12 ezer", "5 tūkst."). */
  digitScales?: Readonly<Record<string, number>>;
  /** Scale words that stand for one of themselves with no number before ("тисячу", "mil"). */
  bareScales?: readonly string[];
  /** Words before a figure that qualify it. */
  qualifiers?: { atLeast?: readonly string[]; about?: readonly string[]; moreThan?: readonly string[] };
  /** Window words. */
  kind?: {
    daily?: readonly string[];
    average?: readonly string[];
    /** A rate per month ("kiekvieną mėnesį", "pro Monat", "par mois"): an average over 30 days. */
    averageMonth?: readonly string[];
    cumulative?: readonly string[];
    /** A stretch with a known or unknown length in days. */
    period?: readonly (readonly [pattern: string, days: number | null])[];
    /**
     * "In this period" pointing back at the window of the figure before ("خلال هذه الفترة" after a
     * total since the war began): that figure's window, whatever it was.
     */
    same?: readonly string[];
    /** Prepositions that make a following month name a window ("за жовтень", "im November"). */
    monthPrepositions?: readonly string[];
    /** Words before a month that open a window from it ("с начала июня", "seit Anfang Juni"). */
    sinceMonth?: readonly string[];
    /** Prepositions or phrases before a year that make it a window ("упродовж 2025 року"): pattern with `YEAR`. */
    year?: readonly string[];
    /** A place that bounds a stretch ("im Gebiet Kursk"): with "so far" beside it, the figure is that area's since fighting there began, not the war's total. */
    area?: readonly string[];
    /** A span of days of one month: pattern with two capture groups for the first and last day. */
    dayRange?: readonly string[];
  };
  /** Who speaks: [claimant, strength, pattern]; 'country' names count only beside a verb of speech. */
  claimants?: readonly (readonly [Claimant | null, 'org' | 'country' | 'generic', string])[];
  /** Month names January to December, each a space-separated list of forms, for languages calendar.ts lacks. */
  months?: readonly string[];
  /** Weekday names Sunday to Saturday, the same way. */
  weekdays?: readonly string[];
  /**
   * Nouns of a publication's or research body's own count, standing before its capitalised name
   * ("розслідування «Медіазони»", "un informe del Instituto …", "une étude de l'IFRI"): that count is
   * `other`'s, unless the name holds a speaker of its own ("звіт Генштабу").
   */
  outletCounts?: readonly string[];
  /** Verbs of speech after a speaker ("повідомляє", "sagte", "dijo"). */
  speech?: readonly string[];
  /** Words before a source ("за словами", "nach Angaben"). */
  sourceBefore?: readonly string[];
  /** Words right after a figure, or after its noun of soldiers, that make them soldiers taken prisoner
   * ("wziętych do niewoli", "militares capturados"): losses of another kind (metric other), read only in a
   * list beside a count of the dead or wounded. */
  captured?: readonly string[];
  /** Ranges: words that open one before its first figure ("tussen"), the "and" that then joins the two
   * figures ("en"), and words that join two figures on their own ("tot", "až"). */
  ranges?: { between?: readonly string[]; and?: readonly string[]; to?: readonly string[] };
  /**
   * A piece of equipment named in the singular with no figure ("втратили танк, бойову броньовану
   * машину"): one of it, read after a comma, an "and" or a verb of losing. Unambiguous singular forms
   * only ("ББМ" may be many).
   */
  singulars?: readonly string[];
  /** Words of losing or "and" right before such a singular (the shared ones are commas and the English "and"). */
  singularLead?: readonly string[];
  /**
   * Words that open a clause set against the figure before it ("una cifra muy superior a la
   * confirmada por Moscú", "alors que", "während"): a speaker named later in that clause speaks for
   * the clause, not for the figure (the English "while", "whereas", "but" are attribute.ts's own).
   */
  contrast?: readonly string[];
  /** Between two figures, words that make the second one a count of the same noun ("з них", "davon"). */
  sameNoun?: readonly string[];
  /** The same, right after the figure ("1.280 de ellos", "1 280 из них"). */
  sameNounAfter?: readonly string[];
  /**
   * Old records: words for "previous"/"earlier", nouns of a record or high ("рекорд", "максимум",
   * "la marca"), in either order ("попередній рекорд", "la marca anterior"), and verbs that beat
   * one ("перевищив", "superó"): a figure they frame is an old record, not a new one.
   */
  oldRecord?: { previous?: readonly string[]; nouns?: readonly string[]; beat?: readonly string[] };
}
