/**
 * Weapon models and classes, named the same way in every language the extractor reads (in Latin
 * and Cyrillic letters): "shot down a Ukrainian Su-27", "two Buk air defence launchers", "a Grad
 * multiple rocket launcher", "три Т-72". Each counts as the metric its class falls under in the
 * General Staff's tally. A model may carry its class noun after it ("Buk air defence launchers",
 * "T-72 tanks"): MODEL_TAIL takes it in, so the noun phrase ends where the list goes on.
 */
import type { Metric } from '../types.ts';
import type { NounClass } from './types.ts';

// Letters or digits glued on after a model's number ("Su-34M", "T-72B3", "Ми-8МТВ").
const X = '[\\p{L}\\p{N}]*';

export const MODELS: readonly (readonly [Metric, NounClass, string])[] = [
  ['aircraft', 'equipment', `su-\\d{2}${X}|mig-\\d{2}${X}|tu-\\d{2,3}${X}|il-\\d{2}${X}|a-50${X}|yak-\\d{2,3}${X}|be-\\d{2}${X}|f-16s?|mirage(?: 2000${X})?|су-\\d{2}${X}|миг-\\d{2}${X}|міг-\\d{2}${X}|ту-\\d{2,3}${X}|ил-\\d{2}${X}|іл-\\d{2}${X}|а-50${X}|як-\\d{2,3}${X}|бе-\\d{2}${X}`],
  ['helicopters', 'equipment', `ka-\\d{2}${X}|mi-\\d{1,2}${X}|ка-\\d{2}${X}|ми-\\d{1,2}${X}|мі-\\d{1,2}${X}|apaches?|black hawks?`],
  ['air_defense', 'equipment', `buks?(?:-m\\d${X})?|s-[34]00${X}|s-350|pantsir(?:-s\\d)?|tor-m\\d${X}|osa-akm|strela-10|iris-t(?: slm)?|nasams|patriot|бук(?:а|и|ов|ів)?(?:-м\\d${X})?|с-[34]00${X}|панцир\\p{L}*|тор-м\\d${X}|оса-акм|стрела-10|стріла-10`],
  ['mlrs', 'equipment', `grads?|uragans?|smerch|tornado-[sgu]|himars|bm-2[17]|bm-30|tos-1a?|vampire|rm-70|град(?:а|ы|ов|и|ів)?|ураган(?:а|ы|ов|и|ів)?|смерч(?:а|и|ей|ів)?|торнадо-[сгу]|хаймарс\\p{L}*|тос-1а?`],
  ['tanks', 'equipment', `t-(?:55|62|64|72|80|84|90)${X}|leopard(?:[- ]?[12]${X})?|leopards|abrams|challenger(?: 2)?s?|т-(?:55|62|64|72|80|84|90)${X}|леопард\\p{L}*|абрамс\\p{L}*`],
  ['afv', 'equipment', `bmp(?:-?\\d${X})?s?|btr(?:-?\\d{1,2}${X})?s?|bmd(?:-?\\d${X})?s?|mt-?lbs?|bradleys?|strykers?|marders?|m113s?|бмп-\\d${X}|бтр-\\d{1,2}${X}|бмд-\\d${X}|мт-лб`],
  ['artillery', 'equipment', `msta-[bsбс]${X}|m777s?|m109${X}|d-30s?|d-20s?|2s\\d{1,2}${X}|giatsint${X}|akatsiyas?|gvozdikas?|caesars?|krabs?|pzh ?2000s?|мста-[бс]${X}|д-30|д-20|2с\\d{1,2}${X}|гиацинт\\p{L}*|гіацинт\\p{L}*|акаци\\p{L}*|гвоздик\\p{L}*`],
  // A missile named for its class ('27 Storm Shadow missiles') is a cruise missile, as the General Staff counts them.
  ['cruise_missiles', 'equipment', `storm shadows?(?: (?:cruise )?missiles?)?|scalp(?:-eg)?(?: (?:cruise )?missiles?)?|kalibrs?(?: (?:cruise )?missiles?)?|kh-101s?(?: (?:cruise )?missiles?)?`],
  ['uav', 'equipment', `orlans?(?:-\\d+)?|zalas?|lancets?(?:-\\d)?|bayraktars?(?: tb2)?|tb2s?|орлан(?:-\\d+)?\\p{L}*|ланцет\\p{L}*|байрактар\\p{L}*`],
];

/** The class noun a model may carry after it: "air defence launchers", "multiple rocket launcher", "fighter jet". */
export const MODEL_TAIL =
  '(?:(?:air[- ]defen[cs]e|anti-aircraft|surface-to-air|multiple|rocket|missile|fighter|attack|strike|bomber|main|battle|infantry|fighting|armou?red|self-propelled|multi-?role|combat|transport|reconnaissance|utility|assault|light|heavy|launch)\\s+)*(?:launchers?|systems?|complex(?:es)?|batter(?:y|ies)|vehicles?|carriers?|jets?|fighters?|bombers?|planes?|aircraft|helicopters?|gunships?|tanks?|howitzers?|guns?|drones?)';
