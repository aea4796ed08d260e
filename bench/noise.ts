/**
 * The channel's other posts: operational updates (with their own numbers and dashes, which the
 * report parser must pass over), short news, video captions, greetings and emoji-only posts.
 * Written for the benchmark; deterministic for a given random source.
 */
const DIRECTIONS = [
  'Харківському',
  'Куп’янському',
  'Лиманському',
  'Сіверському',
  'Краматорському',
  'Торецькому',
  'Покровському',
  'Новопавлівському',
  'Гуляйпільському',
  'Оріхівському',
  'Придніпровському',
];

const PLACES = ['Вовчанська', 'Куп’янська', 'Торецька', 'Часового Яру', 'Покровська', 'Мирнограда', 'Степногірська', 'Новопавлівки', 'Кам’янського', 'Білогорівки'];

const UNITS = [
  '3-ї окремої штурмової бригади',
  '47-ї окремої механізованої бригади',
  '93-ї окремої механізованої бригади «Холодний Яр»',
  'Сил безпілотних систем',
  '80-ї окремої десантно-штурмової бригади',
  '36-ї окремої бригади морської піхоти',
  'Національної гвардії України',
];

const GREETINGS = [
  'Сьогодні вшановуємо пам’ять загиблих захисників. Вічна пам’ять героям! 🕯',
  'Вітаємо військових зв’язківців з професійним святом! Дякуємо за надійний зв’язок на передовій. 🇺🇦',
  'З Днем Збройних Сил України! Дякуємо кожному, хто тримає стрій. 💙💛',
  'Вітаємо з Днем Незалежності України! Разом до перемоги! 🇺🇦',
  'Дякуємо волонтерам за дрони, автівки та турботу про наших воїнів. 🤝',
];

const EMOJI_POSTS = ['🇺🇦', '💪🇺🇦', '🔥🔥🔥', '🫡', '🇺🇦🇺🇦🇺🇦', '👇', '⚡️', '🙏🇺🇦'];

const NEWS = [
  (r: Rand) => `Сили оборони уразили склад боєприпасів противника в районі ${pick(r, PLACES)}. Результати уточнюються.`,
  (r: Rand) => `Уражено пункт управління БпЛА противника поблизу ${pick(r, PLACES)}. Детонація зафіксована.`,
  (r: Rand) => `Протягом ночі противник атакував ${20 + int(r, 90)} ударними БпЛА типу «Shahed». Сили ППО знешкодили ${15 + int(r, 60)} з них.`,
  (r: Rand) => `Генеральний штаб ЗСУ: ворог продовжує наступальні дії на ${pick(r, DIRECTIONS)} напрямку, ситуація під контролем.`,
  (r: Rand) => `Обмін полоненими: додому повернулися ${30 + int(r, 200)} захисників. Робота триває. 🇺🇦`,
  (r: Rand) => `Увага! Ворог поширює фейки про ситуацію біля ${pick(r, PLACES)}. Довіряйте лише офіційним джерелам.`,
];

export type Rand = () => number;

function int(r: Rand, n: number): number {
  return Math.floor(r() * n);
}

function pick<T>(r: Rand, list: readonly T[]): T {
  return list[int(r, list.length)] as T;
}

function ddmmyyyy(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}.${m}.${y}`;
}

/** The morning, afternoon or evening operational update of `date`, with per-direction attack counts. */
function operationalUpdate(r: Rand, date: string, hour: string): string {
  const lines = [
    `⚡️Оперативна інформація станом на ${hour} ${ddmmyyyy(date)} щодо російського вторгнення`,
    '',
    `Від початку доби відбулося ${40 + int(r, 140)} бойових зіткнень. Противник завдав ${int(r, 5)} ракетних та ${20 + int(r, 70)} авіаційних ударів, скинув ${40 + int(r, 120)} керованих авіабомб.`,
    '',
  ];
  const shown = 3 + int(r, 4);
  const start = int(r, DIRECTIONS.length);
  for (let i = 0; i < shown; i++) {
    const dir = DIRECTIONS[(start + i) % DIRECTIONS.length] as string;
    lines.push(`На ${dir} напрямку — ${1 + int(r, 40)} ${pick(r, ['атак', 'боєзіткнень', 'штурмових дій'])}.`);
  }
  lines.push('', 'Сили оборони вживають заходів для стримування противника.', '', '#Генштаб #оперативна_інформація');
  return lines.join('\n');
}

function videoCaption(r: Rand): string {
  return `🎥 Робота воїнів ${pick(r, UNITS)} на ${pick(r, DIRECTIONS)} напрямку.\n\nВідео: ${pick(r, UNITS)}\n\n#ЗСУ #війна`;
}

export interface NoisePost {
  text: string;
  /** ISO instant. */
  publishedAt: string;
}

/** The other posts of one day, from early morning to evening: 3 to 7 of them, 5 on average. */
export function noisePostsFor(r: Rand, date: string): NoisePost[] {
  const posts: NoisePost[] = [];
  const at = (h: number, m: number) => `${date}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00Z`;
  // Kyiv 08:00 and 18:00 updates are 05:00/06:00 and 15:00/16:00 UTC; close enough for a benchmark.
  posts.push({ text: operationalUpdate(r, date, '08:00'), publishedAt: at(5, int(r, 10)) });
  posts.push({ text: operationalUpdate(r, date, '18:00'), publishedAt: at(15, int(r, 30)) });
  const extra = 1 + int(r, 5);
  for (let i = 0; i < extra; i++) {
    const roll = r();
    const text =
      roll < 0.45 ? pick(r, NEWS)(r) : roll < 0.7 ? videoCaption(r) : roll < 0.8 ? pick(r, GREETINGS) : roll < 0.9 ? operationalUpdate(r, date, '22:00') : pick(r, EMOJI_POSTS);
    posts.push({ text, publishedAt: at(7 + int(r, 14), int(r, 60)) });
  }
  return posts.sort((a, b) => (a.publishedAt < b.publishedAt ? -1 : a.publishedAt > b.publishedAt ? 1 : 0));
}
