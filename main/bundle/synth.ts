// Deterministic generator of realistic synthetic reports (BUNDLE-FORMAT.md §4) for demos, tests and
// benchmarks (`baken bundle synth`). Everything comes from one seeded PRNG stream — never Math.random —
// so a seed reproduces the same reports byte for byte. The content is built from hand-written
// templates in the reporters' own languages and scripts, filled with slot values, and it carries the
// patterns later checks look for: near-duplicate narratives, mismatched media types, unknown
// category codes, reporters without any contact details.
import { createHash } from 'node:crypto';
import { CATEGORIES, type CHANNELS, type Category } from '../../core/bundle/schemas';

export type SynthAttachment = {
  sha256: string;
  bytes: Buffer;
  filename: string;
  /** As declared in the report: a claim of the reporter, deliberately wrong on ~2 %. */
  mediaType: string;
  /** What the bytes really are: ground truth for forensics tests. */
  actualMediaType: string;
};
export type SynthReport = {
  reportId: string;
  /** Exact UTF-8 bytes of the report JSON (2-space indented, trailing newline). */
  json: Buffer;
  attachments: SynthAttachment[];
  /** Ground truth for authenticity tests: the earlier report this one nearly duplicates. */
  nearDuplicateOf?: string;
};
export type SynthOptions = {
  seed: number;
  receivedFrom: Date;
  receivedTo: Date;
  /** Share of reports whose narrative nearly duplicates an earlier one (default 0.03). */
  nearDuplicateRate?: number;
};

// ---- PRNG ---------------------------------------------------------------------------------------

function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x21f0aaad);
  x = Math.imul(x ^ (x >>> 15), 0x735a2d97);
  return (x ^ (x >>> 15)) >>> 0;
}

type Weighted<T> = readonly (readonly [T, number])[];

/** Hashes a list of 32-bit words into one 32-bit word; `lane` picks one of several independent hashes. */
function hashWords(words: readonly number[], lane: number): number {
  let h = mix32(0x6a09e667 + Math.imul(lane, 0x9e3779b9));
  for (const w of words) h = mix32((h ^ (w >>> 0)) + 0x9e3779b9);
  return mix32(h + lane);
}

/**
 * sfc32, seeded by hashing a list of 32-bit words: small, fast and the same on every platform.
 * Each of the four state words is its own hash of the list, so the seeds span 128 bits: with one
 * 32-bit hash, two of 100,000 reports would by chance share a state and come out identical.
 */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(words: readonly number[]) {
    this.a = hashWords(words, 1);
    this.b = hashWords(words, 2);
    this.c = hashWords(words, 3);
    this.d = hashWords(words, 4);
    for (let i = 0; i < 12; i++) this.u32();
  }

  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  float(): number {
    return this.u32() / 4294967296;
  }

  /** 53 random bits: a window of years in milliseconds needs more than 32. */
  float53(): number {
    return ((this.u32() >>> 5) * 67108864 + (this.u32() >>> 6)) / 9007199254740992;
  }

  /** Inclusive of both ends. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.float() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new Error('synth: pick from an empty list');
    return xs[Math.floor(this.float() * xs.length)] as T;
  }

  weighted<T>(xs: Weighted<T>): T {
    let total = 0;
    for (const [, w] of xs) total += w;
    let r = this.float() * total;
    for (const [x, w] of xs) {
      r -= w;
      if (r < 0) return x;
    }
    const last = xs[xs.length - 1];
    if (!last) throw new Error('synth: weighted pick from an empty list');
    return last[0];
  }

  shuffled<T>(xs: readonly T[]): T[] {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }

  bytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i += 4) {
      const v = this.u32();
      for (let k = 0; k < 4 && i + k < n; k++) out[i + k] = (v >>> (8 * k)) & 0xff;
    }
    return out;
  }
}

function uuid(rng: Rng): string {
  const b = rng.bytes(16);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = Buffer.from(b).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

// ---- content model ------------------------------------------------------------------------------

type Country = 'TR' | 'CN' | 'IR' | 'RU' | 'BY' | 'ER' | 'MA' | 'RW' | 'SA' | 'EG' | 'SY' | 'VN';
type LangKey = 'nl' | 'en' | 'tr' | 'ar' | 'fa' | 'ru' | 'zh' | 'ti' | 'ug';
type Channel = (typeof CHANNELS)[number];
type Gender = 'm' | 'f';
type Slots = Record<string, string>;
/** A slot value: a plain phrase, or its grammatical forms (case, locative…) under their slot names. */
type Entry = string | Slots;
/** A template; `only` restricts it to reports about those countries (e.g. Eritrea's diaspora tax). */
type Tpl = string | { readonly t: string; readonly only: readonly Country[] };
type DigitSet = 'latn' | 'arab' | 'arabext';

interface Pack {
  readonly locale: string;
  /** Dutch name of the language, for the intake professional's notes. */
  readonly langName: string;
  tag(rng: Rng, country: Country): string;
  readonly countries: Weighted<Country>;
  /** Space-separated words (word-level edits make near-duplicates; Chinese gets synonyms only). */
  readonly spaced: boolean;
  readonly listSep: string;
  readonly digits?: Weighted<DigitSet>;
  /** Slots whose form depends on the reporter's gender: [masculine, feminine]. */
  readonly gender?: Readonly<Record<string, readonly [string, string]>>;
  country(c: Country): Slots;
  city(municipality: string): Slots;
  date(y: number, m: number, d: number): string;
  /** Slots derived from numbers (Russian plural forms). */
  derive?(nums: { n: number; years: number; age: number }): Slots;
  /** A sentence about the reporter (age, work) put into the opening: it makes reports differ. */
  readonly intro: readonly string[];
  readonly jobs: readonly string[];
  readonly actors: readonly Entry[];
  readonly relatives: readonly Entry[];
  readonly orgs: readonly Entry[];
  readonly events: readonly Entry[];
  readonly platforms: readonly string[];
  readonly when: readonly string[];
  readonly quotes: readonly string[];
  readonly opening: readonly Tpl[];
  readonly extra: readonly Tpl[];
  readonly paras: Partial<Record<Category, readonly Tpl[]>>;
  readonly impact: readonly Tpl[];
  readonly closing: readonly Tpl[];
  readonly summary: Partial<Record<Category, readonly Tpl[]>>;
  readonly actorDetails: readonly string[];
  readonly safeTimes: readonly string[];
  readonly note: { readonly titles: readonly string[]; readonly call: string; readonly msg: string };
  readonly files: { readonly txt: readonly string[]; readonly png: readonly string[]; readonly pdf: readonly string[] };
  readonly desc: { readonly txt: string; readonly png: string; readonly pdf: string };
  /** Word swaps a second writer (or the same one, later) would make. */
  readonly synonyms: readonly (readonly [string, string])[];
  readonly addenda: readonly string[];
}

const MUNICIPALITIES: Weighted<string> = [
  ['Amsterdam', 14], ['Rotterdam', 12], ['Den Haag', 12], ['Utrecht', 8], ['Eindhoven', 5], ['Groningen', 4],
  ['Tilburg', 4], ['Almere', 5], ['Zaanstad', 3], ['Arnhem', 3], ['Nijmegen', 3], ['Breda', 3], ['Haarlem', 3],
  ['Enschede', 3], ['Apeldoorn', 2], ['Leiden', 3], ['Schiedam', 2], ['Zoetermeer', 2], ['Deventer', 2],
  ['Amersfoort', 2], ['Maastricht', 2], ['Dordrecht', 2], ['Venlo', 1], ['Hengelo', 1], ['Diemen', 1], ['Delft', 2],
];

const DIGIT_SETS: Record<DigitSet, string | null> = { latn: null, arab: '٠١٢٣٤٥٦٧٨٩', arabext: '۰۱۲۳۴۵۶۷۸۹' };
const localDigits = (s: string, set: DigitSet) => {
  const ds = DIGIT_SETS[set];
  return ds ? s.replace(/[0-9]/g, (d) => ds[Number(d)] ?? d) : s;
};

const tableCountry =
  (names: Partial<Record<Country, string>>, forms: (name: string) => Slots) =>
  (c: Country): Slots => {
    const name = names[c] ?? c;
    return { country: name, ...forms(name) };
  };
const tableCity =
  (names: Readonly<Record<string, string>>, forms: (name: string) => Slots) =>
  (m: string): Slots => {
    const name = names[m] ?? m;
    return { city: name, ...forms(name) };
  };
const pad2 = (n: number) => String(n).padStart(2, '0');

// ---- Dutch --------------------------------------------------------------------------------------

const NL_MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const NL_COUNTRY: Record<Country, string> = {
  TR: 'Turkije', CN: 'China', IR: 'Iran', RU: 'Rusland', BY: 'Belarus', ER: 'Eritrea', MA: 'Marokko',
  RW: 'Rwanda', SA: 'Saoedi-Arabië', EG: 'Egypte', SY: 'Syrië', VN: 'Vietnam',
};
const EN_COUNTRY: Record<Country, string> = {
  TR: 'Turkey', CN: 'China', IR: 'Iran', RU: 'Russia', BY: 'Belarus', ER: 'Eritrea', MA: 'Morocco',
  RW: 'Rwanda', SA: 'Saudi Arabia', EG: 'Egypt', SY: 'Syria', VN: 'Vietnam',
};
const ALL_COUNTRIES: Weighted<Country> = [
  ['TR', 18], ['CN', 10], ['IR', 10], ['RU', 8], ['BY', 3], ['ER', 10], ['MA', 12], ['RW', 6], ['SA', 3], ['EG', 5], ['SY', 9], ['VN', 3],
];

const NL: Pack = {
  locale: 'nl',
  langName: 'Nederlands',
  tag: (rng) => (rng.chance(0.15) ? 'nl-NL' : 'nl'),
  countries: ALL_COUNTRIES,
  spaced: true,
  listSep: ', ',
  country: tableCountry(NL_COUNTRY, (n) => ({ in_country: `in ${n}` })),
  city: tableCity({}, (n) => ({ in_city: `in ${n}` })),
  date: (y, m, d) => `${d} ${NL_MONTHS[m - 1]} ${y}`,
  actors: [
    'iemand van het consulaat', 'een onbekende man', 'een medewerker van de ambassade', 'iemand die zich voorstelde als ambtenaar',
    'een man die zei dat hij namens de autoriteiten kwam', 'een landgenoot uit de vereniging', 'iemand die beweerde van de inlichtingendienst te zijn',
  ],
  relatives: ['mijn moeder', 'mijn vader', 'mijn broer', 'mijn zus', 'mijn oom', 'mijn neef', 'mijn schoonvader'],
  orgs: ['de moskee bij ons in de wijk', 'onze culturele vereniging', 'de weekendschool van mijn kinderen', 'de vrouwenvereniging', 'het buurthuis waar wij samenkomen', 'onze kerkgemeenschap'],
  events: ['een demonstratie bij de ambassade', 'een protest op het Malieveld', 'een herdenkingsbijeenkomst', 'een bijeenkomst over mensenrechten', 'een debatavond in de bibliotheek', 'een wake op de Dam'],
  platforms: ['WhatsApp', 'Telegram', 'Instagram', 'Facebook', 'X', 'TikTok', 'Signal'],
  when: ['vorige week', 'twee weken geleden', 'begin deze maand', 'op een zaterdagavond', 'vlak na de verkiezingen', 'afgelopen weekend', 'een paar dagen later'],
  quotes: ['We weten waar je woont.', 'Denk aan je familie.', 'Stop met je activiteiten, anders krijg je problemen.', 'Je kunt niet altijd in Nederland blijven.', 'Wij zien alles wat je doet.'],
  intro: ['Ik ben {age} jaar en werk als {job}.', 'Ik ben {age} jaar oud en werk als {job}.'],
  jobs: ['verpleegkundige', 'taxichauffeur', 'docent', 'schoonmaker', 'journalist', 'software-ontwikkelaar', 'kapper', 'tolk', 'kok', 'maaltijdbezorger', 'boekhouder', 'promovendus'],
  opening: [
    'Ik woon sinds {years} jaar {in_city}. Ik kom oorspronkelijk uit {country} en ben actief in de gemeenschap hier. Sinds {date_start} gebeuren er dingen waar ik me zorgen over maak, en die wil ik graag melden.',
    'Ik meld dit omdat ik niet meer weet wat ik moet doen. Ik ben gevlucht uit {country} en heb nu een verblijfsvergunning. Vanaf {date_start} word ik lastiggevallen, en het is de laatste tijd erger geworden.',
    'Een vriendin heeft mij dit meldpunt aangeraden. Ik schrijf dit in het Nederlands, maar het is niet mijn moedertaal, dus excuses voor fouten. Wat ik wil vertellen begon rond {date_start}.',
    'Ik studeer {in_city} en ik ben bang om dit op te schrijven. Mijn familie woont nog {in_country}. Ik wil dat iemand weet wat er gebeurt, ook als jullie er niets mee kunnen doen.',
  ],
  extra: [
    'Wat achtergrond: ik kwam in {arrival_year} naar Nederland en werk nu {in_city}. {In_country} was ik actief in een studentenbeweging en sinds die tijd ben ik online kritisch op de regering.',
    'Ik wil eerst zeggen dat ik niet de enige ben. Minstens {n} mensen die ik ken hebben hetzelfde meegemaakt, maar zij zijn te bang om het te melden.',
    'Ik weet niet of het belangrijk is, maar ik heb ook contact met een journalist over de situatie van mensen uit {country} in Europa.',
  ],
  paras: {
    intimidation: [
      'Op {date_last} werd ik om {time} gebeld door een nummer uit {country} ({phone}). {Actor} zei letterlijk: "{quote}" Daarna werd er opgehangen. Sindsdien word ik bijna elke week gebeld, meestal laat op de avond.',
      'Na {event} {in_city} kreeg ik berichten via {platform}. Er stond in dat ik een verrader ben en dat ze weten waar ik woon. Eén bericht bevatte een foto van mijn voordeur. Ik heb alle berichten bewaard.',
      '{Actor} sprak mij aan bij de supermarkt en zei dat ik moest ophouden met mijn werk voor de gemeenschap. Hij wist mijn naam en de namen van mijn kinderen. Ik voelde me echt bedreigd.',
    ],
    surveillance: [
      'Tijdens {event} {in_city} zag ik {actor} die de hele tijd foto\'s maakte van de mensen die er waren, ook van mij. Toen ik hem aankeek draaide hij zich om. Later zag ik dezelfde man weer bij het station.',
      'Ik heb het gevoel dat ik gevolgd word. {When} stond er {n} avonden achter elkaar een auto met twee mannen tegenover mijn huis. Een buurman heeft het kenteken genoteerd.',
      'Mensen {in_country} vertelden mij dat mijn naam op een lijst staat. Ze wisten precies naar welke bijeenkomsten ik {in_city} ben geweest en met wie ik daar sprak. Dat kan alleen als iemand ons in de gaten houdt.',
    ],
    'family-pressure': [
      '{Relative} {in_country} is {when} bezocht door de politie. Ze vroegen naar mij: waar ik woon, wat ik doe en met wie ik omga. Ze zeiden dat het beter is als ik terugkom om "alles uit te leggen".',
      'Mijn familie wordt onder druk gezet. {Relative} is {n} keer opgeroepen voor verhoor en moest daar mijn telefoonnummer en adres in Nederland geven. Mijn familie vraagt mij nu om te stoppen met mijn activiteiten.',
      '{Relative} belde mij huilend op. De familie is gezegd dat er problemen komen met werk en papieren als ik niet ophoud met posten op {platform}. Om hen te beschermen durf ik bijna geen contact meer op te nemen.',
    ],
    'coercion-informant': [
      '{Actor} vroeg mij of ik informatie wilde geven over mensen uit onze gemeenschap {in_city}: wie er naar de bijeenkomsten komt, wie geld geeft, wie contact heeft met journalisten. In ruil zou mijn familie "met rust gelaten" worden.',
      'Toen ik mijn paspoort wilde verlengen, zei {actor} dat dit sneller kon als ik "een beetje hielp". Ik moest namen noemen van mensen die actief zijn bij {org}. Ik heb geweigerd, maar ze hebben sindsdien {n} keer opnieuw contact gezocht.',
    ],
    digital: [
      'Op {date_last} kreeg ik een e-mail die eruitzag als een bericht van mijn bank, met een link. Kort daarna werd er ingelogd op mijn {platform}-account vanaf een onbekend apparaat. Mijn contacten en oude berichten zijn waarschijnlijk gekopieerd.',
      'Mijn {platform}-account is gehackt. Vanaf mijn account zijn berichten met vreemde links naar vrienden gestuurd. Ook kreeg ik {n} keer een sms met een inlogcode die ik niet zelf had aangevraagd.',
      'Er is op {platform} een nepaccount aangemaakt met mijn foto en naam. Vanaf dat account worden leugens over mij verspreid en worden mijn contacten benaderd.',
    ],
    'consular-legal': [
      'Het consulaat weigert mijn paspoort te verlengen. {Actor} zei dat ik eerst naar {country} moest reizen om "mijn dossier op te lossen". Zonder geldig paspoort kan ik hier niets regelen.',
      'Via een advocaat hoorde ik dat er {in_country} een zaak tegen mij loopt en dat er mogelijk een Interpol-verzoek (red notice) is gedaan. Ik durf niet meer naar het buitenland te reizen, ook niet binnen Europa.',
      'Het consulaat eist dat ik een "spijtverklaring" teken voordat ik documenten krijg, zelfs een geboorteakte voor mijn kind. Anderen in de gemeenschap hebben hetzelfde meegemaakt.',
      { t: 'De ambassade zegt dat ik eerst de 2%-diasporabelasting moet betalen over alle jaren dat ik hier woon, en een "spijtformulier" moet tekenen. Anders krijg ik geen enkel document en kan mijn familie in Eritrea ons huis niet verkopen.', only: ['ER'] },
    ],
    'organisational-influence': [
      'Bij {org} {in_city} wordt gezegd dat mensen zoals ik niet welkom zijn. Het bestuur heeft contact met de ambassade en er worden lijsten bijgehouden van wie er komt. Mensen durven niet meer open te praten.',
      '{Actor} heeft de ouders bij {org} benaderd en gezegd dat de kinderen een ander lesprogramma moeten volgen, met materiaal van de regering van {country}. Ouders die bezwaar maakten werden later gebeld.',
    ],
    disinformation: [
      'Op {platform} gaan berichten rond waarin staat dat ik een terrorist ben en geld steel van de gemeenschap. De berichten worden door tientallen accounts tegelijk gedeeld. Zelfs mijn werkgever heeft zo\'n bericht gekregen.',
      'Een tv-zender uit {country} heeft een item over mij uitgezonden met een verkeerde vertaling van wat ik {in_city} heb gezegd. Sindsdien krijg ik haatberichten.',
    ],
    violence: [
      'Op {date_last} ben ik rond {time} {in_city} aangevallen door twee mannen. Ze duwden mij tegen de grond en zeiden in mijn eigen taal dat dit een waarschuwing was. Ik heb aangifte gedaan bij de politie.',
      '{Actor} probeerde mij over te halen om met hem mee te gaan naar de ambassade "voor een gesprek". Later hoorde ik dat een bekende van mij na zo\'n gesprek is teruggestuurd naar {country}. Ik ben bang dat ze mij ook willen terughalen.',
    ],
    other: [
      'Mijn werkgever kreeg een anonieme brief waarin stond dat ik "gevaarlijk" ben. Ik weet niet zeker wie erachter zit, maar het gebeurde vlak na {event}.',
      'Er is iets vreemds gebeurd: {actor} stond bij mijn huis en vroeg de buren naar mij. Ik weet niet in welke categorie dit hoort, maar ik wil het toch melden.',
    ],
  },
  impact: [
    'Ik slaap slecht en ga niet meer alleen naar bijeenkomsten. Mijn kinderen merken dat ik gespannen ben.',
    'Door dit alles ben ik gestopt met mijn vrijwilligerswerk. Ik vertrouw niemand meer uit mijn eigen gemeenschap, en dat is heel eenzaam.',
    'Ik ben naar de huisarts gegaan omdat ik steeds paniekaanvallen heb. Ik heb niet alles durven vertellen.',
  ],
  closing: [
    'Ik wil graag weten of dit vaker voorkomt en wat ik kan doen. Neem alstublieft voorzichtig contact op, mijn telefoon wordt misschien afgeluisterd.',
    'Ik heb nog geen aangifte gedaan omdat ik niet weet of de politie dit serieus neemt. Kunnen jullie mij helpen of doorverwijzen?',
    'Ik wil vooral dat dit geregistreerd wordt. Deel mijn naam alstublieft met niemand.',
  ],
  summary: {
    intimidation: ['Wordt bedreigd via telefoon en {platform} na {event} {in_city}.'],
    surveillance: ['Gefotografeerd en gevolgd tijdens en na {event} {in_city}.'],
    'family-pressure': ['Familie {in_country} ondervraagd en onder druk gezet vanwege de activiteiten van melder.'],
    'coercion-informant': ['Gevraagd om informatie te geven over leden van de gemeenschap {in_city}; geweigerd.'],
    digital: ['{Platform}-account gehackt na phishingbericht; contacten benaderd.'],
    'consular-legal': ['Consulaat weigert paspoortverlenging; vreest misbruik van een Interpol-procedure.'],
    'organisational-influence': ['Druk via {org}; er worden lijsten van bezoekers bijgehouden.'],
    disinformation: ['Lastercampagne op {platform} met valse beschuldigingen tegen melder.'],
    violence: ['Fysiek aangevallen {in_city}; vreest gedwongen terugkeer naar {country}.'],
    other: ['Anonieme brief aan werkgever en vragen bij buren over melder.'],
  },
  actorDetails: ['ongeveer 40 jaar, kort grijs haar, sprak met een accent', 'belde steeds vanaf {phone}', 'noemde geen naam, maar wist waar ik werk', 'donkere jas, camera met een grote lens'],
  safeTimes: ['Doordeweeks tussen 10:00 en 14:00', "Alleen 's avonds na 20:00", 'Niet in het weekend', 'Dinsdag en donderdag overdag, niet als mijn man thuis is', 'Liever eerst een bericht via Signal'],
  note: { titles: ['Notities telefoontjes', 'Bedreigende berichten'], call: '{d} {t} — gebeld door {phone} (niet opgenomen)', msg: '{d} {t} — bericht via {platform}: "{quote}"' },
  files: { txt: ['bedreigingen', 'notities', 'tijdlijn', 'Nieuw tekstdocument'], png: ['screenshot bericht', 'foto auto', 'schermafbeelding'], pdf: ['brief consulaat', 'aangifte'] },
  desc: { txt: 'Mijn aantekeningen van de telefoontjes', png: 'Schermafbeelding van het bericht', pdf: 'Brief die ik heb ontvangen' },
  synonyms: [['gebeld', 'opgebeld'], ['bang', 'angstig'], ['berichten', 'appjes'], ['Sindsdien', 'Vanaf dat moment'], ['heel', 'erg'], ['echt', 'werkelijk'], ['foto\'s', 'plaatjes'], ['meestal', 'vaak']],
  addenda: ['Alvast bedankt.', 'Ik hoop dat jullie iets kunnen doen.', 'Sorry voor de lange tekst.'],
};

// ---- English ------------------------------------------------------------------------------------

const EN: Pack = {
  locale: 'en',
  langName: 'Engels',
  tag: (rng) => (rng.chance(0.2) ? 'en-GB' : 'en'),
  countries: [['ER', 15], ['RW', 15], ['CN', 12], ['VN', 8], ['IR', 8], ['EG', 8], ['SA', 6], ['RU', 8], ['TR', 6], ['SY', 6], ['MA', 4], ['BY', 4]],
  spaced: true,
  listSep: ', ',
  country: tableCountry(EN_COUNTRY, (n) => ({ in_country: `in ${n}` })),
  city: tableCity({ 'Den Haag': 'The Hague' }, (n) => ({ in_city: `in ${n}` })),
  date: (y, m, d) => `${d} ${EN_MONTHS[m - 1]} ${y}`,
  actors: [
    'someone from the consulate', 'an unknown man', 'an embassy employee', 'a man who introduced himself as a government official',
    'a man who said he was acting for the authorities', 'someone I know from the community association', 'a man who claimed to be from the intelligence service',
  ],
  relatives: ['my mother', 'my father', 'my brother', 'my sister', 'my uncle', 'my cousin', 'my father-in-law'],
  orgs: ['the mosque in our neighbourhood', 'our cultural association', "my children's weekend school", "the women's association", 'the community centre where we meet', 'our church community'],
  events: ['a demonstration outside the embassy', 'a protest on the Malieveld', 'a commemoration', 'a human rights meeting', 'a debate evening at the library', 'a vigil on Dam Square'],
  platforms: ['WhatsApp', 'Telegram', 'Instagram', 'Facebook', 'X', 'TikTok', 'Signal'],
  when: ['last week', 'two weeks ago', 'early this month', 'on a Saturday evening', 'right after the elections', 'last weekend', 'a few days later'],
  quotes: ['We know where you live.', 'Think of your family.', 'Stop what you are doing or you will have problems.', 'You cannot stay in the Netherlands forever.', 'We see everything you do.'],
  intro: ['I am {age} years old and I work as {job}.', 'I am {age} and work as {job}.'],
  jobs: ['a nurse', 'a taxi driver', 'a teacher', 'a cleaner', 'a journalist', 'a software developer', 'a hairdresser', 'an interpreter', 'a cook', 'a delivery rider', 'an accountant', 'a PhD researcher'],
  opening: [
    'I have lived {in_city} for {years} years. I am originally from {country} and I am active in the community here. Since {date_start} things have been happening that worry me, and I want to report them.',
    'I am writing because I no longer know what to do. I fled {country} and now have a residence permit. Since {date_start} I have been harassed, and lately it has become worse.',
    'A friend told me about this reporting line. English is not my first language, sorry for mistakes. What I want to tell you started around {date_start}.',
    'I am a student {in_city} and I am afraid to write this down. My family still lives {in_country}. I want someone to know what is happening, even if you cannot do anything.',
  ],
  extra: [
    'Some background: I came to the Netherlands in {arrival_year} and I now work {in_city}. {In_country} I was involved in a student movement, and since then I have been critical of the government online.',
    'I want to say first that I am not the only one. At least {n} people I know have had similar experiences, but they are too scared to report it.',
    'I do not know if this is important, but I am also in contact with a journalist about the situation of people from {country} in Europe.',
  ],
  paras: {
    intimidation: [
      'On {date_last} at around {time} I was called from a number in {country} ({phone}). {Actor} said literally: "{quote}" Then he hung up. Since then I get calls almost every week, usually late in the evening.',
      'After {event} {in_city} I started receiving messages on {platform}. They said I am a traitor and that they know where I live. One message contained a photo of my front door. I have kept all the messages.',
      '{Actor} approached me in the supermarket and said I had to stop my work for the community. He knew my name and the names of my children. I felt really threatened.',
    ],
    surveillance: [
      'During {event} {in_city} I saw {actor} taking photos of the people who were there, including me, the whole time. When I looked at him he turned away. Later I saw the same man again at the station.',
      'I have the feeling that I am being followed. {When} a car with two men was parked opposite my house for {n} evenings in a row. A neighbour wrote down the licence plate.',
      'People {in_country} told me that my name is on a list. They knew exactly which meetings I attended {in_city} and who I spoke to there. That is only possible if someone is watching us.',
    ],
    'family-pressure': [
      '{When} the police visited {relative} {in_country}. They asked about me: where I live, what I do and who I meet. They said it would be better if I came back to "explain everything".',
      'My family is under pressure. {Relative} has been summoned for questioning {n} times and had to give my phone number and address in the Netherlands. Now my family asks me to stop my activities.',
      '{Relative} called me in tears. The family has been told there will be problems with work and papers if I do not stop posting on {platform}. To protect them I hardly dare to contact my family any more.',
    ],
    'coercion-informant': [
      '{Actor} asked me if I would give information about people in our community {in_city}: who comes to meetings, who gives money, who is in contact with journalists. In return my family would be "left alone".',
      'When I wanted to renew my passport, {actor} said it could go faster if I "helped a little". I had to name people who are active at {org}. I refused, but they have contacted me {n} more times since.',
    ],
    digital: [
      'On {date_last} I received an email that looked like a message from my bank, with a link. Shortly afterwards someone logged into my {platform} account from an unknown device. My contacts and old messages were probably copied.',
      'My {platform} account was hacked. Messages with strange links were sent from my account to friends. I also received {n} text messages with a login code that I had not requested.',
      'Someone created a fake account on {platform} with my photo and name. Lies about me are spread from that account and my contacts are being approached.',
    ],
    'consular-legal': [
      'The consulate refuses to renew my passport. {Actor} said I first had to travel to {country} to "sort out my file". Without a valid passport I cannot arrange anything here.',
      'Through a lawyer I heard that there is a case against me {in_country} and that an Interpol red notice may have been requested. I am afraid to travel abroad, even within Europe.',
      'The consulate demands that I sign a "letter of regret" before I get any documents, even a birth certificate for my child. Others in the community have had the same experience.',
      { t: 'The embassy says I must first pay the 2% diaspora tax for all the years I have lived here and sign a "regret form". Without that they will not issue any document, and my family in Eritrea cannot sell our house.', only: ['ER'] },
    ],
    'organisational-influence': [
      'At {org} {in_city} people say that people like me are not welcome. The board has contacts with the embassy and lists are kept of who comes. People no longer dare to speak openly.',
      '{Actor} approached the parents at {org} and said the children must follow a different programme, with material from the government of {country}. Parents who objected were called afterwards.',
    ],
    disinformation: [
      'Messages are circulating on {platform} saying I am a terrorist and steal money from the community. They are shared by dozens of accounts at the same time. Even my employer received such a message.',
      'A TV channel from {country} broadcast a story about me with a wrong translation of what I said {in_city}. Since then I receive hate messages.',
    ],
    violence: [
      'On {date_last} at around {time} I was attacked {in_city} by two men. They pushed me to the ground and said in my own language that this was a warning. I reported it to the police.',
      '{Actor} tried to persuade me to go with him to the embassy "for a talk". Later I heard that someone I know was sent back to {country} after such a talk. I am afraid they want to bring me back too.',
    ],
    other: [
      'My employer received an anonymous letter saying that I am "dangerous". I am not sure who is behind it, but it happened right after {event}.',
      'Something strange happened: {actor} stood outside my house and asked the neighbours about me. I do not know which category this belongs to, but I want to report it anyway.',
    ],
  },
  impact: [
    'I sleep badly and no longer go to meetings alone. My children notice that I am tense.',
    'Because of all this I stopped my volunteer work. I no longer trust anyone from my own community, and that is very lonely.',
    'I went to my GP because I keep having panic attacks. I did not dare to tell everything.',
  ],
  closing: [
    'I would like to know if this happens more often and what I can do. Please contact me carefully, my phone may be tapped.',
    'I have not reported this to the police yet because I do not know if they will take it seriously. Can you help me or refer me?',
    'Most of all I want this to be registered. Please do not share my name with anyone.',
  ],
  summary: {
    intimidation: ['Threatened by phone and on {platform} after {event} {in_city}.'],
    surveillance: ['Photographed and followed during and after {event} {in_city}.'],
    'family-pressure': ["Family {in_country} questioned and pressured because of the reporter's activities."],
    'coercion-informant': ['Asked to inform on community members {in_city}; refused.'],
    digital: ['{Platform} account hacked after a phishing email; contacts approached.'],
    'consular-legal': ['Consulate refuses passport renewal; fears misuse of an Interpol red notice.'],
    'organisational-influence': ['Pressure through {org}; lists of visitors are kept.'],
    disinformation: ['Smear campaign on {platform} with false accusations against the reporter.'],
    violence: ['Physically attacked {in_city}; fears forced return to {country}.'],
    other: ['Anonymous letter to employer and questions to neighbours about the reporter.'],
  },
  actorDetails: ['about 40, short grey hair', 'always called from {phone}', 'gave no name but knew where I work', 'dark coat, camera with a long lens'],
  safeTimes: ['Weekdays 10:00–14:00', 'Evenings after 20:00 only', 'Not at weekends', 'Please text first; I will call back'],
  note: { titles: ['Call log', 'Threatening messages'], call: '{d} {t} — call from {phone} (did not answer)', msg: '{d} {t} — {platform} message: "{quote}"' },
  files: { txt: ['threats', 'notes', 'timeline'], png: ['screenshot', 'photo car'], pdf: ['letter embassy', 'police report'] },
  desc: { txt: 'My notes of the calls', png: 'Screenshot of the message', pdf: 'Letter I received' },
  synonyms: [['scared', 'afraid'], ['messages', 'texts'], ['Since then', 'Ever since'], ['really', 'truly'], ['photos', 'pictures'], ['usually', 'mostly'], ['Later', 'Afterwards']],
  addenda: ['Thank you.', 'I hope you can do something.', 'Sorry for the long message.'],
};

// ---- Turkish ------------------------------------------------------------------------------------

const TR_MONTHS = ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'];
// Turkish attaches the locative to the name, by vowel harmony: spelled out rather than computed.
const TR_CITY_LOC: Readonly<Record<string, string>> = {
  Amsterdam: "Amsterdam'da", Rotterdam: "Rotterdam'da", 'Den Haag': "Lahey'de", Utrecht: "Utrecht'te", Eindhoven: "Eindhoven'de",
  Groningen: "Groningen'de", Tilburg: "Tilburg'da", Almere: "Almere'de", Zaanstad: "Zaanstad'da", Arnhem: "Arnhem'de",
  Nijmegen: "Nijmegen'de", Breda: "Breda'da", Haarlem: "Haarlem'de", Enschede: "Enschede'de", Apeldoorn: "Apeldoorn'da",
  Leiden: "Leiden'de", Schiedam: "Schiedam'da", Zoetermeer: "Zoetermeer'de", Deventer: "Deventer'de", Amersfoort: "Amersfoort'ta",
  Maastricht: "Maastricht'te", Dordrecht: "Dordrecht'te", Venlo: "Venlo'da", Hengelo: "Hengelo'da", Diemen: "Diemen'de", Delft: "Delft'te",
};

const TR: Pack = {
  locale: 'tr',
  langName: 'Turks',
  tag: (rng) => (rng.chance(0.1) ? 'tr-TR' : 'tr'),
  countries: [['TR', 1]],
  spaced: true,
  listSep: ', ',
  country: () => ({ country: 'Türkiye', in_country: "Türkiye'de" }),
  city: (m) => {
    const loc = TR_CITY_LOC[m] ?? `${m}'de`;
    return { city: m === 'Den Haag' ? 'Lahey' : m, in_city: loc, in_city_ki: `${loc}ki` };
  },
  date: (y, m, d) => `${d} ${TR_MONTHS[m - 1]} ${y}`,
  actors: [
    'konsolosluktan biri', 'tanımadığım bir adam', 'büyükelçilikte çalışan biri', 'kendini devlet görevlisi olarak tanıtan biri',
    "MİT'ten olduğunu söyleyen bir adam", 'dernekten tanıdığım biri', 'yetkililer adına geldiğini söyleyen bir adam',
  ],
  relatives: ['annem', 'babam', 'ağabeyim', 'kız kardeşim', 'amcam', 'kuzenim', 'kayınpederim'],
  orgs: [
    { org: 'cami derneği', org_loc: 'cami derneğinde' },
    { org: 'kültür derneği', org_loc: 'kültür derneğinde' },
    { org: 'çocuklarımın hafta sonu okulu', org_loc: 'çocuklarımın hafta sonu okulunda' },
    { org: 'kadınlar derneği', org_loc: 'kadınlar derneğinde' },
    { org: 'Türk iş insanları derneği', org_loc: 'Türk iş insanları derneğinde' },
  ],
  events: ['büyükelçilik önündeki gösteri', "Malieveld'deki protesto", 'bir anma töreni', 'bir insan hakları toplantısı', 'Kürt kültür gecesi', "Dam Meydanı'ndaki nöbet"],
  platforms: ['WhatsApp', 'Instagram', 'X', 'Facebook', 'Telegram', 'TikTok'],
  when: ['geçen hafta', 'iki hafta önce', 'bu ayın başında', 'bir cumartesi akşamı', 'seçimlerden hemen sonra', 'geçen hafta sonu', 'birkaç gün sonra'],
  quotes: ['Nerede oturduğunu biliyoruz.', 'Aileni düşün.', 'Bu işleri bırak, yoksa başın belaya girer.', "Hollanda'da sonsuza kadar kalamazsın.", 'Yaptığın her şeyi görüyoruz.', 'Vatan hainlerinin sonu belli.'],
  intro: ['{age} yaşındayım ve {job} olarak çalışıyorum.'],
  jobs: ['hemşire', 'taksi şoförü', 'öğretmen', 'temizlik görevlisi', 'gazeteci', 'yazılım geliştirici', 'kuaför', 'tercüman', 'aşçı', 'kurye', 'muhasebeci', 'doktora öğrencisi'],
  opening: [
    "{years} yıldır {in_city} yaşıyorum. Aslen Türkiye'denim ve burada toplum içinde aktifim. {date_start} tarihinden beri beni endişelendiren şeyler oluyor ve bunları bildirmek istiyorum.",
    "Bunu yazıyorum çünkü artık ne yapacağımı bilmiyorum. Türkiye'den kaçmak zorunda kaldım ve şimdi oturma iznim var. {date_start} tarihinden beri rahatsız ediliyorum ve son zamanlarda durum daha da kötüleşti.",
    'Bir arkadaşım bu ihbar hattını önerdi. Hollandacam yeterli olmadığı için Türkçe yazıyorum. Anlatmak istediklerim yaklaşık {date_start} tarihinde başladı.',
    "{in_city} öğrenciyim ve bunu yazmaktan korkuyorum. Ailem hâlâ Türkiye'de yaşıyor. Bir şey yapamasanız bile birilerinin neler olduğunu bilmesini istiyorum.",
  ],
  extra: [
    "Biraz arka plan: {arrival_year} yılında Hollanda'ya geldim ve şimdi {in_city} çalışıyorum. Türkiye'de bir öğrenci hareketinde yer aldım ve o zamandan beri internette hükümeti eleştiriyorum.",
    'Önce şunu söylemek istiyorum: Bunu yaşayan tek kişi ben değilim. Tanıdığım en az {n} kişi benzer şeyler yaşadı ama bildirmekten çok korkuyorlar.',
    "Önemli mi bilmiyorum ama Avrupa'daki Türkiyeli muhaliflerin durumu hakkında bir gazeteciyle de görüşüyorum.",
  ],
  paras: {
    intimidation: [
      "{date_last} günü saat {time} sularında Türkiye'den bir numaradan ({phone}) arandım. {Actor} aynen şunu söyledi: \"{quote}\" Sonra telefon kapandı. O günden beri neredeyse her hafta, genellikle gece geç saatlerde aranıyorum.",
      '{in_city} {event} sonrasında {platform} üzerinden mesajlar almaya başladım. Mesajlarda vatan haini olduğum ve nerede oturduğumu bildikleri yazıyordu. Bir mesajda evimin kapısının fotoğrafı vardı. Mesajların hepsini sakladım.',
      'Markette {actor} yanıma geldi ve toplum için yaptığım çalışmaları bırakmam gerektiğini söyledi. Adımı ve çocuklarımın adlarını biliyordu. Kendimi gerçekten tehdit altında hissettim.',
    ],
    surveillance: [
      '{in_city} {event} sırasında {actor} sürekli katılanların fotoğraflarını çekiyordu, benimkini de. Ona baktığımda arkasını döndü. Daha sonra aynı adamı istasyonda tekrar gördüm.',
      'Takip edildiğimi hissediyorum. {When} art arda {n} akşam evimin karşısında içinde iki adam olan bir araba bekledi. Bir komşum plakayı not aldı.',
      "Türkiye'deki tanıdıklarım adımın bir listede olduğunu söyledi. {in_city} hangi toplantılara gittiğimi ve orada kimlerle konuştuğumu tam olarak biliyorlardı. Bu ancak birileri bizi izliyorsa mümkün.",
    ],
    'family-pressure': [
      "Türkiye'deki {relative} {when} polis tarafından ziyaret edildi. Beni sordular: nerede oturduğumu, ne yaptığımı, kimlerle görüştüğümü. \"Her şeyi açıklamak için\" geri dönmemin daha iyi olacağını söylediler.",
      "Ailem baskı altında. {Relative} {n} kez ifadeye çağrıldı ve orada Hollanda'daki telefon numaramı ve adresimi vermek zorunda kaldı. Hatta bir akrabam kısa bir süre gözaltına alındı. Ailem şimdi benden faaliyetlerimi bırakmamı istiyor.",
      '{Relative} ağlayarak beni aradı. {platform} paylaşımlarımı bırakmazsam ailemin işinde ve resmi evraklarında sorun çıkacağı söylenmiş. Onları korumak için artık ailemle neredeyse hiç iletişim kurmaya cesaret edemiyorum.',
    ],
    'coercion-informant': [
      "{Actor} bana {in_city_ki} toplumumuzdaki insanlar hakkında bilgi verip veremeyeceğimi sordu: toplantılara kimin geldiğini, kimin para verdiğini, kimin gazetecilerle görüştüğünü. Karşılığında ailemin \"rahat bırakılacağını\" söyledi.",
      'Pasaportumu yenilemek istediğimde {actor} "biraz yardım edersem" işlemin hızlanabileceğini söyledi. {Org_loc} aktif olan insanların isimlerini vermem gerekiyordu. Reddettim ama o zamandan beri {n} kez yeniden benimle iletişime geçtiler.',
    ],
    digital: [
      '{date_last} tarihinde bankamdan geliyormuş gibi görünen, içinde link olan bir e-posta aldım. Kısa süre sonra {platform} hesabıma tanımadığım bir cihazdan giriş yapıldı. Kişi listem ve eski mesajlarım muhtemelen kopyalandı.',
      '{platform} hesabım hacklendi. Hesabımdan arkadaşlarıma garip linkler içeren mesajlar gönderildi. Ayrıca benim istemediğim bir giriş kodu içeren {n} SMS aldım.',
      '{platform} üzerinde fotoğrafım ve adımla sahte bir hesap açıldı. Bu hesaptan hakkımda yalanlar yayılıyor ve tanıdıklarıma mesaj atılıyor.',
    ],
    'consular-legal': [
      "Konsolosluk pasaportumu yenilemeyi reddediyor. {Actor} önce \"dosyamı kapatmak için\" Türkiye'ye gitmem gerektiğini söyledi. Geçerli pasaport olmadan burada hiçbir işimi halledemiyorum.",
      "Bir avukat aracılığıyla Türkiye'de hakkımda bir dava açıldığını ve Interpol'e kırmızı bülten talebinde bulunulmuş olabileceğini öğrendim. Avrupa içinde bile yurt dışına seyahat etmekten korkuyorum.",
      'Konsolosluk, belge vermeden önce bir "pişmanlık dilekçesi" imzalamamı istiyor; çocuğumun doğum belgesi için bile. Toplumdaki başka insanlar da aynı şeyi yaşadı.',
    ],
    'organisational-influence': [
      '{in_city_ki} {org_loc} benim gibi insanların istenmediği söyleniyor. Yönetimin büyükelçilikle bağlantısı var ve kimin geldiğine dair listeler tutuluyor. İnsanlar artık açıkça konuşmaya cesaret edemiyor.',
      '{Actor} {org_loc} velilerle görüştü ve çocukların Türk devletinin hazırladığı materyallerle başka bir müfredat izlemesi gerektiğini söyledi. İtiraz eden veliler daha sonra arandı.',
    ],
    disinformation: [
      '{platform} üzerinde terörist olduğumu ve toplumun parasını çaldığımı iddia eden mesajlar dolaşıyor. Mesajlar aynı anda onlarca hesap tarafından paylaşılıyor. İşverenim de böyle bir mesaj almış.',
      "Türkiye'deki bir televizyon kanalı, {in_city} söylediklerimin yanlış çevirisiyle hakkımda bir haber yayınladı. O günden beri nefret mesajları alıyorum.",
    ],
    violence: [
      '{date_last} günü saat {time} civarında {in_city} iki adamın saldırısına uğradım. Beni yere ittiler ve Türkçe bunun bir uyarı olduğunu söylediler. Polise şikâyette bulundum.',
      "{Actor} beni \"bir görüşme için\" büyükelçiliğe gitmeye ikna etmeye çalıştı. Daha sonra bir tanıdığımın böyle bir görüşmeden sonra Türkiye'ye geri gönderildiğini duydum. Beni de zorla geri götürmek istemelerinden korkuyorum.",
    ],
    other: [
      'İşverenime benim "tehlikeli" olduğumu yazan imzasız bir mektup gönderildi. Kimin yaptığını bilmiyorum ama {event} sonrasında oldu.',
      'Garip bir şey oldu: {actor} evimin önünde durup komşulara beni sordu. Bunun hangi kategoriye girdiğini bilmiyorum ama yine de bildirmek istedim.',
    ],
  },
  impact: [
    'Uyuyamıyorum ve toplantılara artık yalnız gitmiyorum. Çocuklarım gergin olduğumu fark ediyor.',
    'Bütün bunlar yüzünden gönüllü çalışmayı bıraktım. Kendi toplumumdan kimseye güvenmiyorum ve bu çok yalnızlaştırıcı.',
    'Sürekli panik atak geçirdiğim için aile hekimine gittim. Ona her şeyi anlatmaya cesaret edemedim.',
  ],
  closing: [
    'Bunun sık yaşanıp yaşanmadığını ve ne yapabileceğimi öğrenmek istiyorum. Lütfen dikkatli iletişime geçin, telefonum dinleniyor olabilir.',
    'Polisin bunu ciddiye alıp almayacağını bilmediğim için henüz suç duyurusunda bulunmadım. Bana yardım edebilir veya beni yönlendirebilir misiniz?',
    'En çok bunun kayda geçmesini istiyorum. Lütfen adımı kimseyle paylaşmayın.',
  ],
  summary: {
    intimidation: ['{in_city} {event} sonrasında telefonla ve {platform} üzerinden tehdit ediliyor.'],
    surveillance: ['{in_city} {event} sırasında fotoğraflandı ve sonrasında takip edildi.'],
    'family-pressure': ["Türkiye'deki ailesi sorgulandı, bir akrabası gözaltına alındı; faaliyetleri nedeniyle aileye baskı yapılıyor."],
    'coercion-informant': ['{in_city_ki} toplum üyeleri hakkında bilgi vermesi istendi; reddetti.'],
    digital: ['Oltalama e-postasından sonra {platform} hesabı ele geçirildi; kişilerine mesaj atıldı.'],
    'consular-legal': ['Konsolosluk pasaport yenilemeyi reddediyor; Interpol kırmızı bülteninin kötüye kullanılmasından endişe ediyor.'],
    'organisational-influence': ['{Org_loc} baskı; gelenlerin listesi tutuluyor.'],
    disinformation: ['{platform} üzerinde sahte suçlamalarla karalama kampanyası.'],
    violence: ["{in_city} fiziksel saldırıya uğradı; Türkiye'ye zorla geri gönderilmekten korkuyor."],
    other: ['İşverene imzasız mektup gönderildi, komşulara kendisi hakkında sorular soruldu.'],
  },
  actorDetails: ['yaklaşık 40 yaşında, kısa gri saçlı', 'hep {phone} numarasından aradı', 'adını söylemedi ama nerede çalıştığımı biliyordu'],
  safeTimes: ['Hafta içi 10:00-14:00 arası', "Sadece akşam 20:00'den sonra", 'Hafta sonu aramayın', 'Önce mesaj atın, ben geri ararım'],
  note: { titles: ['Aramalar ve mesajlar', 'Tehdit mesajları'], call: '{d} {t} — {phone} numarasından arandım (açmadım)', msg: '{d} {t} — {platform} mesajı: "{quote}"' },
  files: { txt: ['tehdit mesajları', 'notlar', 'tehdit'], png: ['ekran görüntüsü', 'konsolosluk', 'araba plakası'], pdf: ['konsolosluk yazısı', 'dilekçe'] },
  desc: { txt: 'Aramalarla ilgili notlarım', png: 'Mesajın ekran görüntüsü', pdf: 'Aldığım mektup' },
  synonyms: [['mesajlar', 'iletiler'], ['gerçekten', 'cidden'], ['sürekli', 'devamlı'], ['O günden beri', 'O zamandan beri'], ['fotoğraf', 'resim'], ['korkuyorum', 'endişeleniyorum'], ['genellikle', 'çoğunlukla']],
  addenda: ['Şimdiden teşekkürler.', 'Umarım bir şey yapabilirsiniz.', 'Uzun yazdığım için kusura bakmayın.'],
};

// ---- Arabic (right to left) ---------------------------------------------------------------------

const AR_MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const AR_CITY: Readonly<Record<string, string>> = {
  Amsterdam: 'أمستردام', Rotterdam: 'روتردام', 'Den Haag': 'لاهاي', Utrecht: 'أوتريخت', Eindhoven: 'آيندهوفن',
  Groningen: 'خرونينغن', Tilburg: 'تيلبورخ', Almere: 'ألميره', Arnhem: 'أرنهيم', Nijmegen: 'نايميخن', Leiden: 'لايدن',
};

const AR: Pack = {
  locale: 'ar',
  langName: 'Arabisch',
  tag: (rng, c) => (rng.chance(0.3) ? `ar-${c}` : 'ar'),
  countries: [['MA', 30], ['SY', 25], ['EG', 20], ['SA', 10]],
  spaced: true,
  listSep: '، ',
  digits: [['latn', 75], ['arab', 25]],
  gender: { a: ['', 'ة'] },
  country: tableCountry({ MA: 'المغرب', EG: 'مصر', SY: 'سوريا', SA: 'السعودية' }, (n) => ({ in_country: `في ${n}` })),
  city: tableCity(AR_CITY, (n) => ({ in_city: `في ${n}` })),
  date: (y, m, d) => `${d} ${AR_MONTHS[m - 1]} ${y}`,
  actors: ['شخص من القنصلية', 'رجل مجهول', 'موظف في السفارة', 'شخص عرّف نفسه بأنه موظف حكومي', 'رجل قال إنه جاء من طرف السلطات', 'أحد أبناء الجالية من الجمعية', 'شخص قال إنه من المخابرات'],
  relatives: ['أمي', 'أبي', 'أخي', 'أختي', 'عمي', 'ابن عمي', 'خالي'],
  orgs: ['المسجد في حيّنا', 'الجمعية الثقافية', 'مدرسة نهاية الأسبوع لأطفالي', 'جمعية النساء', 'المركز الإسلامي'],
  events: ['مظاهرة أمام السفارة', 'وقفة احتجاجية في ساحة Malieveld', 'حفل تأبين', 'ندوة حول حقوق الإنسان', 'أمسية ثقافية'],
  platforms: ['WhatsApp', 'Facebook', 'Instagram', 'Telegram', 'X', 'TikTok'],
  when: ['الأسبوع الماضي', 'قبل أسبوعين', 'في بداية هذا الشهر', 'في مساء يوم سبت', 'في نهاية الأسبوع الماضي', 'بعد أيام قليلة'],
  quotes: ['نحن نعرف أين تسكن.', 'فكّر في عائلتك.', 'توقف عن نشاطك وإلا ستندم.', 'لن تبقى في هولندا إلى الأبد.', 'نحن نرى كل ما تفعله.'],
  intro: ['عمري {age} سنة وأعمل في {job}.'],
  jobs: ['التمريض', 'قيادة سيارات الأجرة', 'التدريس', 'التنظيف', 'الصحافة', 'البرمجة', 'صالون حلاقة', 'الترجمة', 'مطعم', 'توصيل الطلبات', 'المحاسبة', 'البحث العلمي في الجامعة'],
  opening: [
    'أعيش {in_city} منذ {years} سنة. أصلي من {country} وأنا ناشط{a} في الجالية هنا. منذ {date_start} تحدث أشياء تقلقني وأريد أن أبلغ عنها.',
    'أكتب هذا لأنني لم أعد أعرف ماذا أفعل. اضطررت إلى الهرب من {country} وحصلت الآن على إقامة. منذ {date_start} أتعرض للمضايقات، وقد ساءت الأمور في الفترة الأخيرة.',
    'نصحتني صديقة بهذا الخط. أكتب بالعربية لأن لغتي الهولندية ليست جيدة. ما أريد أن أحكيه بدأ تقريباً في {date_start}.',
    'أنا طالب{a} {in_city} وأخاف من كتابة هذا. عائلتي ما زالت تعيش {in_country}. أريد أن يعرف أحد ما يحدث حتى لو لم تستطيعوا فعل شيء.',
  ],
  extra: [
    'بعض المعلومات عني: جئت إلى هولندا سنة {arrival_year} وأعمل الآن {in_city}. كنت ناشط{a} في حركة طلابية {in_country}، ومنذ ذلك الوقت أنتقد الحكومة على الإنترنت.',
    'أريد أن أقول أولاً إنني لست الوحيد{a}. على الأقل {n} أشخاص أعرفهم مرّوا بتجارب مشابهة، لكنهم خائفون جداً من الإبلاغ.',
    'لا أعرف إن كان هذا مهماً، لكنني على تواصل أيضاً مع صحفي حول وضع أبناء {country} في أوروبا.',
  ],
  paras: {
    intimidation: [
      'في {date_last} حوالي الساعة {time} تلقيت اتصالاً من رقم من {country} ({phone}). قال لي {actor} حرفياً: «{quote}» ثم أغلق الخط. منذ ذلك الحين يتصلون بي كل أسبوع تقريباً، غالباً في وقت متأخر من الليل.',
      'بعد {event} {in_city} بدأت تصلني رسائل عبر {platform}. كُتب فيها أنني خائن{a} وأنهم يعرفون أين أسكن. إحدى الرسائل كانت فيها صورة لباب بيتي. احتفظت بكل الرسائل.',
      'اقترب مني {actor} في السوبرماركت وقال إن عليّ أن أتوقف عن عملي من أجل الجالية. كان يعرف اسمي وأسماء أطفالي. شعرت بتهديد حقيقي.',
    ],
    surveillance: [
      'خلال {event} {in_city} رأيت {actor} يلتقط صوراً للمشاركين باستمرار، وصوّرني أنا أيضاً. عندما نظرت إليه أدار ظهره. لاحقاً رأيت الرجل نفسه مرة أخرى في محطة القطار.',
      'أشعر أنني مراقب{a}. {when} وقفت سيارة فيها رجلان أمام بيتي {n} ليالٍ متتالية. سجّل أحد الجيران رقم اللوحة.',
      'أخبرني أشخاص {in_country} أن اسمي موجود في قائمة. كانوا يعرفون بالضبط أي اجتماعات حضرت {in_city} ومع من تحدثت هناك. هذا غير ممكن إلا إذا كان أحد يراقبنا.',
    ],
    'family-pressure': [
      '{when} زارت الشرطة {relative} {in_country} وسألوا عني: أين أسكن، ماذا أعمل ومع من أتواصل. قالوا إنه من الأفضل أن أعود «لأشرح كل شيء».',
      'عائلتي تتعرض للضغط. تم استدعاء {relative} للتحقيق {n} مرات، وطُلب من العائلة إعطاء رقم هاتفي وعنواني في هولندا. عائلتي تطلب مني الآن أن أتوقف عن نشاطي.',
      'تلقيت مكالمة من {relative} وكان البكاء واضحاً في الصوت. قيل للعائلة إن مشاكل ستحدث في العمل والأوراق الرسمية إذا لم أتوقف عن النشر على {platform}. لم أعد أجرؤ على التواصل معهم تقريباً حتى أحميهم.',
    ],
    'coercion-informant': [
      'سألني {actor} إن كنت مستعد{a} لإعطاء معلومات عن أشخاص من جاليتنا {in_city}: من يحضر الاجتماعات، ومن يتبرع بالمال، ومن يتواصل مع الصحفيين. وفي المقابل قال إن عائلتي «ستُترك في حالها».',
      'عندما أردت تجديد جواز سفري، قال {actor} إن ذلك يمكن أن يتم أسرع إذا «ساعدت قليلاً». كان عليّ أن أعطي أسماء أشخاص نشطين في {org}. رفضت، لكنهم تواصلوا معي مرة أخرى {n} مرات منذ ذلك الحين.',
    ],
    digital: [
      'في {date_last} وصلتني رسالة بريد إلكتروني تبدو وكأنها من البنك، وفيها رابط. بعد ذلك بقليل تم الدخول إلى حسابي على {platform} من جهاز غير معروف. على الأرجح تم نسخ جهات الاتصال والرسائل القديمة.',
      'تم اختراق حسابي على {platform}. أُرسلت من حسابي رسائل فيها روابط غريبة إلى أصدقائي. كما وصلتني {n} رسائل SMS فيها رمز دخول لم أطلبه.',
      'تم إنشاء حساب مزيف باسمي وصورتي على {platform}. من هذا الحساب تُنشر أكاذيب عني ويتم التواصل مع معارفي.',
    ],
    'consular-legal': [
      'ترفض القنصلية تجديد جواز سفري. قال لي {actor} إن عليّ أولاً السفر إلى {country} «لتسوية ملفي». بدون جواز سفر صالح لا أستطيع إنجاز أي شيء هنا.',
      'عرفت عن طريق محامٍ أن هناك قضية ضدي {in_country} وأنه ربما تم تقديم طلب نشرة حمراء إلى الإنتربول. أخاف من السفر إلى الخارج، حتى داخل أوروبا.',
      'تطلب القنصلية مني التوقيع على «تعهد» قبل أن أحصل على أي وثيقة، حتى شهادة ميلاد طفلي. أشخاص آخرون من الجالية مرّوا بالشيء نفسه.',
    ],
    'organisational-influence': [
      'في {org} {in_city} يقال إن أمثالي غير مرحب بهم. للإدارة علاقات مع السفارة، ويتم الاحتفاظ بقوائم بأسماء من يحضر. الناس لم يعودوا يجرؤون على الكلام بحرية.',
      'تواصل {actor} مع أولياء الأمور في {org} وقال إن على الأطفال اتباع برنامج آخر بمواد من حكومة {country}. الأهالي الذين اعترضوا تلقوا اتصالات فيما بعد.',
    ],
    disinformation: [
      'تنتشر على {platform} رسائل تقول إنني إرهابي وإنني أسرق أموال الجالية. تتم مشاركة الرسائل من عشرات الحسابات في الوقت نفسه. حتى صاحب العمل وصلته رسالة من هذا النوع.',
      'بثّت قناة تلفزيونية من {country} تقريراً عني مع ترجمة خاطئة لما قلته {in_city}. منذ ذلك الحين تصلني رسائل كراهية.',
    ],
    violence: [
      'في {date_last} حوالي الساعة {time} تعرضت لاعتداء {in_city} من قبل رجلين. دفعاني إلى الأرض وقالا بلهجتي إن هذا تحذير. قدّمت بلاغاً إلى الشرطة.',
      'حاول {actor} إقناعي بالذهاب معه إلى السفارة «من أجل محادثة». لاحقاً سمعت أن أحد معارفي أُعيد إلى {country} بعد محادثة من هذا النوع. أخاف أن يريدوا إعادتي أنا أيضاً بالقوة.',
    ],
    other: [
      'وصلت إلى صاحب العمل رسالة مجهولة تقول إنني «خطير{a}». لا أعرف بالضبط من يقف وراءها، لكن ذلك حدث مباشرة بعد {event}.',
      'حدث شيء غريب: وقف {actor} أمام بيتي وسأل الجيران عني. لا أعرف إلى أي فئة ينتمي هذا، لكنني أريد الإبلاغ عنه.',
    ],
  },
  impact: [
    'لا أنام جيداً ولم أعد أذهب إلى الاجتماعات وحدي. أطفالي يلاحظون أنني متوتر{a}.',
    'بسبب كل هذا توقفت عن العمل التطوعي. لم أعد أثق بأحد من جاليتي، وهذا يشعرني بوحدة شديدة.',
    'ذهبت إلى طبيب العائلة لأنني أعاني من نوبات هلع متكررة. لم أجرؤ على إخباره بكل شيء.',
  ],
  closing: [
    'أريد أن أعرف إن كان هذا يحدث كثيراً وماذا يمكنني أن أفعل. أرجو التواصل معي بحذر، فقد يكون هاتفي مراقباً.',
    'لم أقدم بلاغاً بعد لأنني لا أعرف إن كانت الشرطة ستأخذ الأمر بجدية. هل يمكنكم مساعدتي أو توجيهي؟',
    'أهم شيء بالنسبة لي أن يتم تسجيل هذا. أرجو عدم مشاركة اسمي مع أي أحد.',
  ],
  summary: {
    intimidation: ['تهديدات عبر الهاتف و{platform} بعد {event} {in_city}.'],
    surveillance: ['تصوير وملاحقة خلال {event} {in_city} وبعدها.'],
    'family-pressure': ['استجواب العائلة {in_country} والضغط عليها بسبب نشاط المبلّغ.'],
    'coercion-informant': ['طُلب تقديم معلومات عن أبناء الجالية {in_city}، وتم الرفض.'],
    digital: ['اختراق حساب {platform} بعد رسالة تصيّد، والتواصل مع المعارف.'],
    'consular-legal': ['القنصلية ترفض تجديد جواز السفر، مع مخاوف من إساءة استخدام نشرة الإنتربول الحمراء.'],
    'organisational-influence': ['ضغط عبر {org}، وقوائم بأسماء الحاضرين.'],
    disinformation: ['حملة تشويه على {platform} باتهامات كاذبة.'],
    violence: ['اعتداء جسدي {in_city}، ومخاوف من الإعادة القسرية إلى {country}.'],
    other: ['رسالة مجهولة إلى صاحب العمل وأسئلة للجيران عن المبلّغ.'],
  },
  actorDetails: ['في الأربعين تقريباً، شعر رمادي قصير', 'كان يتصل دائماً من الرقم {phone}', 'لم يذكر اسمه لكنه كان يعرف مكان عملي'],
  safeTimes: ['أيام الأسبوع بين 10:00 و14:00', 'فقط في المساء بعد الساعة 20:00', 'ليس في عطلة نهاية الأسبوع', 'أرجو إرسال رسالة أولاً وسأتصل بكم'],
  note: { titles: ['ملاحظات المكالمات', 'رسائل التهديد'], call: '{d} {t} — اتصال من {phone} (لم أرد)', msg: '{d} {t} — رسالة على {platform}: «{quote}»' },
  files: { txt: ['تهديد', 'ملاحظات'], png: ['لقطة شاشة', 'صورة السيارة'], pdf: ['رسالة القنصلية'] },
  desc: { txt: 'ملاحظاتي عن المكالمات', png: 'لقطة شاشة للرسالة', pdf: 'الرسالة التي وصلتني' },
  synonyms: [['رسائل', 'مراسلات'], ['أخاف', 'أخشى'], ['باستمرار', 'دائماً'], ['لاحقاً', 'فيما بعد'], ['الآن', 'حالياً'], ['تقريباً', 'على الأغلب']],
  addenda: ['شكراً مسبقاً.', 'أتمنى أن تستطيعوا فعل شيء.', 'آسف على الإطالة.'],
};

// ---- Persian (right to left; Persian digits and zero-width non-joiners) -------------------------

const FA_MONTHS = ['ژانویه', 'فوریه', 'مارس', 'آوریل', 'مه', 'ژوئن', 'ژوئیه', 'اوت', 'سپتامبر', 'اکتبر', 'نوامبر', 'دسامبر'];
const FA_CITY: Readonly<Record<string, string>> = {
  Amsterdam: 'آمستردام', Rotterdam: 'روتردام', 'Den Haag': 'لاهه', Utrecht: 'اوترخت', Eindhoven: 'آیندهوون',
  Groningen: 'خرونینگن', Tilburg: 'تیلبورخ', Almere: 'آلمره', Arnhem: 'آرنهم', Nijmegen: 'نایمخن', Leiden: 'لیدن', Delft: 'دلفت',
};

const FA: Pack = {
  locale: 'fa',
  langName: 'Perzisch',
  tag: (rng) => (rng.chance(0.2) ? 'fa-IR' : 'fa'),
  countries: [['IR', 1]],
  spaced: true,
  listSep: '، ',
  digits: [['arabext', 70], ['latn', 30]],
  country: () => ({ country: 'ایران', in_country: 'در ایران' }),
  city: tableCity(FA_CITY, (n) => ({ in_city: `در ${n}` })),
  date: (y, m, d) => `${d} ${FA_MONTHS[m - 1]} ${y}`,
  actors: ['فردی از کنسولگری', 'یک مرد ناشناس', 'یکی از کارمندان سفارت', 'کسی که خود را مأمور دولتی معرفی کرد', 'مردی که گفت از طرف وزارت اطلاعات آمده', 'یکی از هموطنان در انجمن'],
  relatives: ['مادرم', 'پدرم', 'برادرم', 'خواهرم', 'عمویم', 'پسرعمویم', 'دایی‌ام'],
  orgs: ['مسجد محله', 'انجمن فرهنگی ایرانیان', 'مدرسه فارسی آخر هفته بچه‌هایم', 'انجمن زنان', 'کانون ایرانیان'],
  events: ['تظاهرات مقابل سفارت', 'تجمع در میدان Malieveld', 'مراسم یادبود جان‌باختگان', 'نشست حقوق بشری', 'شب فرهنگی'],
  platforms: ['Instagram', 'Telegram', 'WhatsApp', 'X', 'Signal'],
  when: ['هفته گذشته', 'دو هفته پیش', 'اوایل همین ماه', 'یک شنبه شب', 'آخر هفته گذشته', 'چند روز بعد'],
  quotes: ['می‌دانیم کجا زندگی می‌کنی.', 'به فکر خانواده‌ات باش.', 'دست از این کارها بردار وگرنه پشیمان می‌شوی.', 'تا ابد نمی‌توانی در هلند بمانی.', 'ما همه کارهایت را می‌بینیم.'],
  intro: ['{age} سال دارم و در زمینه {job} کار می‌کنم.'],
  jobs: ['پرستاری', 'رانندگی تاکسی', 'تدریس', 'نظافت', 'روزنامه‌نگاری', 'برنامه‌نویسی', 'آرایشگری', 'ترجمه', 'آشپزی', 'توزیع غذا', 'حسابداری', 'پژوهش دانشگاهی'],
  opening: [
    '{years} سال است که {in_city} زندگی می‌کنم. اصالتاً اهل ایران هستم و اینجا در جامعه ایرانی فعالم. از {date_start} اتفاقاتی می‌افتد که نگرانم کرده و می‌خواهم آن‌ها را گزارش کنم.',
    'این را می‌نویسم چون دیگر نمی‌دانم چه کار کنم. مجبور شدم از ایران فرار کنم و حالا اقامت دارم. از {date_start} مرا آزار می‌دهند و اخیراً اوضاع بدتر شده است.',
    'یکی از دوستانم این خط را به من معرفی کرد. به فارسی می‌نویسم چون هلندی‌ام خوب نیست. چیزی که می‌خواهم تعریف کنم تقریباً از {date_start} شروع شد.',
    'دانشجو هستم و {in_city} درس می‌خوانم و از نوشتن این متن می‌ترسم. خانواده‌ام هنوز در ایران زندگی می‌کنند. می‌خواهم کسی بداند چه اتفاقی می‌افتد، حتی اگر نتوانید کاری بکنید.',
  ],
  extra: [
    'کمی درباره خودم: سال {arrival_year} به هلند آمدم و حالا {in_city} کار می‌کنم. در ایران در یک جنبش دانشجویی فعال بودم و از آن زمان در فضای مجازی از حکومت انتقاد می‌کنم.',
    'اول می‌خواهم بگویم که من تنها نیستم. دست‌کم {n} نفر از آشنایانم تجربه مشابهی داشته‌اند، اما بیش از حد می‌ترسند که گزارش بدهند.',
    'نمی‌دانم مهم است یا نه، اما با یک روزنامه‌نگار هم درباره وضعیت ایرانیان در اروپا در تماس هستم.',
  ],
  paras: {
    intimidation: [
      'در {date_last} حدود ساعت {time} از یک شماره ایرانی ({phone}) با من تماس گرفتند. {actor} دقیقاً گفت: «{quote}» و بعد تلفن را قطع کرد. از آن موقع تقریباً هر هفته، معمولاً آخر شب، با من تماس می‌گیرند.',
      'بعد از {event} {in_city} از طریق {platform} پیام‌هایی برایم آمد. در آن‌ها نوشته بودند که من خائنم و می‌دانند کجا زندگی می‌کنم. در یکی از پیام‌ها عکسی از در خانه‌ام بود. همه پیام‌ها را نگه داشته‌ام.',
      '{actor} در سوپرمارکت به من نزدیک شد و گفت باید کارم برای جامعه را کنار بگذارم. اسم من و اسم بچه‌هایم را می‌دانست. واقعاً احساس تهدید کردم.',
    ],
    surveillance: [
      'در جریان {event} {in_city} دیدم که {actor} مدام از شرکت‌کنندگان عکس می‌گرفت، از من هم. وقتی به او نگاه کردم رویش را برگرداند. بعداً همان مرد را دوباره در ایستگاه قطار دیدم.',
      'احساس می‌کنم تحت تعقیب هستم. {when} {n} شب پشت سر هم ماشینی با دو مرد روبه‌روی خانه‌ام پارک بود. یکی از همسایه‌ها شماره پلاک را یادداشت کرد.',
      'آشنایانم در ایران گفتند که اسم من در یک فهرست است. آن‌ها دقیقاً می‌دانستند در کدام جلسات {in_city} شرکت کرده‌ام و با چه کسانی صحبت کرده‌ام. این فقط وقتی ممکن است که کسی ما را زیر نظر داشته باشد.',
    ],
    'family-pressure': [
      '{when} مأموران به خانه {relative} در ایران رفتند و درباره من پرسیدند: کجا زندگی می‌کنم، چه کار می‌کنم و با چه کسانی رفت‌وآمد دارم. گفتند بهتر است برگردم تا «همه چیز را توضیح بدهم».',
      'خانواده‌ام زیر فشار هستند. {relative} {n} بار برای بازجویی احضار شد و مجبور شد شماره تلفن و آدرس مرا در هلند بدهد. حالا خانواده‌ام از من می‌خواهند که فعالیت‌هایم را متوقف کنم.',
      '{relative} با گریه به من زنگ زد. به خانواده گفته‌اند اگر نوشتن در {platform} را کنار نگذارم، برای کار و مدارکشان مشکل پیش می‌آید. برای محافظت از آن‌ها دیگر تقریباً جرئت نمی‌کنم با خانواده تماس بگیرم.',
    ],
    'coercion-informant': [
      '{actor} از من پرسید آیا حاضرم درباره افراد جامعه‌مان {in_city} اطلاعات بدهم: چه کسی به جلسات می‌آید، چه کسی پول می‌دهد و چه کسی با خبرنگاران در تماس است. در عوض گفت خانواده‌ام را «راحت می‌گذارند».',
      'وقتی می‌خواستم پاسپورتم را تمدید کنم، {actor} گفت اگر «کمی همکاری کنم» کارم سریع‌تر انجام می‌شود. باید اسم کسانی را که در {org} فعال هستند می‌دادم. قبول نکردم، اما از آن زمان {n} بار دوباره با من تماس گرفته‌اند.',
    ],
    digital: [
      'در {date_last} ایمیلی دریافت کردم که شبیه پیام بانکم بود و یک لینک داشت. کمی بعد از یک دستگاه ناشناس وارد حساب {platform} من شدند. احتمالاً فهرست مخاطبان و پیام‌های قدیمی‌ام کپی شده است.',
      'حساب {platform} من هک شد. از حسابم برای دوستانم پیام‌هایی با لینک‌های عجیب فرستاده شد. همچنین {n} پیامک با کد ورود دریافت کردم که خودم درخواست نکرده بودم.',
      'یک حساب جعلی با عکس و اسم من در {platform} ساخته‌اند. از این حساب درباره من دروغ پخش می‌کنند و با آشنایانم تماس می‌گیرند.',
    ],
    'consular-legal': [
      'کنسولگری از تمدید پاسپورتم خودداری می‌کند. {actor} گفت اول باید به ایران سفر کنم تا «پرونده‌ام را حل کنم». بدون پاسپورت معتبر هیچ کاری از دستم برنمی‌آید.',
      'از طریق یک وکیل فهمیدم که در ایران پرونده‌ای علیه من باز است و احتمالاً درخواست اعلان قرمز اینترپل داده شده است. از سفر به خارج، حتی داخل اروپا، می‌ترسم.',
      'کنسولگری از من می‌خواهد قبل از گرفتن هر مدرکی یک «تعهدنامه» امضا کنم، حتی برای شناسنامه فرزندم. افراد دیگری از جامعه هم همین را تجربه کرده‌اند.',
    ],
    'organisational-influence': [
      'در {org} {in_city} گفته می‌شود که امثال من خوش‌آمد نیستند. مدیریت با سفارت در ارتباط است و از کسانی که می‌آیند فهرست تهیه می‌شود. مردم دیگر جرئت نمی‌کنند آزادانه حرف بزنند.',
      '{actor} با والدین در {org} صحبت کرد و گفت بچه‌ها باید برنامه دیگری با مطالب دولت ایران دنبال کنند. والدینی که اعتراض کردند بعداً تماس تلفنی دریافت کردند.',
    ],
    disinformation: [
      'در {platform} پیام‌هایی پخش می‌شود که می‌گوید من تروریست هستم و پول جامعه را می‌دزدم. ده‌ها حساب همزمان این پیام‌ها را بازنشر می‌کنند. حتی کارفرمایم هم چنین پیامی دریافت کرده است.',
      'یک شبکه تلویزیونی ایرانی گزارشی درباره من پخش کرد با ترجمه غلطی از حرف‌هایی که {in_city} زده بودم. از آن زمان پیام‌های نفرت‌آمیز دریافت می‌کنم.',
    ],
    violence: [
      'در {date_last} حدود ساعت {time} {in_city} دو مرد به من حمله کردند. مرا به زمین هل دادند و به فارسی گفتند این یک هشدار است. به پلیس شکایت کردم.',
      '{actor} سعی کرد مرا راضی کند که «برای یک گفتگو» با او به سفارت بروم. بعداً شنیدم یکی از آشنایانم بعد از چنین گفتگویی به ایران بازگردانده شده است. می‌ترسم بخواهند مرا هم به زور برگردانند.',
    ],
    other: [
      'برای کارفرمایم نامه‌ای بی‌نام فرستاده‌اند که در آن نوشته شده من «خطرناک» هستم. مطمئن نیستم چه کسی پشت آن است، اما درست بعد از {event} اتفاق افتاد.',
      'اتفاق عجیبی افتاد: {actor} جلوی خانه‌ام ایستاده بود و از همسایه‌ها درباره من می‌پرسید. نمی‌دانم این در کدام دسته قرار می‌گیرد، اما می‌خواهم گزارشش کنم.',
    ],
  },
  impact: [
    'خوب نمی‌خوابم و دیگر تنها به جلسات نمی‌روم. بچه‌هایم متوجه شده‌اند که نگرانم.',
    'به خاطر همه این‌ها کار داوطلبانه‌ام را کنار گذاشتم. دیگر به هیچ‌کس از جامعه خودم اعتماد ندارم و این خیلی احساس تنهایی به من می‌دهد.',
    'به پزشک خانواده مراجعه کردم چون مدام حمله پانیک دارم. جرئت نکردم همه چیز را به او بگویم.',
  ],
  closing: [
    'می‌خواهم بدانم آیا این اتفاق زیاد می‌افتد و چه کاری می‌توانم بکنم. لطفاً با احتیاط با من تماس بگیرید، شاید تلفنم شنود می‌شود.',
    'هنوز به پلیس شکایت نکرده‌ام چون نمی‌دانم آن را جدی می‌گیرند یا نه. می‌توانید کمکم کنید یا مرا به جای مناسبی معرفی کنید؟',
    'مهم‌ترین چیز برایم این است که این موضوع ثبت شود. لطفاً اسمم را با کسی در میان نگذارید.',
  ],
  summary: {
    intimidation: ['تهدید تلفنی و از طریق {platform} پس از {event} {in_city}.'],
    surveillance: ['عکس‌برداری و تعقیب در جریان و پس از {event} {in_city}.'],
    'family-pressure': ['بازجویی و تحت فشار قرار دادن خانواده در ایران به دلیل فعالیت‌های گزارش‌دهنده.'],
    'coercion-informant': ['درخواست خبرچینی درباره اعضای جامعه {in_city}؛ رد شد.'],
    digital: ['هک حساب {platform} پس از ایمیل فیشینگ؛ تماس با مخاطبان.'],
    'consular-legal': ['خودداری کنسولگری از تمدید پاسپورت؛ نگرانی از سوءاستفاده از اعلان قرمز اینترپل.'],
    'organisational-influence': ['فشار از طریق {org}؛ تهیه فهرست حاضران.'],
    disinformation: ['کارزار بدنام‌سازی در {platform} با اتهامات دروغ.'],
    violence: ['حمله فیزیکی {in_city}؛ ترس از بازگرداندن اجباری به ایران.'],
    other: ['نامه بی‌نام به کارفرما و پرس‌وجو از همسایه‌ها درباره گزارش‌دهنده.'],
  },
  actorDetails: ['حدوداً ۴۰ ساله، موهای کوتاه خاکستری', 'همیشه از شماره {phone} زنگ می‌زد', 'اسمش را نگفت ولی می‌دانست کجا کار می‌کنم'],
  safeTimes: ['روزهای کاری بین ساعت ۱۰ تا ۱۴', 'فقط عصرها بعد از ساعت ۲۰', 'آخر هفته تماس نگیرید', 'لطفاً اول پیام بدهید، خودم تماس می‌گیرم'],
  note: { titles: ['یادداشت تماس‌ها', 'پیام‌های تهدیدآمیز'], call: '{d} {t} — تماس از {phone} (جواب ندادم)', msg: '{d} {t} — پیام در {platform}: «{quote}»' },
  files: { txt: ['تهدید', 'یادداشت‌ها'], png: ['اسکرین‌شات', 'عکس ماشین'], pdf: ['نامه کنسولگری'] },
  desc: { txt: 'یادداشت‌هایم درباره تماس‌ها', png: 'اسکرین‌شات پیام', pdf: 'نامه‌ای که دریافت کردم' },
  synonyms: [['پیام‌ها', 'پیغام‌ها'], ['می‌ترسم', 'وحشت دارم'], ['واقعاً', 'به‌راستی'], ['مدام', 'دائماً'], ['بعداً', 'بعدها'], ['حالا', 'اکنون']],
  addenda: ['پیشاپیش متشکرم.', 'امیدوارم بتوانید کاری بکنید.', 'ببخشید که طولانی شد.'],
};

// ---- Russian (Cyrillic; case and gender forms are slot values) ----------------------------------

const RU_MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const ruPlural = (n: number, one: string, few: string, many: string) => {
  const t = n % 100;
  const u = n % 10;
  if (t >= 11 && t <= 14) return many;
  return u === 1 ? one : u >= 2 && u <= 4 ? few : many;
};
// [nominative, prepositional with "в"]
const RU_CITY: Readonly<Record<string, readonly [string, string]>> = {
  Amsterdam: ['Амстердам', 'в Амстердаме'], Rotterdam: ['Роттердам', 'в Роттердаме'], 'Den Haag': ['Гаага', 'в Гааге'],
  Utrecht: ['Утрехт', 'в Утрехте'], Eindhoven: ['Эйндховен', 'в Эйндховене'], Groningen: ['Гронинген', 'в Гронингене'],
  Tilburg: ['Тилбург', 'в Тилбурге'], Almere: ['Алмере', 'в Алмере'], Zaanstad: ['Занстад', 'в Занстаде'], Arnhem: ['Арнем', 'в Арнеме'],
  Nijmegen: ['Неймеген', 'в Неймегене'], Breda: ['Бреда', 'в Бреде'], Haarlem: ['Харлем', 'в Харлеме'], Enschede: ['Энсхеде', 'в Энсхеде'],
  Apeldoorn: ['Апелдорн', 'в Апелдорне'], Leiden: ['Лейден', 'в Лейдене'], Schiedam: ['Схидам', 'в Схидаме'], Zoetermeer: ['Зутермер', 'в Зутермере'],
  Deventer: ['Девентер', 'в Девентере'], Amersfoort: ['Амерсфорт', 'в Амерсфорте'], Maastricht: ['Маастрихт', 'в Маастрихте'],
  Dordrecht: ['Дордрехт', 'в Дордрехте'], Venlo: ['Венло', 'в Венло'], Hengelo: ['Хенгело', 'в Хенгело'], Diemen: ['Димен', 'в Димене'], Delft: ['Делфт', 'в Делфте'],
};
const RU_COUNTRY: Partial<Record<Country, Slots>> = {
  RU: { country: 'Россия', in_country: 'в России', from_country: 'из России', to_country: 'в Россию', country_gen: 'России' },
  BY: { country: 'Беларусь', in_country: 'в Беларуси', from_country: 'из Беларуси', to_country: 'в Беларусь', country_gen: 'Беларуси' },
};

const RU: Pack = {
  locale: 'ru',
  langName: 'Russisch',
  tag: () => 'ru',
  countries: [['RU', 80], ['BY', 20]],
  spaced: true,
  listSep: ', ',
  gender: { a: ['', 'а'], sya: ['ся', 'ась'], dolzhen: ['должен', 'должна'], gotov: ['готов', 'готова'] },
  country: (c) => RU_COUNTRY[c] ?? { country: c, in_country: c, from_country: c, to_country: c, country_gen: c },
  city: (m) => {
    const [name, loc] = RU_CITY[m] ?? [m, `в ${m}`];
    return { city: name, in_city: loc };
  },
  date: (y, m, d) => `${d} ${RU_MONTHS[m - 1]} ${y} г.`,
  derive: ({ n, years, age }) => ({
    years_ru: `${years} ${ruPlural(years, 'год', 'года', 'лет')}`,
    age_ru: `${age} ${ruPlural(age, 'год', 'года', 'лет')}`,
    n_raz: `${n} ${ruPlural(n, 'раз', 'раза', 'раз')}`,
    n_vecherov: `${n} ${ruPlural(n, 'вечер', 'вечера', 'вечеров')}`,
    n_chelovek: `${n} ${ruPlural(n, 'человек', 'человека', 'человек')}`,
  }),
  actors: ['человек из консульства', 'незнакомый мужчина', 'сотрудник посольства', 'человек, представившийся госслужащим', 'мужчина, назвавшийся сотрудником спецслужб', 'знакомый из русскоязычной общины'],
  relatives: [
    { relative: 'моя мама', rel_dat: 'моей маме', rel_acc: 'мою маму' },
    { relative: 'мой отец', rel_dat: 'моему отцу', rel_acc: 'моего отца' },
    { relative: 'мой брат', rel_dat: 'моему брату', rel_acc: 'моего брата' },
    { relative: 'моя сестра', rel_dat: 'моей сестре', rel_acc: 'мою сестру' },
    { relative: 'мой дядя', rel_dat: 'моему дяде', rel_acc: 'моего дядю' },
    { relative: 'мой двоюродный брат', rel_dat: 'моему двоюродному брату', rel_acc: 'моего двоюродного брата' },
  ],
  orgs: [
    { org: 'русская воскресная школа', org_loc: 'в русской воскресной школе' },
    { org: 'православный приход', org_loc: 'в православном приходе' },
    { org: 'культурное общество', org_loc: 'в культурном обществе' },
    { org: 'родительский чат школы', org_loc: 'в родительском чате школы' },
    { org: 'землячество', org_loc: 'в землячестве' },
  ],
  events: [
    { event: 'акция у посольства', event_gen: 'акции у посольства' },
    { event: 'антивоенный митинг на площади Дам', event_gen: 'антивоенного митинга на площади Дам' },
    { event: 'вечер памяти', event_gen: 'вечера памяти' },
    { event: 'встреча о правах человека', event_gen: 'встречи о правах человека' },
    { event: 'пикет солидарности', event_gen: 'пикета солидарности' },
  ],
  platforms: ['Telegram', 'WhatsApp', 'VK', 'Instagram', 'Signal'],
  when: ['на прошлой неделе', 'две недели назад', 'в начале этого месяца', 'в субботу вечером', 'сразу после выборов', 'в прошлые выходные', 'через несколько дней'],
  quotes: ['Мы знаем, где ты живёшь.', 'Подумай о своей семье.', 'Прекрати свою деятельность, иначе будут проблемы.', 'В Нидерландах ты вечно не останешься.', 'Мы видим всё, что ты делаешь.'],
  intro: ['Мне {age_ru}, работаю {job}.', 'Мне {age_ru}, по профессии я работаю {job}.'],
  jobs: ['водителем такси', 'учителем', 'журналистом', 'программистом', 'переводчиком', 'поваром', 'курьером', 'бухгалтером', 'парикмахером', 'исследователем в университете'],
  opening: [
    'Я живу {in_city} уже {years_ru}. Я родом {from_country} и участвую в жизни местной общины. С {date_start} происходят вещи, которые меня тревожат, и я хочу о них сообщить.',
    'Пишу, потому что уже не знаю, что делать. Мне пришлось уехать {from_country}, сейчас у меня есть вид на жительство. С {date_start} меня преследуют, и в последнее время стало хуже.',
    'Подруга посоветовала мне эту линию. Пишу по-русски, потому что мой нидерландский пока слабый. То, о чём я хочу рассказать, началось примерно {date_start}',
    'Я учусь {in_city}, и мне страшно это писать. Моя семья по-прежнему живёт {in_country}. Я хочу, чтобы кто-то знал, что происходит, даже если вы ничего не сможете сделать.',
  ],
  extra: [
    'Немного о себе: я приехал{a} в Нидерланды в {arrival_year} году и сейчас работаю {in_city}. {In_country} я участвовал{a} в студенческом движении и с тех пор критикую власти в интернете.',
    'Сначала хочу сказать, что такое происходит не только со мной. Как минимум {n_chelovek} из моих знакомых пережили похожее, но боятся об этом сообщать.',
    'Не знаю, важно ли это, но я также общаюсь с журналистом о положении эмигрантов {from_country} в Европе.',
  ],
  paras: {
    intimidation: [
      '{date_last} около {time} мне позвонили с номера {from_country} ({phone}). {Actor} сказал дословно: «{quote}» После этого он положил трубку. С тех пор мне звонят почти каждую неделю, обычно поздно вечером.',
      'После {event_gen} {in_city} мне стали приходить сообщения в {platform}. В них было написано, что я предатель и что они знают, где я живу. В одном сообщении была фотография моей входной двери. Все сообщения у меня сохранены.',
      '{Actor} подошёл ко мне в супермаркете и сказал, что я {dolzhen} прекратить свою работу для общины. Он знал моё имя и имена моих детей. Мне было по-настоящему страшно.',
    ],
    surveillance: [
      'Во время {event_gen} {in_city} я заметил{a}, что {actor} постоянно фотографирует участников, в том числе меня. Когда я посмотрел{a} на него, он отвернулся. Позже я снова увидел{a} этого же человека на вокзале.',
      'У меня ощущение, что за мной следят. {When} {n_vecherov} подряд напротив моего дома стояла машина с двумя мужчинами. Сосед записал номер.',
      'Знакомые {in_country} сказали, что моё имя есть в каком-то списке. Они точно знали, на какие встречи {in_city} я ходил{a} и с кем там разговаривал{a}. Это возможно, только если за нами кто-то следит.',
    ],
    'family-pressure': [
      '{When} к {rel_dat} {in_country} приходила полиция. Спрашивали обо мне: где я живу, чем занимаюсь, с кем общаюсь. Сказали, что мне лучше вернуться, чтобы «всё объяснить».',
      'На мою семью давят. {Rel_acc} {n_raz} вызывали на допрос и заставили дать мой номер телефона и адрес в Нидерландах. Теперь родственники просят меня прекратить мою деятельность.',
      'Мне позвонили родственники, все в слезах. Семье сказали, что будут проблемы с работой и документами, если я не перестану публиковать посты в {platform}. Чтобы их защитить, я почти перестал{a} выходить с ними на связь.',
    ],
    'coercion-informant': [
      '{Actor} спросил, {gotov} ли я давать информацию о людях из нашей общины {in_city}: кто приходит на встречи, кто даёт деньги, кто общается с журналистами. Взамен он обещал, что мою семью «оставят в покое».',
      'Когда я хотел{a} продлить паспорт, {actor} сказал, что это можно сделать быстрее, если я «немного помогу». Нужно было назвать людей, которые активны {org_loc}. Я отказал{sya}, но с тех пор со мной связывались ещё {n_raz}.',
    ],
    digital: [
      '{date_last} я получил{a} письмо, похожее на сообщение из моего банка, со ссылкой. Вскоре после этого в мой аккаунт {platform} вошли с неизвестного устройства. Скорее всего, мои контакты и старые сообщения скопировали.',
      'Мой аккаунт в {platform} взломали. С него моим друзьям рассылали сообщения со странными ссылками. Кроме того, мне пришло {n} SMS с кодом входа, который я не запрашивал{a}.',
      'В {platform} создали фейковый аккаунт с моим фото и именем. С этого аккаунта распространяют ложь обо мне и пишут моим знакомым.',
    ],
    'consular-legal': [
      'Консульство отказывается продлить мой паспорт. {Actor} сказал, что сначала мне нужно съездить {to_country}, чтобы «решить вопрос с моим делом». Без действующего паспорта я здесь ничего не могу оформить.',
      'Через адвоката я узнал{a}, что {in_country} против меня возбуждено дело и, возможно, направлен запрос в Интерпол на «красное уведомление». Я боюсь выезжать за границу, даже внутри Европы.',
      'Консульство требует, чтобы я подписал{a} «покаянное письмо», прежде чем выдать мне какие-либо документы, даже свидетельство о рождении ребёнка. С другими людьми из общины было то же самое.',
    ],
    'organisational-influence': [
      '{Org_loc} {in_city} говорят, что таким, как я, там не рады. Руководство поддерживает связь с посольством, ведутся списки тех, кто приходит. Люди больше не решаются говорить открыто.',
      '{Actor} обратился к родителям {org_loc} и сказал, что дети должны заниматься по другой программе, по материалам правительства {country_gen}. Родителям, которые возражали, потом звонили.',
    ],
    disinformation: [
      'В {platform} распространяются сообщения о том, что я террорист и ворую деньги общины. Их одновременно публикуют десятки аккаунтов. Даже мой работодатель получил такое сообщение.',
      'Государственный телеканал показал сюжет обо мне с неправильным переводом того, что я говорил{a} {in_city}. С тех пор мне приходят сообщения с ненавистью.',
    ],
    violence: [
      '{date_last} около {time} на меня напали двое мужчин {in_city}. Они повалили меня на землю и сказали по-русски, что это предупреждение. Я подал{a} заявление в полицию.',
      '{Actor} пытался уговорить меня поехать с ним в посольство «для разговора». Позже я узнал{a}, что одного моего знакомого после такого разговора вернули {to_country}. Я боюсь, что меня тоже хотят вернуть силой.',
    ],
    other: [
      'Моему работодателю пришло анонимное письмо, где меня называют «опасным человеком». Я не знаю точно, кто за этим стоит, но это случилось сразу после {event_gen}.',
      'Произошло что-то странное: {actor} стоял у моего дома и расспрашивал обо мне соседей. Не знаю, к какой категории это относится, но хочу об этом сообщить.',
    ],
  },
  impact: [
    'Я плохо сплю и больше не хожу на встречи в одиночку. Дети замечают, что я на нервах.',
    'Из-за всего этого я бросил{a} волонтёрскую работу. Я больше не доверяю никому из своей общины, и от этого очень одиноко.',
    'Я обратил{sya} к семейному врачу, потому что у меня постоянные панические атаки. Рассказать всё я не решил{sya}.',
  ],
  closing: [
    'Я хочу понять, часто ли такое бывает и что я могу сделать. Пожалуйста, связывайтесь со мной осторожно: мой телефон, возможно, прослушивают.',
    'Я ещё не подавал{a} заявление в полицию, потому что не знаю, отнесутся ли там к этому серьёзно. Можете ли вы помочь мне или подсказать, куда обратиться?',
    'Для меня главное, чтобы это было зафиксировано. Пожалуйста, не передавайте моё имя никому.',
  ],
  summary: {
    intimidation: ['Угрозы по телефону и в {platform} после {event_gen} {in_city}.'],
    surveillance: ['Фотографирование и слежка во время и после {event_gen} {in_city}.'],
    'family-pressure': ['Родственников {in_country} допрашивают и давят на них из-за деятельности заявителя.'],
    'coercion-informant': ['Склоняли к доносительству на членов общины {in_city}, получили отказ.'],
    digital: ['Взлом аккаунта {platform} после фишингового письма; рассылка по контактам.'],
    'consular-legal': ['Консульство отказывает в продлении паспорта; опасения злоупотребления «красным уведомлением» Интерпола.'],
    'organisational-influence': ['Давление {org_loc}; ведутся списки посетителей.'],
    disinformation: ['Кампания по дискредитации в {platform} с ложными обвинениями.'],
    violence: ['Физическое нападение {in_city}; опасения принудительного возвращения {to_country}.'],
    other: ['Анонимное письмо работодателю и расспросы соседей о заявителе.'],
  },
  actorDetails: ['около 40 лет, короткие седые волосы', 'всегда звонил с номера {phone}', 'не назвался, но знал, где я работаю'],
  safeTimes: ['По будням с 10:00 до 14:00', 'Только вечером после 20:00', 'Не звонить в выходные', 'Сначала напишите, я перезвоню'],
  note: { titles: ['Звонки и сообщения', 'Угрозы — записи'], call: '{d} {t} — звонок с {phone} (не ответил{a})', msg: '{d} {t} — сообщение в {platform}: «{quote}»' },
  files: { txt: ['угрозы', 'заметки'], png: ['скриншот', 'фото машины'], pdf: ['письмо консульства'] },
  desc: { txt: 'Мои записи о звонках', png: 'Скриншот сообщения', pdf: 'Письмо, которое я получил{a}' },
  synonyms: [['очень', 'крайне'], ['постоянно', 'всё время'], ['Позже', 'Потом'], ['Теперь', 'Сейчас'], ['страшно', 'жутко'], ['Знакомые', 'Друзья'], ['фотографию', 'фото']],
  addenda: ['Заранее спасибо.', 'Надеюсь, вы сможете что-то сделать.', 'Извините за длинный текст.'],
};

// ---- Chinese (Simplified; no spaces between words) ----------------------------------------------

const ZH_CITY: Readonly<Record<string, string>> = {
  Amsterdam: '阿姆斯特丹', Rotterdam: '鹿特丹', 'Den Haag': '海牙', Utrecht: '乌得勒支', Eindhoven: '埃因霍温', Groningen: '格罗宁根',
  Tilburg: '蒂尔堡', Almere: '阿尔梅勒', Zaanstad: '赞斯塔德', Arnhem: '阿纳姆', Nijmegen: '奈梅亨', Breda: '布雷达', Haarlem: '哈勒姆',
  Enschede: '恩斯赫德', Apeldoorn: '阿珀尔多伦', Leiden: '莱顿', Schiedam: '斯希丹', Zoetermeer: '祖特尔梅尔', Deventer: '代芬特尔',
  Amersfoort: '阿默斯福特', Maastricht: '马斯特里赫特', Dordrecht: '多德雷赫特', Venlo: '芬洛', Hengelo: '亨厄洛', Diemen: '迪门', Delft: '代尔夫特',
};

const ZH: Pack = {
  locale: 'zh',
  langName: 'Chinees (Mandarijn)',
  tag: (rng) => rng.weighted([['zh', 50], ['zh-CN', 20], ['zh-Hans', 30]]),
  countries: [['CN', 1]],
  spaced: false,
  listSep: '，',
  country: () => ({ country: '中国', in_country: '在国内' }),
  city: tableCity(ZH_CITY, (n) => ({ in_city: `在${n}` })),
  date: (y, m, d) => `${y}年${m}月${d}日`,
  actors: ['领事馆的人', '一个陌生男子', '大使馆的工作人员', '一个自称政府官员的人', '一个说自己代表国内公安的人', '同乡会里认识的一个人', '一个自称学联负责人的人'],
  relatives: ['我妈妈', '我爸爸', '我哥哥', '我妹妹', '我叔叔', '我表弟', '我岳父'],
  orgs: ['同乡会', '华人教会', '孩子们的周末中文学校', '中国学生学者联合会', '华人商会'],
  events: ['大使馆门前的抗议活动', '声援香港的集会', '六四纪念活动', '关于新疆人权的讲座', '一场读书会'],
  platforms: ['微信', 'WhatsApp', 'Telegram', 'X', 'Instagram', '小红书'],
  when: ['上周', '两个星期前', '这个月初', '一个星期六晚上', '上个周末', '几天后'],
  quotes: ['我们知道你住在哪里。', '想想你在国内的家人。', '别再搞这些活动了，否则后果自负。', '你不可能永远待在荷兰。', '你做的一切我们都看得到。'],
  intro: ['我今年{age}岁，在这里做{job}。'],
  jobs: ['护士', '出租车司机', '老师', '清洁工', '记者', '程序员', '理发师', '翻译', '厨师', '外卖员', '会计', '博士研究员'],
  opening: [
    '我在{city}已经住了{years}年。我来自中国，在这里的华人社区比较活跃。从{date_start}开始发生了一些让我很担心的事情，我想把这些情况报告给你们。',
    '我写这些是因为我真的不知道该怎么办了。我是从中国逃出来的，现在已经拿到了居留许可。从{date_start}起我一直受到骚扰，最近情况变得更严重了。',
    '一个朋友推荐我联系这个举报热线。我的荷兰语不好，所以用中文写。我想说的事情大概是从{date_start}开始的，到现在还没有结束。',
    '我是{in_city}读书的留学生，写下这些让我很害怕。我的家人都还在国内。即使你们什么都做不了，我也希望有人知道正在发生什么。',
  ],
  extra: [
    '先说一下我的背景：我{arrival_year}年来到荷兰，现在在{city}工作。在国内的时候我参加过学生运动，从那以后一直在网上批评政府。',
    '我想先说明，我不是唯一一个遇到这种事情的人。我认识的人里至少有{n}个有过类似的经历，但他们太害怕了，不敢举报。',
    '我不知道这是否重要，但我也在和一位记者联系，讲海外华人在欧洲的处境。',
  ],
  paras: {
    intimidation: [
      '{date_last}大约{time}，我接到一个中国号码（{phone}）打来的电话。{actor}原话是这样说的：“{quote}”说完就挂了。从那以后几乎每个星期都有人给我打电话，通常是深夜。',
      '{in_city}参加完{event}之后，我在{platform}上收到了很多消息。消息里说我是叛徒，还说他们知道我住在哪里。其中一条消息里有我家门口的照片。所有的消息我都截图保存了。',
      '{actor}在超市里走到我面前，说我必须停止为社区做的事情。他知道我的名字，也知道我孩子的名字。我当时真的感觉受到了威胁。',
    ],
    surveillance: [
      '在{city}举行的{event}上，我看到{actor}一直在给参加的人拍照，也拍了我。我看他的时候，他马上转过身去。后来我在火车站又看到了同一个人。',
      '我觉得自己被人跟踪了。{when}连续{n}个晚上，我家对面都停着一辆车，车里坐着两个男人。一个邻居记下了车牌号。',
      '国内的熟人告诉我，我的名字在一份名单上。他们清楚地知道我在{city}参加过哪些聚会，还有我在那里跟谁说过话。除非有人一直在监视我们，否则不可能知道这些。',
    ],
    'family-pressure': [
      '{when}，国内的警察去找了{relative}，问了很多关于我的事情：我住在哪里，做什么工作，跟什么人来往。他们说我最好回国“把事情说清楚”。',
      '我的家人一直在受到压力。{relative}被叫去“喝茶”{n}次，还被要求提供我在荷兰的电话号码和地址。现在家里人都劝我停止所有活动。',
      '{relative}哭着给我打电话。他们告诉家里，如果我不停止在{platform}上发帖，家里人的工作和证件都会出问题。为了保护他们，我现在几乎不敢再跟家里联系。',
    ],
    'coercion-informant': [
      '{actor}问我愿不愿意提供{city}华人社区里一些人的信息：谁参加聚会、谁捐钱、谁跟记者有联系。作为交换，他说我的家人就会“平安无事”。',
      '我想办理护照换发的时候，{actor}说如果我“帮点忙”，手续可以快一些。我需要说出在{org}活跃的人的名字。我拒绝了，但从那以后他们又联系了我{n}次。',
    ],
    digital: [
      '{date_last}我收到一封看起来像是银行发来的邮件，里面有一个链接。不久之后，有人用一个陌生设备登录了我的{platform}账号。我的联系人和以前的聊天记录很可能都被复制了。',
      '我的{platform}账号被盗了。有人用我的账号给朋友们发了带奇怪链接的消息。另外我还收到了{n}条我自己没有申请过的登录验证码短信。',
      '有人在{platform}上用我的照片和名字注册了一个假账号。这个账号在散布关于我的谣言，还去联系我认识的人。',
    ],
    'consular-legal': [
      '领事馆拒绝给我换发护照。{actor}说我必须先回国“把档案上的问题处理好”。没有有效护照，我在这里什么手续都办不了。',
      '我通过律师得知，国内已经对我立案，而且可能已经向国际刑警组织申请了红色通缉令。我现在连去欧洲其他国家都不敢。',
      '领事馆要求我先签一份“悔过书”，才给我办任何证件，连孩子的出生公证都不行。社区里其他人也遇到过同样的事情。',
    ],
    'organisational-influence': [
      '{city}的{org}里有人说像我这样的人不受欢迎。负责人跟大使馆有联系，还会记录谁来参加活动。大家现在都不敢公开说话了。',
      '{actor}联系了{org}的家长们，说孩子们应该换一套课程，用中国政府提供的教材。提出反对意见的家长后来都接到了电话。',
    ],
    disinformation: [
      '{platform}上流传着一些消息，说我是恐怖分子，还偷社区的钱。几十个账号同时转发这些内容。连我的雇主都收到了这样的消息。',
      '国内的一家电视台播出了一段关于我的报道，把我在{city}说过的话翻译错了。从那以后我一直收到仇恨信息。',
    ],
    violence: [
      '{date_last}大约{time}，我在{city}被两个男人袭击。他们把我推倒在地上，用中文说这是一个警告。我已经向警察报了案。',
      '{actor}一直想说服我跟他一起去大使馆“谈一谈”。后来我听说，我认识的一个人就是在这样的“谈话”之后被送回国的。我很害怕他们也想强行把我带回去。',
    ],
    other: [
      '我的雇主收到了一封匿名信，说我是个“危险人物”。我不确定是谁做的，但这件事正好发生在{event}之后。',
      '发生了一件奇怪的事：{actor}站在我家门口，向邻居打听我的情况。我不知道这属于哪一类，但还是想报告一下。',
    ],
  },
  impact: [
    '我睡不好觉，也不敢再一个人去参加聚会。孩子们都看得出来我很紧张。',
    '因为这些事情，我已经不再做志愿者了。我现在不敢相信自己社区里的任何人，这让我觉得非常孤独。',
    '我去看了家庭医生，因为我经常惊恐发作。但是我不敢把所有的事情都告诉医生。',
  ],
  closing: [
    '我想知道这种事情是不是经常发生，我能做些什么。联系我的时候请小心，我的电话可能被监听了。',
    '我还没有报警，因为我不知道警察会不会重视这件事。你们能帮我吗？或者告诉我应该去找谁？',
    '对我来说最重要的是把这件事记录下来。请不要把我的名字告诉任何人。',
  ],
  summary: {
    intimidation: ['在{city}参加{event}后遭到电话和{platform}威胁。'],
    surveillance: ['在{city}的{event}期间及之后被拍照和跟踪。'],
    'family-pressure': ['国内家人因举报人的活动被警方约谈并受到施压。'],
    'coercion-informant': ['被要求提供{city}华人社区成员的信息，已拒绝。'],
    digital: ['收到钓鱼邮件后{platform}账号被盗，联系人被骚扰。'],
    'consular-legal': ['领事馆拒绝换发护照；担心国际刑警组织红色通缉令被滥用。'],
    'organisational-influence': ['通过{org}施压，活动参加者被记录。'],
    disinformation: ['{platform}上出现针对举报人的抹黑和虚假指控。'],
    violence: ['在{city}遭到人身袭击，担心被强制遣返回国。'],
    other: ['雇主收到匿名信，邻居被打听举报人的情况。'],
  },
  actorDetails: ['四十岁左右，灰色短发', '每次都用{phone}这个号码打电话', '没有说自己的名字，但知道我在哪里工作'],
  safeTimes: ['工作日上午10点到下午2点', '只在晚上8点以后', '周末请不要打电话', '请先发短信，我会回电话'],
  note: { titles: ['通话记录', '威胁信息整理'], call: '{d} {t} 来电 {phone}（未接）', msg: '{d} {t} {platform}消息：“{quote}”' },
  files: { txt: ['威胁短信', '记录'], png: ['截图', '照片'], pdf: ['领事馆通知'] },
  desc: { txt: '我记录的来电情况', png: '消息截图', pdf: '我收到的信' },
  synonyms: [['非常', '特别'], ['后来', '之后'], ['害怕', '担心'], ['现在', '目前'], ['照片', '相片'], ['消息', '信息'], ['一直', '总是'], ['真的', '确实']],
  addenda: ['先谢谢了。', '希望你们能帮帮忙。', '不好意思写了这么多。'],
};

// ---- Tigrinya (Ge'ez script; a smaller set of templates) ----------------------------------------

const TI: Pack = {
  locale: 'ti',
  langName: 'Tigrinya',
  tag: (rng) => (rng.chance(0.2) ? 'ti-ER' : 'ti'),
  countries: [['ER', 1]],
  spaced: true,
  listSep: '፣ ',
  country: () => ({ country: 'ኤርትራ', in_country: 'ኣብ ኤርትራ' }),
  city: tableCity({ Amsterdam: 'ኣምስተርዳም', Rotterdam: 'ሮተርዳም', 'Den Haag': 'ደን ሃግ', Utrecht: 'ኡትረኽት' }, (n) => ({ in_city: `ኣብ ${n}` })),
  date: (y, m, d) => `${pad2(d)}/${pad2(m)}/${y}`,
  actors: ['ሓደ ሰብ ካብ ኤምባሲ', 'ዘይፈልጦ ሰብኣይ', 'ሓደ ኣባል ህግደፍ', 'ሓደ ሰብ ካብ ማሕበር'],
  relatives: ['ኣቦይ', 'ሓወይ', 'ኣቦሓጎይ'],
  orgs: ['ማሕበር ኤርትራውያን', 'ቤተ ክርስቲያን'],
  events: ['ሰላማዊ ሰልፊ', 'ኣኼባ ማሕበረሰብ', 'ፈስቲቫል'],
  platforms: ['WhatsApp', 'Facebook', 'Viber', 'TikTok'],
  when: ['ኣብ ዝሓለፈ ሰሙን', 'ቅድሚ ክልተ ሰሙን'],
  quotes: ['ኣበይ ከም እትነብር ንፈልጥ ኢና።', 'ንስድራኻ ሕሰበሎም።', 'ነዚ ስራሕ ግደፎ።'],
  intro: ['ዕድመይ {age} ዓመት እዩ፣ {job} እየ።'],
  jobs: ['ነርስ', 'ሹፌር ታክሲ', 'መምህር', 'ተርጓሚ', 'ኣብ ቤት መግቢ ሰራሕተኛ'],
  opening: [
    '{in_city} ን{years} ዓመት እነብር ኣለኹ። ካብ ኤርትራ እየ መጺአ። ካብ {date_start} ጀሚሩ ዘሻቕሉኒ ነገራት ይፍጸሙ ኣለዉ፣ ስለዚ ክሕብር እደሊ።',
    'ሓንቲ መሓዛይ ብዛዕባ እዚ መስመር ነጊራትኒ። ሆላንድኛ ጽቡቕ ስለዘይፈልጥ ብትግርኛ እጽሕፍ ኣለኹ። እቲ ጸገም ካብ {date_start} ጀሚሩ።',
    '{when} ዘጋጠመኒ ነገር ክሕብር እደሊ። ኣብ ሆላንድ ን{years} ዓመት ተቐሚጠ ኣለኹ።',
    'እዚ ምጽሓፍ ቀሊል ኣይኮነን። ስድራይ ኣብ ኤርትራ ስለ ዘለዉ እፈርህ እየ። ግን ካብ {date_start} ጀሚሩ ዝኾነ ክፈልጡ ይግባእ።',
  ],
  extra: [
    'ኣብ {arrival_year} ናብ ሆላንድ መጺአ። ሕጂ {in_city} እሰርሕ ኣለኹ። ስድራይ ግን ገና ኣብ ኤርትራ እዮም ዘለዉ።',
    'ኣነ ጥራይ ኣይኮንኩን። ብውሑዱ {n} ዝፈልጦም ሰባት ተመሳሳሊ ኣጋጢምዎም፣ ግን ክሕብሩ ይፈርሑ።',
    'ናብ ፖሊስ ክሕብር እፈርህ፣ ምኽንያቱ ስድራይ ክጉድኡ ይኽእሉ እዮም።',
  ],
  paras: {
    intimidation: [
      'ብ{date_last} ሰዓት {time} ካብ ኤርትራ ቁጽሪ ({phone}) ተደዊሉለይ። {actor} «{quote}» ኢሉኒ። ካብኡ ንደሓር ኣስታት ኩሉ ሰሙን ይድውሉለይ።',
      'ድሕሪ {event} {in_city} ብ{platform} መልእኽትታት ተላኢኹለይ። ከዳዕ ኢሎም ይጽውዑኒ፣ ኣበይ ከም ዝነብር ድማ ይፈልጡ እዮም።',
      '{actor} ኣብ ዱኳን ቀሪቡ ንማሕበረሰብ ዝገብሮ ስራሕ ደው ከብሎ ኣለኒ ኢሉኒ። ስመይን ስም ደቀይን ይፈልጥ ነይሩ።',
    ],
    surveillance: [
      'ኣብ {event} {actor} ናይ ተሳተፍቲ ስእሊ ክወስድ ርእየዮ። ናተይ ስእሊ ውን ወሲዱ። ደሓር ኣብ መደበር ባቡር ከም ብሓድሽ ርእየዮ።',
      'ከም ዝስዓቡኒ ይስምዓኒ። {n} ምሸታት ኣብ ቅድሚ ገዛይ ክልተ ሰብኡት ዘለውዋ መኪና ደው ኢላ ነይራ።',
    ],
    'family-pressure': [
      'ስድራይ ኣብ ኤርትራ ይጽቀጡ ኣለዉ። {relative} ብሰበ ስልጣን ተሓቲቱ፣ ብዛዕባይ ድማ ብዙሕ ሓቲቶም።',
      'ንስድራይ እቲ ግብሪ እንተዘይተኸፊሉ ንድኳኖም ክዓጽውዎ ምዃኖም ነጊሮሞም። ሕጂ ስድራይ ምሳይ ክዛረቡ ይፈርሑ።',
      '{relative} ናብ ቤት ማእሰርቲ ተወሲዱ። ሰበ ስልጣን ኣነ ግብሪ እንተ ኸፊለን ካብ ፖለቲካ እንተ ወጺአን ክፍታሕ እዩ ይብሉ።',
    ],
    'coercion-informant': [
      '{actor} ብዛዕባ ኣባላት ማሕበረሰብና {in_city} ሓበሬታ ክህቦ ሓቲቱኒ፡ መን ናብ ኣኼባ ይመጽእ፣ መን ገንዘብ ይህብ። ኣይተቐበልኩን።',
      'ኣብ {event} {actor} ቀሪቡ ኣስማት ናይቶም ኣብ ሰልፊ ዝተሳተፉ ሰባት ክህቦ ሓቲቱኒ። ገንዘብ ክህበኒ ቃል ኣትዩ።',
    ],
    digital: ['ናይ {platform} ኣካውንተይ ተሰሪቑ። ካብኡ ናብ ኣዕሩኸይ ዘይፍለጡ ሊንክታት ተላኢኾም።'],
    'consular-legal': [
      'ኤምባሲ 2% ግብሪ ክኸፍልን ናይ ጣዕሳ ቅጥዒ ክፍርምን ከም ዘለኒ ይብለኒ። እንተዘይከፊለ ፓስፖርት ወይ ካልእ ሰነድ ኣይህቡንን።',
      'ንውላደይ ናይ ልደት ምስክር ወረቐት ካብ ኤምባሲ ክወስድ ደልየ፣ ግን ቅድም ግብሪ ክኸፍል ኣለካ ኢሎምኒ።',
    ],
    'organisational-influence': [
      'ኣብ {org} {in_city} ዝመጽእ ሰብ ይምዝገብ። ንመንግስቲ ዝነቕፉ ሰባት ካብ ፈስቲቫልን ኣኼባን ይእለዩ።',
      'ኣብ {org} ሰባት ብዛዕባ ፖለቲካ ክዛረቡ ኣይኽእሉን። ዝዛረብ ሰብ ናብ ኤምባሲ ይሕበር።',
    ],
  },
  impact: ['ጽቡቕ ኣይድቅስን እየ፣ ናብ ኣኼባታት ድማ በይነይ ኣይከይድን።', 'ካብ ማሕበረሰበይ ንሓደ ሰብ እኳ ኣይኣምንን እየ።', 'ተሌፎን ኣብ ዝድወለሉ ግዜ ይሰምበድ። ደቀይ ውን ተረዲእዎም እዩ።'],
  closing: ['በጃኹም ብጥንቃቐ ርኸቡኒ። ስመይ ንሓደ ሰብ ኣይተካፍሉ።', 'እዚ ክምዝገብ እደሊ። ክትሕግዙኒ ትኽእሉ ዶ?', 'እንታይ ክገብር ከም ዘለኒ ኣይፈልጥን። በጃኹም ሓግዙኒ።'],
  summary: {
    intimidation: ['ብተሌፎንን ብ{platform}ን ምፍርራሕ።'],
    surveillance: ['ኣብ {event} ስእሊ ተወሲዱን ተሰዒቡን።'],
    'family-pressure': ['ስድራ ኣብ ኤርትራ ይጽቀጡ ኣለዉ።'],
    'coercion-informant': ['ብዛዕባ ማሕበረሰብ ሓበሬታ ክህብ ተሓቲቱ፣ ኣይተቐበለን።'],
    digital: ['ናይ {platform} ኣካውንት ተሰሪቑ።'],
    'consular-legal': ['ኤምባሲ 2% ግብሪ ከይተኸፍለ ሰነድ ኣይህብን።'],
    'organisational-influence': ['ብ{org} ጸቕጢ።'],
  },
  actorDetails: ['ኣስታት 40 ዓመት ዝዕድሚኡ ሰብኣይ', 'ካብ {phone} ይድውል ነይሩ'],
  safeTimes: ['ሰኑይ ክሳብ ዓርቢ ቅድሚ ቐትሪ', 'ምሸት ጥራይ'],
  note: { titles: ['ናይ ተሌፎን መዝገብ'], call: '{d} {t} — ካብ {phone} ተደዊሉለይ', msg: '{d} {t} — {platform}: «{quote}»' },
  files: { txt: ['ምፍርራሕ'], png: ['ስእሊ'], pdf: ['ደብዳበ ኤምባሲ'] },
  desc: { txt: 'ናይ ተሌፎን መዝገበይ', png: 'ስእሊ መልእኽቲ', pdf: 'ዝተቐበልክዋ ደብዳበ' },
  synonyms: [['ብጣዕሚ', 'ኣዝዩ'], ['ሕጂ', 'ሎሚ']],
  addenda: ['የቐንየለይ።', 'ክትሕግዙኒ ተስፋ ኣለኒ።'],
};

// ---- Uyghur (Arabic script; a smaller set of templates) -----------------------------------------

const UG: Pack = {
  locale: 'ug',
  langName: 'Oeigoers',
  tag: (rng) => (rng.chance(0.3) ? 'ug-Arab' : 'ug'),
  countries: [['CN', 1]],
  spaced: true,
  listSep: '، ',
  country: () => ({ country: 'خىتاي', in_country: 'ۋەتەندە' }),
  city: tableCity({ Amsterdam: 'ئامستېردام', Rotterdam: 'روتتېردام', 'Den Haag': 'لاھاي', Utrecht: 'ئۇترېخت' }, (n) => ({ in_city: `${n} شەھىرىدە` })),
  date: (y, m, d) => `${y}-يىلى ${m}-ئاينىڭ ${d}-كۈنى`,
  actors: ['ئەلچىخانىدىن بىر ئادەم', 'تونۇمايدىغان بىر ئەر', 'ئۆزىنى ساقچى دەپ تونۇشتۇرغان بىر ئادەم'],
  relatives: ['ئانام', 'دادام', 'ئاكام', 'سىڭلىم'],
  orgs: ['ئۇيغۇر جەمئىيىتى', 'مەسچىت'],
  events: ['نامايىش', 'خاتىرىلەش يىغىلىشى'],
  platforms: ['WeChat', 'WhatsApp', 'Telegram'],
  when: ['ئۆتكەن ھەپتە', 'ئىككى ھەپتە بۇرۇن'],
  quotes: ['بىز سېنىڭ قەيەردە تۇرىدىغانلىقىڭنى بىلىمىز.', 'ئائىلەڭنى ئويلا.', 'بۇ ئىشلارنى توختات.'],
  intro: ['مەن {age} ياشتا، {job} بولۇپ ئىشلەيمەن.'],
  jobs: ['سېستىرا', 'شوپۇر', 'ئوقۇتقۇچى', 'تەرجىمان', 'ئاشپەز'],
  opening: [
    'مەن {in_city} {years} يىلدىن بۇيان ياشاۋاتىمەن. {date_start} دىن باشلاپ مېنى ئەنسىرىتىدىغان ئىشلار يۈز بېرىۋاتىدۇ، شۇڭا بۇلارنى مەلۇم قىلماقچىمەن.',
    'بىر دوستۇم بۇ لىنىيەنى تونۇشتۇردى. گوللاندچەم ياخشى بولمىغاچقا ئۇيغۇرچە يازدىم. ئىش {date_start} دىن باشلاندى.',
    'مەن {in_city} تۇرىمەن. ئائىلەم ۋە تۇغقانلىرىمنىڭ كۆپىنچىسى ۋەتەندە. {date_start} دىن بۇيان ماڭا ۋە ئائىلەمگە بولغان بېسىم كۈچەيدى.',
    'بۇ خەتنى يېزىش ماڭا ئاسان ئەمەس. {when} يۈز بەرگەن ئىشلاردىن كېيىن، بىرەر كىشىگە ئېيتىشىم كېرەك دەپ ئويلىدىم.',
  ],
  extra: [
    'مەن {arrival_year}-يىلى گوللاندىيەگە كەلدىم. ھازىر {in_city} ئىشلەيمەن. ئائىلەم تېخىچە ۋەتەندە.',
    'بۇ ئىش يالغۇز ماڭىلا يۈز بەرمىدى. تونۇشلىرىمدىن كەم دېگەندە {n} ئادەم شۇنداق ئىشقا دۇچ كەلدى، لېكىن ئۇلار قورقىدۇ.',
    'بۇ ئىشلارنى ساقچىغا مەلۇم قىلىشتىن قورقىمەن، چۈنكى ئائىلەمگە زىيىنى تېگىشىدىن ئەنسىرەيمەن.',
  ],
  paras: {
    'family-pressure': [
      'ۋەتەندىكى ئائىلەم بىلەن ئالاقەم ئۈزۈلۈپ قالدى. ساقچىلار {relative}نى سوراققا چاقىرىپ، مېنىڭ بۇ يەردىكى ئادرېسىمنى سوراپتۇ.',
      '{relative} {platform} ئارقىلىق ماڭا ئاۋازلىق ئۇچۇر ئەۋەتىپ، پائالىيەتلىرىمنى توختىتىشىمنى ئۆتۈندى. ئۇنىڭ ئارقىسىدا ساقچىلار بارلىقىنى بىلىمەن.',
      '{relative} لاگېرغا ئېلىپ كېتىلگەندىن كېيىن ئۇنىڭدىن ھېچقانداق خەۋەر يوق. ساقچىلار ئائىلەمگە مېنىڭ چەتئەلدىكى پائالىيەتلىرىم سەۋەبىدىن ئۇلارنىڭ جازالىنىدىغانلىقىنى ئېيتىپتۇ.',
      'ساقچىلار {relative}نى ۋىدېئو ئالاقىگە چىقىرىپ، مەندىن گوللاندىيەدىكى ئادرېسىم ۋە خىزمىتىمنى سورىدى. ئۇنىڭ يېنىدا ساقچى ئولتۇرغانلىقى ئېنىق كۆرۈنۈپ تۇراتتى.',
    ],
    'coercion-informant': [
      'بىر ساقچى {platform} ئارقىلىق ماڭا ئۇچۇر ئەۋەتىپ، گوللاندىيەدىكى ئۇيغۇرلار ھەققىدە ئۇچۇر بېرىشىمنى تەلەپ قىلدى. ھەمكارلاشسام ئائىلەمنىڭ ئامان بولىدىغانلىقىنى ئېيتتى.',
      '{actor} ماڭا ئۇيغۇر جەمئىيىتىنىڭ يىغىلىشلىرىغا كىملەرنىڭ قاتنىشىدىغانلىقىنى خەۋەر قىلىپ تۇرۇشنى تەلەپ قىلدى. بۇنىڭ ئۈچۈن پۇل بېرىدىغانلىقىنى ۋە ئائىلەم بىلەن كۆرۈشتۈرىدىغانلىقىنى ۋەدە قىلدى.',
    ],
    surveillance: [
      '{in_city} بولغان {event} دا {actor} قاتناشقۇچىلارنى توختىماي سۈرەتكە تارتتى، مېنىمۇ سۈرەتكە ئالدى.',
      'ئۆيۈمنىڭ ئالدىدا {n} كەچ ئۇدا ئىچىدە ئىككى ئەر بار بىر ماشىنا توختاپ تۇردى. قوشنام نومۇرىنى يېزىۋالدى.',
    ],
    intimidation: [
      '{date_last} سائەت {time} ئەتراپىدا خىتاينىڭ بىر نومۇرىدىن ({phone}) تېلېفون كەلدى. {actor} «{quote}» دېدى.',
      '{event} دىن كېيىن {platform} دا نامەلۇم ھېساباتلاردىن تەھدىت ئۇچۇرلىرى كەلدى. ئۇلار مېنى ۋەتەن خائىنى دەپ ئاتىدى.',
    ],
    digital: ['{platform} ھېساباتىمغا نامەلۇم ئۈسكۈنىدىن كىرىلگەن. دوستلىرىمغا غەلىتە ئۇلانمىلار ئەۋەتىلگەن.'],
    'consular-legal': ['خىتاي ئەلچىخانىسى پاسپورتۇمنى يېڭىلاشنى رەت قىلدى ۋە ۋەتەنگە قايتىپ كېتىشىمنى تەلەپ قىلدى.'],
  },
  impact: [
    'كېچىلىرى ئۇخلىيالمايمەن. ئائىلەمدىن خەۋەر ئالالمىغىنىمغا ئۇزۇن بولدى.',
    'ھەر قېتىم تېلېفون جىرىڭلىسا قورقۇپ كېتىمەن. باشقا ئۇيغۇرلار بىلەن كۆرۈشۈشتىنمۇ ئەنسىرەيمەن.',
    'ئائىلەمنى ئويلاپ ھېچنەرسىگە زېھنىمنى يىغالمايمەن. دوختۇرغا بارماقچى بولدۇم، لېكىن ئېيتىشقا جۈرئەت قىلالمىدىم.',
  ],
  closing: ['ئىسمىمنى ھېچكىمگە ئېيتماڭلار. ماڭا ئېھتىيات بىلەن ئالاقىلىشىڭلار.', 'بۇ ئىشنىڭ خاتىرىلىنىشىنى ئۈمىد قىلىمەن.', 'نېمە قىلىشىم كېرەكلىكىنى بىلمەيمەن. ماڭا ياردەم قىلالامسىلەر؟'],
  summary: {
    'family-pressure': ['ۋەتەندىكى ئائىلىسى ساقچىلارنىڭ بېسىمىغا ئۇچرىغان.'],
    'coercion-informant': ['گوللاندىيەدىكى ئۇيغۇرلار ھەققىدە ئۇچۇر بېرىش تەلەپ قىلىنغان.'],
    surveillance: ['{event} دا سۈرەتكە تارتىلغان ۋە ئىز قوغلانغان.'],
    intimidation: ['تېلېفون ئارقىلىق تەھدىت سېلىنغان.'],
    digital: ['{platform} ھېساباتى ئوغرىلانغان.'],
    'consular-legal': ['ئەلچىخانا پاسپورتنى يېڭىلاشنى رەت قىلغان.'],
  },
  actorDetails: ['تەخمىنەن 40 ياشلاردىكى ئەر', 'ھەمىشە {phone} نومۇرىدىن تېلېفون قىلدى'],
  safeTimes: ['دۈشەنبەدىن جۈمەگىچە چۈشتىن بۇرۇن', 'پەقەت كەچتە'],
  note: { titles: ['تېلېفون خاتىرىسى'], call: '{d} {t} — {phone} دىن تېلېفون كەلدى', msg: '{d} {t} — {platform}: «{quote}»' },
  files: { txt: ['تەھدىت'], png: ['ئېكران رەسىمى'], pdf: ['ئەلچىخانا خېتى'] },
  desc: { txt: 'تېلېفون خاتىرىلىرىم', png: 'ئۇچۇرنىڭ ئېكران رەسىمى', pdf: 'تاپشۇرۇۋالغان خېتىم' },
  synonyms: [['ھازىر', 'ئەمدى'], ['توختىماي', 'ئۈزلۈكسىز']],
  addenda: ['ئالدىن رەھمەت.', 'ياردەم قىلالىشىڭلارنى ئۈمىد قىلىمەن.'],
};

const PACKS: Record<LangKey, Pack> = { nl: NL, en: EN, tr: TR, ar: AR, fa: FA, ru: RU, zh: ZH, ti: TI, ug: UG };
const LANGUAGE_WEIGHTS: Weighted<LangKey> = [['nl', 22], ['tr', 15], ['ar', 14], ['en', 12], ['fa', 9], ['ru', 9], ['zh', 9], ['ti', 5], ['ug', 5]];

// ---- people -------------------------------------------------------------------------------------

type NamePool = {
  readonly f: readonly string[];
  readonly m: readonly string[];
  /** A family name, or its [masculine, feminine] forms. */
  readonly fam: readonly (string | readonly [string, string])[];
  readonly familyFirst?: boolean;
  readonly joiner?: string;
  /** The same community's names in their own script. */
  readonly native?: NamePool;
};
type PoolKey = 'turkish' | 'kurdish' | 'moroccan' | 'arab' | 'persian' | 'russian' | 'belarusian' | 'chinese' | 'hongkong' | 'uyghur' | 'eritrean' | 'rwandan' | 'vietnamese';

const ARAB_NATIVE: NamePool = {
  f: ['منى', 'رانيا', 'لينا', 'رشا', 'نورة', 'هدى', 'فاطمة الزهراء', 'خديجة'],
  m: ['أحمد', 'عمر', 'خالد', 'رامي', 'عبدالله', 'طارق', 'يوسف', 'محمد'],
  fam: ['محمود', 'الحداد', 'الحسن', 'العلي', 'درويش', 'ناصر', 'العمراني', 'الإدريسي'],
};
const NAME_POOLS: Record<PoolKey, NamePool> = {
  turkish: {
    f: ['Ayşe', 'Fatma', 'Elif', 'Zeynep', 'Emine', 'Hatice', 'Merve', 'Büşra', 'Gülay', 'Şeyma'],
    m: ['Mehmet', 'Mustafa', 'Ahmet', 'Hüseyin', 'İbrahim', 'Hakan', 'Murat', 'Emre', 'Oğuz', 'Yusuf'],
    fam: ['Yılmaz', 'Kaya', 'Demir', 'Çelik', 'Şahin', 'Öztürk', 'Aydın', 'Arslan', 'Doğan', 'Yıldız', 'Koç', 'Kılıç'],
  },
  kurdish: {
    f: ['Rojda', 'Dilan', 'Berivan', 'Hêvî', 'Zîn', 'Jiyan', 'Rûken', 'Nûjiyan'],
    m: ['Rojhat', 'Azad', 'Welat', 'Dilovan', 'Serhat', 'Baran', 'Zana', 'Şiyar'],
    fam: ['Aslan', 'Ekinci', 'Tekin', 'Bozkurt', 'Aktaş', 'Özdemir', 'Güneş', 'Yağmur'],
  },
  moroccan: {
    f: ['Fatima Zahra', 'Khadija', 'Naima', 'Samira', 'Salma', 'Imane', 'Hanane', 'Loubna'],
    m: ['Mohamed', 'Youssef', 'Said', 'Mustapha', 'Hamza', 'Karim', 'Anouar', 'Bilal'],
    fam: ['El Amrani', 'Benali', 'Bouzid', 'El Idrissi', 'Ouali', 'Azzouzi', 'Chaouki', 'Tahiri'],
    native: ARAB_NATIVE,
  },
  arab: {
    f: ['Mona', 'Rania', 'Lina', 'Rasha', 'Noura', 'Huda', 'Reem', 'Dalia'],
    m: ['Ahmed', 'Omar', 'Khaled', 'Rami', 'Abdullah', 'Tarek', 'Yasser', 'Hassan'],
    fam: ['Mahmoud', 'Abdelrahman', 'Haddad', 'Al-Hassan', 'Al-Ali', 'Al-Otaibi', 'Al-Qahtani', 'Darwish', 'Shaker', 'Nasser'],
    native: ARAB_NATIVE,
  },
  persian: {
    f: ['Maryam', 'Shirin', 'Nasrin', 'Parisa', 'Leila', 'Sara', 'Niloufar', 'Mahnaz'],
    m: ['Reza', 'Ali', 'Babak', 'Kaveh', 'Hamid', 'Amir', 'Saeed', 'Arash'],
    fam: ['Hosseini', 'Ahmadi', 'Karimi', 'Mohammadi', 'Rahimi', 'Tehrani', 'Moradi', 'Jafari', 'Rezaei', 'Sadeghi'],
    native: { f: ['مریم', 'شیرین', 'نسرین', 'پریسا', 'لیلا', 'سارا'], m: ['رضا', 'علی', 'بابک', 'کاوه', 'حمید', 'آرش'], fam: ['حسینی', 'احمدی', 'کریمی', 'محمدی', 'رحیمی', 'مرادی'] },
  },
  russian: {
    f: ['Olga', 'Anna', 'Yekaterina', 'Maria', 'Natalia', 'Irina', 'Svetlana', 'Yulia'],
    m: ['Dmitri', 'Sergei', 'Alexei', 'Andrei', 'Mikhail', 'Ivan', 'Pavel', 'Nikolai'],
    fam: [['Smirnov', 'Smirnova'], ['Ivanov', 'Ivanova'], ['Kuznetsov', 'Kuznetsova'], ['Popov', 'Popova'], ['Volkov', 'Volkova'], ['Sokolov', 'Sokolova'], ['Lebedev', 'Lebedeva'], ['Morozov', 'Morozova']],
    native: {
      f: ['Ольга', 'Анна', 'Екатерина', 'Мария', 'Наталья', 'Ирина'],
      m: ['Дмитрий', 'Сергей', 'Алексей', 'Андрей', 'Михаил', 'Иван'],
      fam: [['Смирнов', 'Смирнова'], ['Иванов', 'Иванова'], ['Кузнецов', 'Кузнецова'], ['Попов', 'Попова'], ['Волков', 'Волкова'], ['Соколов', 'Соколова']],
    },
  },
  belarusian: {
    f: ['Sviatlana', 'Volha', 'Hanna', 'Alena', 'Tatsiana'],
    m: ['Andrei', 'Siarhei', 'Aliaksandr', 'Pavel', 'Uladzimir'],
    fam: [['Kazlou', 'Kazlova'], 'Navumenka', ['Kavaliou', 'Kavaliova'], 'Shauchenka', 'Lukashevich'],
    native: { f: ['Святлана', 'Вольга', 'Ганна'], m: ['Андрэй', 'Сяргей', 'Павел'], fam: [['Казлоў', 'Казлова'], 'Навуменка', 'Шаўчэнка'] },
  },
  chinese: {
    f: ['Fang', 'Min', 'Jing', 'Li', 'Xiaoyan', 'Hui'],
    m: ['Wei', 'Lei', 'Yang', 'Jun', 'Hao', 'Qiang'],
    fam: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang'],
    familyFirst: true,
    native: { f: ['芳', '敏', '静', '丽', '晓燕', '慧'], m: ['伟', '磊', '洋', '军', '浩', '强'], fam: ['王', '李', '张', '刘', '陈', '杨', '赵', '黄'], familyFirst: true, joiner: '' },
  },
  hongkong: {
    f: ['Ka-yan', 'Wing-sze', 'Hoi-ling', 'Mei-ling'],
    m: ['Tsz-hin', 'Chun-kit', 'Ka-ho', 'Wai-man'],
    fam: ['Chan', 'Wong', 'Lee', 'Cheung', 'Lau', 'Ng'],
    familyFirst: true,
  },
  uyghur: {
    f: ['Gulnar', 'Rahile', 'Mihray', 'Aygul', 'Zulpiye', 'Mukerrem'],
    m: ['Abdurehim', 'Ablikim', 'Memet', 'Erkin', 'Nurmemet', 'Adil'],
    fam: ['Tursun', 'Abdulla', 'Dawut', 'Yasin', 'Imin', 'Rozi', 'Eli', 'Qurban'],
    native: { f: ['گۈلنار', 'راھىلە', 'مېھراي', 'ئايگۈل'], m: ['ئابدۇرېھىم', 'ئابلىكىم', 'مەمەت', 'ئەركىن'], fam: ['تۇرسۇن', 'ئابدۇللا', 'داۋۇت', 'ياسىن'] },
  },
  eritrean: {
    f: ['Senait', 'Helen', 'Saba', 'Rahel', 'Luwam', 'Semhar', 'Yordanos', 'Feven'],
    m: ['Tesfay', 'Yonas', 'Mebrahtu', 'Filmon', 'Dawit', 'Mussie', 'Amanuel', 'Biniam'],
    fam: ['Tekle', 'Ghebremedhin', 'Haile', 'Berhane', 'Kidane', 'Woldu', 'Abraha', 'Gebreyesus'],
    native: { f: ['ሰናይት', 'ሳባ', 'ራሄል', 'ሉዋም'], m: ['ተስፋይ', 'ዮናስ', 'ፊልሞን', 'ዳዊት'], fam: ['ተኽለ', 'ሃይለ', 'በርሀ', 'ኪዳነ'] },
  },
  rwandan: {
    f: ['Claudine', 'Aline', 'Diane', 'Solange', 'Immaculée', 'Chantal'],
    m: ['Jean-Pierre', 'Emmanuel', 'Eric', 'Patrick', 'Innocent', 'Théogène'],
    fam: ['Habimana', 'Uwimana', 'Niyonzima', 'Mukamana', 'Nsengiyumva', 'Ingabire', 'Mugisha', 'Hakizimana'],
  },
  vietnamese: {
    f: ['Thị Mai', 'Thu Hà', 'Ngọc Lan', 'Thanh Hương', 'Thị Hoa', 'Kim Anh'],
    m: ['Văn An', 'Minh Tuấn', 'Quốc Bảo', 'Đức Huy', 'Văn Nam', 'Thanh Tùng'],
    fam: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'],
    familyFirst: true,
  },
};
const COUNTRY_POOLS: Record<Country, Weighted<PoolKey>> = {
  TR: [['turkish', 65], ['kurdish', 35]], CN: [['chinese', 55], ['uyghur', 30], ['hongkong', 15]], IR: [['persian', 1]],
  RU: [['russian', 1]], BY: [['belarusian', 1]], ER: [['eritrean', 1]], MA: [['moroccan', 1]], EG: [['arab', 1]], SA: [['arab', 1]],
  SY: [['arab', 1]], RW: [['rwandan', 1]], VN: [['vietnamese', 1]],
};
const NATIVE_SCRIPT_LANGS: ReadonlySet<LangKey> = new Set(['ar', 'fa', 'ru', 'zh', 'ti', 'ug']);

type Name = { full: string; first: string; family: string };

function makeName(rng: Rng, lang: LangKey, country: Country, gender: Gender): Name {
  const key: PoolKey = lang === 'ug' ? 'uyghur' : lang === 'zh' ? 'chinese' : rng.weighted(COUNTRY_POOLS[country]);
  const latin = NAME_POOLS[key];
  const pool = latin.native && NATIVE_SCRIPT_LANGS.has(lang) && rng.chance(0.4) ? latin.native : latin;
  const first = rng.pick(gender === 'f' ? pool.f : pool.m);
  const famEntry = rng.pick(pool.fam);
  const family = typeof famEntry === 'string' ? famEntry : famEntry[gender === 'f' ? 1 : 0];
  const joiner = pool.joiner ?? ' ';
  return { full: pool.familyFirst ? `${family}${joiner}${first}` : `${first}${joiner}${family}`, first, family };
}

/** Latin letters without diacritics: for e-mail addresses and the hand-written PDFs. */
function toAscii(s: string): string {
  return s
    .replace(/ı/g, 'i')
    .replace(/İ/g, 'I')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]/g, '');
}

const PSEUDONYM_WORDS = [
  'Lavendel', 'Tulp', 'Narcis', 'Krokus', 'Zonnebloem', 'Klaproos', 'Madelief', 'Iris', 'Roos', 'Lelie', 'Hyacint', 'Dahlia',
  'Anjer', 'Viooltje', 'Sneeuwklokje', 'Vergeet-mij-niet', 'Eik', 'Linde', 'Berk', 'Wilg', 'Beuk', 'Iep', 'Populier', 'Kastanje',
  'Esdoorn', 'Den', 'Hazelaar', 'Vlier', 'Meidoorn', 'Lijster', 'Merel', 'Mus', 'Kievit', 'Grutto', 'Reiger', 'Ooievaar', 'Zwaluw',
  'Roodborst', 'Koolmees', 'Specht', 'Uil', 'Buizerd', 'Valk', 'Meeuw', 'IJsvogel', 'Lepelaar', 'Kraanvogel', 'Wielewaal',
  'Nachtegaal', 'Winterkoning',
];

const FOREIGN_PHONES: Record<Country, readonly string[]> = {
  TR: ['+90 53# ### ## ##', '+90 54# ### ## ##', '+90 55# ### ## ##'],
  CN: ['+86 13# #### ####', '+86 15# #### ####', '+86 18# #### ####'],
  IR: ['+98 91# ### ####', '+98 93# ### ####'],
  RU: ['+7 9## ###-##-##'],
  BY: ['+375 29 ###-##-##', '+375 33 ###-##-##'],
  ER: ['+291 7 ######', '+291 1 ######'],
  MA: ['+212 6## ## ## ##', '+212 7## ## ## ##'],
  RW: ['+250 78# ### ###', '+250 72# ### ###'],
  SA: ['+966 5# ### ####'],
  EG: ['+20 10 #### ####', '+20 11 #### ####', '+20 12 #### ####'],
  SY: ['+963 9## ### ###'],
  VN: ['+84 9# ### ## ##', '+84 3# ### ## ##'],
};
// '%' is a digit 1–9: Dutch mobile numbers continue 06-1… to 06-9….
const DUTCH_MOBILE = ['+31 6 %#######', '06-%#######', '+316%#######', '06 %### ####', '+31 6 %# ## ## ##'];
const fillDigits = (rng: Rng, pattern: string) => pattern.replace(/[#%]/g, (c) => String(rng.int(c === '%' ? 1 : 0, 9)));

const EMAIL_DOMAINS: Weighted<string> = [
  ['gmail.com', 30], ['hotmail.com', 15], ['outlook.com', 12], ['proton.me', 12], ['protonmail.com', 5], ['ziggo.nl', 6],
  ['kpnmail.nl', 4], ['live.nl', 4], ['yahoo.com', 4], ['tutanota.com', 3], ['icloud.com', 5],
];

function makeEmail(rng: Rng, name: Name | undefined, pseudonym: string): string {
  const clean = (s: string) => toAscii(s).toLowerCase().replace(/[^a-z0-9]/g, '');
  const first = name ? clean(name.first) : '';
  const family = name ? clean(name.family) : '';
  let local: string;
  if (first && family && rng.chance(0.75)) {
    local = rng.pick([`${first}.${family}`, `${first}${family}${rng.int(1, 99)}`, `${first.slice(0, 1)}${family}`, `${first}_${rng.int(70, 99)}`]);
  } else {
    local = rng.pick([`${clean(pseudonym)}${rng.int(1, 999)}`, `anon.${rng.int(1000, 9999)}`, `vrijheid${rng.int(10, 99)}`, `${clean(pseudonym)}.nl`]);
  }
  return `${local}@${rng.weighted(EMAIL_DOMAINS)}`;
}

// ---- attachments --------------------------------------------------------------------------------

let crcTable: Uint32Array | undefined;
function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const b of bytes) c = (crcTable[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zlib stream of stored (uncompressed) deflate blocks: deflateSync's output can differ between
 *  zlib builds (Node's bundled zlib changed), which would break "same seed, same bytes". */
function zlibStored(data: Uint8Array): Buffer {
  const parts: Buffer[] = [Buffer.from([0x78, 0x01])];
  for (let off = 0; off < data.length || off === 0; off += 65535) {
    const chunk = data.subarray(off, Math.min(off + 65535, data.length));
    const last = off + 65535 >= data.length;
    const head = Buffer.alloc(5);
    head[0] = last ? 1 : 0;
    head.writeUInt16LE(chunk.length, 1);
    head.writeUInt16LE(~chunk.length & 0xffff, 3);
    parts.push(head, Buffer.from(chunk));
    if (last) break;
  }
  let a = 1;
  let b = 0;
  for (const x of data) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(((b << 16) | a) >>> 0);
  parts.push(adler);
  return Buffer.concat(parts);
}

function pngChunk(type: string, data: Uint8Array): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

type Rgb = readonly [number, number, number];

/** A small RGB PNG that looks like a chat screenshot or a blurry photo. */
function makePng(rng: Rng): Buffer {
  const w = rng.pick([32, 40, 48]);
  const h = rng.pick([32, 48, 64]);
  const px = new Uint8Array(w * h * 3);
  const fill = (x0: number, y0: number, x1: number, y1: number, [r, g, b]: Rgb) => {
    for (let y = Math.max(0, y0); y < Math.min(h, y1); y++)
      for (let x = Math.max(0, x0); x < Math.min(w, x1); x++) {
        const i = (y * w + x) * 3;
        px[i] = r;
        px[i + 1] = g;
        px[i + 2] = b;
      }
  };
  const shade = (base: number) => Math.max(0, Math.min(255, base + rng.int(-12, 12)));
  if (rng.chance(0.7)) {
    const bg = shade(240);
    fill(0, 0, w, h, [bg, shade(236), shade(228)]);
    const bar = Math.max(3, Math.floor(h / 8));
    fill(0, 0, w, bar, rng.pick<Rgb>([[7, 94, 84], [42, 171, 238], [59, 89, 152], [40, 40, 40], [7, 193, 96]]));
    for (let y = bar + 2; y < h - 5; ) {
      const bh = rng.int(3, 6);
      const bw = rng.int(Math.floor(w / 3), w - 6);
      const left = rng.chance(0.5);
      const x0 = left ? 2 : w - 2 - bw;
      fill(x0, y, x0 + bw, y + bh, left ? [255, 255, 255] : [shade(220), 248, shade(198)]);
      for (let ty = y + 1; ty < y + bh - 1; ty += 2) fill(x0 + 1, ty, x0 + bw - rng.int(1, Math.max(2, bw - 2)), ty + 1, [70, 70, 70]);
      y += bh + 2;
    }
  } else {
    const horizon = rng.int(Math.floor(h / 3), Math.floor((2 * h) / 3));
    fill(0, 0, w, horizon, [shade(150), shade(170), shade(200)]);
    fill(0, horizon, w, h, [shade(90), shade(90), shade(85)]);
    for (let i = rng.int(2, 5); i > 0; i--) {
      const x0 = rng.int(0, w - 4);
      const y0 = rng.int(0, h - 4);
      fill(x0, y0, x0 + rng.int(3, Math.floor(w / 2)), y0 + rng.int(3, Math.floor(h / 3)), [rng.int(20, 230), rng.int(20, 230), rng.int(20, 230)]);
    }
  }
  const stride = 1 + w * 3;
  const raw = new Uint8Array(h * stride);
  for (let y = 0; y < h; y++) raw.set(px.subarray(y * w * 3, (y + 1) * w * 3), y * stride + 1); // filter byte 0: none
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour, deflate, no filter method, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', zlibStored(raw)),
    pngChunk('IEND', new Uint8Array(0)),
  ]);
}

type PdfInfo = { name: string; countryEn: string; city: string; date: Date; rng: Rng };

const PDF_BODIES: readonly ((i: PdfInfo) => string[])[] = [
  (i) => [
    `Consulate General of ${i.countryEn} - Consular Section`,
    `Ref. ${i.rng.int(100, 999)}/${i.date.getUTCFullYear()}/${i.rng.int(1000, 9999)}`,
    `${i.city}, ${i.date.getUTCDate()} ${EN_MONTHS[i.date.getUTCMonth()]} ${i.date.getUTCFullYear()}`,
    '',
    `To: ${i.name}`,
    '',
    'You are requested to appear in person at the consular section',
    'within 14 days regarding your file. Please bring your passport',
    'and all documents concerning your residence in the Netherlands.',
    'Failure to appear will be noted in your file.',
  ],
  (i) => [
    'POLITIE',
    'Proces-verbaal van aangifte',
    `Registratienummer: PL${i.rng.int(1000, 2799)}-${i.date.getUTCFullYear()}${i.rng.int(100000, 999999)}`,
    `Datum aangifte: ${i.date.getUTCDate()} ${NL_MONTHS[i.date.getUTCMonth()]} ${i.date.getUTCFullYear()}`,
    `Plaats delict: ${i.city}`,
    'Feit: bedreiging (art. 285 Wetboek van Strafrecht)',
    '',
    `Aangever: ${i.name}`,
    'Aangever verklaart te zijn bedreigd door een onbekende man die zei',
    'namens de autoriteiten van het land van herkomst te spreken.',
  ],
  (i) => [
    'Re: Request for access - INTERPOL files (CCF)',
    `Client: ${i.name}`,
    `Date: ${i.date.getUTCDate()} ${EN_MONTHS[i.date.getUTCMonth()]} ${i.date.getUTCFullYear()}`,
    '',
    'We have reason to believe that a notice or diffusion concerning',
    `our client has been requested by the authorities of ${i.countryEn}.`,
    'We ask the Commission to confirm whether data on our client is held',
    "and to review its compliance with Article 3 of INTERPOL's Constitution.",
  ],
];
const PDF_PRODUCERS = ['Microsoft Word', 'Canon iR-ADV C5535 PDF', 'HP Scan', 'LibreOffice 7.6', 'Skia/PDF m120'];

/** A one-page PDF 1.4 with Helvetica text, written by hand (offsets counted in bytes). */
function makePdf(info: PdfInfo): Buffer {
  const esc = (s: string) => toAscii(s).replace(/[\\()]/g, (c) => `\\${c}`);
  const lines = info.rng.pick(PDF_BODIES)(info);
  const content = `BT\n/F1 11 Tf\n14 TL\n50 790 Td\n${lines.map((l) => `(${esc(l)}) Tj T*`).join('\n')}\nET\n`;
  const d = info.date;
  const stamp = `D:${d.toISOString().slice(0, 19).replace(/[-T:]/g, '')}Z`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${content.length} >>\nstream\n${content}endstream`,
    `<< /Producer (${info.rng.pick(PDF_PRODUCERS)}) /CreationDate (${stamp}) >>`,
  ];
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'; // latin1: one char per byte, so lengths are offsets
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF`;
  return Buffer.from(out, 'latin1');
}

// ---- templates ----------------------------------------------------------------------------------

const tplText = (t: Tpl) => (typeof t === 'string' ? t : t.t);
const tplFits = (t: Tpl, c: Country) => typeof t === 'string' || t.only.includes(c);

function capitalise(s: string, locale: string): string {
  const cp = s.codePointAt(0);
  if (cp === undefined) return s;
  const first = String.fromCodePoint(cp);
  return first.toLocaleUpperCase(locale) + s.slice(first.length);
}

/** Fills {slot} placeholders; {Slot} capitalises the value for the start of a sentence. */
function render(tpl: string, slots: Slots, locale: string): string {
  return tpl.replace(/\{([A-Za-z_]+)\}/g, (_m, key: string) => {
    const lower = key.charAt(0).toLowerCase() + key.slice(1);
    const v = slots[key] ?? slots[lower];
    if (v === undefined) throw new Error(`synth: template slot {${key}} has no value`);
    return key === lower ? v : capitalise(v, locale);
  });
}

const entrySlots = (key: string, e: Entry): Slots => (typeof e === 'string' ? { [key]: e } : e);
const codePoints = (s: string) => [...s].length;
function clampCodePoints(s: string, max: number): string {
  const cps = [...s];
  return cps.length <= max ? s : `${cps.slice(0, max - 1).join('').trimEnd()}…`;
}

// ---- reports ------------------------------------------------------------------------------------

const DAY = 86_400_000;
const NARRATIVE_MIN = 300;
const NARRATIVE_MAX = 4000;
const SUMMARY_MAX = 500;

const CATEGORY_WEIGHTS: Record<Category, number> = {
  intimidation: 20, surveillance: 16, 'family-pressure': 16, 'coercion-informant': 8, digital: 12, 'consular-legal': 10,
  'organisational-influence': 6, disinformation: 5, violence: 4, other: 3,
};
// Patterns documented for these states (diaspora tax, Interpol misuse, abductions, hacking).
const COUNTRY_BOOST: Partial<Record<Country, Partial<Record<Category, number>>>> = {
  ER: { 'consular-legal': 3, 'family-pressure': 1.5 },
  CN: { 'family-pressure': 2, surveillance: 1.5, digital: 1.5 },
  TR: { surveillance: 1.5, 'consular-legal': 1.5, 'organisational-influence': 2 },
  IR: { intimidation: 1.5, digital: 1.5, violence: 1.5 },
  RU: { digital: 1.5, disinformation: 2 },
  BY: { 'consular-legal': 1.5, surveillance: 1.5 },
  RW: { violence: 2, surveillance: 1.5 },
  VN: { violence: 2.5 },
  SA: { digital: 2, surveillance: 1.5 },
  EG: { digital: 1.5, 'family-pressure': 1.5 },
  MA: { surveillance: 1.5, 'organisational-influence': 1.5 },
  SY: { 'family-pressure': 1.5, intimidation: 1.5 },
};
// Codes a later format version might add: readers must keep them (BUNDLE-FORMAT.md §4).
const UNKNOWN_CATEGORIES = ['economic-pressure', 'academic-pressure', 'proxy-harassment'];

const CHANNEL_WEIGHTS: Weighted<Channel> = [['web', 35], ['phone', 28], ['email', 12], ['walk-in', 12], ['post', 5], ['other', 8]];

type AttachmentEntry = { sha256: string; filename: string; mediaType: string; description?: string };
type BuiltAttachment = { att: SynthAttachment; entry: AttachmentEntry };

type Reporter = {
  pseudonym: string;
  name?: string;
  phone?: string;
  email?: string;
  preferredContact?: string;
  safeContactTimes?: string;
  municipality?: string;
  consent: { contact: boolean; referral: boolean; anonymisedAnalysis: boolean };
};

type Incident = {
  summary: string;
  narrative: string;
  startedOn?: string;
  lastOccurredOn?: string;
  ongoing?: boolean;
  municipality?: string;
  countryOfConcern?: string;
  categories: string[];
  actorDescription?: string;
};

/** What a near-duplicate reuses: the same language, templates and slot values. */
type Recipe = {
  reportId: string;
  receivedMs: number;
  lang: LangKey;
  tag: string;
  country: Country;
  gender: Gender;
  digits: DigitSet;
  slots: Slots;
  parts: string[];
  summaryParts: string[];
  incident: Omit<Incident, 'summary' | 'narrative'>;
  reporter: Reporter;
  name?: Name;
  attachments: BuiltAttachment[];
  startMs: number;
  lastMs: number;
  years: number;
  age: number;
};

type Draft = {
  reportId: string;
  receivedMs: number;
  channel: Channel;
  tag: string;
  urgent?: boolean;
  reporter: Reporter;
  incident: Incident;
  attachments: BuiltAttachment[];
  emptyAttachmentList: boolean;
  intakeNotes?: string;
};

const dayString = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function rfc3339(ms: number): string {
  const iso = new Date(ms).toISOString();
  return ms % 1000 === 0 ? iso.replace(/\.000Z$/, 'Z') : iso;
}

function formatDate(pack: Pack, ms: number, digits: DigitSet): string {
  const d = new Date(ms);
  return localDigits(pack.date(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()), digits);
}

function randomTime(rng: Rng): string {
  return `${pad2(rng.weighted([[rng.int(8, 17), 40], [rng.int(18, 23), 55], [rng.int(0, 7), 5]]))}:${pad2(rng.int(0, 59))}`;
}

function pickCategories(rng: Rng, pack: Pack, country: Country): Category[] {
  const boost = COUNTRY_BOOST[country] ?? {};
  const available = CATEGORIES.filter((c) => pack.paras[c]?.length && pack.summary[c]?.length);
  const count = Math.min(available.length, rng.weighted([[1, 50], [2, 35], [3, 15]]));
  const chosen: Category[] = [];
  while (chosen.length < count) {
    const left = available.filter((c) => !chosen.includes(c));
    chosen.push(rng.weighted(left.map((c) => [c, CATEGORY_WEIGHTS[c] * (boost[c] ?? 1)] as const)));
  }
  return chosen;
}

/** Slot values shared by every template of one report, so its paragraphs tell one story. */
function makeSlots(
  rng: Rng,
  pack: Pack,
  o: { country: Country; city: string; gender: Gender; digits: DigitSet; startMs: number; lastMs: number; receivedMs: number },
): { slots: Slots; years: number; age: number } {
  const years = rng.int(2, 25);
  const n = rng.int(2, 7);
  const age = rng.int(years + 16, Math.max(years + 18, 68));
  const slots: Slots = {
    ...entrySlots('actor', rng.pick(pack.actors)),
    ...entrySlots('relative', rng.pick(pack.relatives)),
    ...entrySlots('org', rng.pick(pack.orgs)),
    ...entrySlots('event', rng.pick(pack.events)),
    platform: rng.pick(pack.platforms),
    when: rng.pick(pack.when),
    quote: rng.pick(pack.quotes),
    ...pack.country(o.country),
    ...pack.city(o.city),
    phone: fillDigits(rng, rng.pick(FOREIGN_PHONES[o.country])),
    date_start: formatDate(pack, o.startMs, o.digits),
    date_last: formatDate(pack, o.lastMs, o.digits),
    time: localDigits(randomTime(rng), o.digits),
    n: localDigits(String(n), o.digits),
    years: localDigits(String(years), o.digits),
    arrival_year: localDigits(String(new Date(o.receivedMs).getUTCFullYear() - years), o.digits),
    age: localDigits(String(age), o.digits),
    job: rng.pick(pack.jobs),
    ...pack.derive?.({ n, years, age }),
  };
  for (const [key, [m, f]] of Object.entries(pack.gender ?? {})) slots[key] = o.gender === 'f' ? f : m;
  return { slots, years, age };
}

function joinParts(parts: readonly string[], slots: Slots, pack: Pack): string {
  return parts.map((p) => render(p, slots, pack.locale)).join('\n\n');
}

/** A template's sentences (split before slots are filled, so quoted values never split). */
function sentencesOf(t: string): string[] {
  return t.split(/(?<=[.!?።؟]["”»]?)\s+|(?<=[。！？]”?)/u).filter((x) => x.length > 0);
}

/** Sometimes leaves off a paragraph's last remark: without it, two reports built from the same
 *  templates would read alike far more often than independent reporters do. */
function trimTail(rng: Rng, pack: Pack, t: string): string {
  const ss = sentencesOf(t);
  return ss.length >= 3 && rng.chance(0.3) ? ss.slice(0, -1).join(pack.spaced ? ' ' : '') : t;
}

/** Opening, background, paragraphs per category, impact, closing; topped up to the minimum length. */
function composeParts(rng: Rng, pack: Pack, country: Country, categories: readonly Category[], slots: Slots): string[] {
  const fit = (ts: readonly Tpl[] | undefined) => (ts ?? []).filter((t) => tplFits(t, country)).map(tplText);
  const opening = sentencesOf(trimTail(rng, pack, rng.pick(fit(pack.opening))));
  if (rng.chance(0.55)) opening.splice(1, 0, rng.pick(pack.intro));
  const parts: string[] = [opening.join(pack.spaced ? ' ' : '')];
  const detailed = rng.chance(0.1); // some reporters write everything down
  const extras = rng.shuffled(fit(pack.extra));
  if (extras.length && (detailed || rng.chance(0.45))) parts.push(...extras.splice(0, detailed ? 2 : 1));
  categories.forEach((c, i) => {
    const pool = rng.shuffled(fit(pack.paras[c]));
    const take = detailed ? 3 : i === 0 && rng.chance(0.3) ? 2 : 1;
    parts.push(...pool.slice(0, take).map((t) => trimTail(rng, pack, t)));
  });
  const impact = rng.shuffled(fit(pack.impact));
  parts.push(...impact.splice(0, detailed ? 2 : rng.weighted([[0, 25], [1, 60], [2, 15]])));
  const closings = rng.shuffled(fit(pack.closing)).slice(0, rng.weighted([[0, 10], [1, 70], [2, 20]]));
  const closing = closings.length ? closings.join(pack.spaced ? ' ' : '') : undefined;
  // Short paragraphs (Chinese, Ge'ez) need more of them: add unused ones before the closing.
  const spare = [
    ...extras,
    ...impact,
    ...categories.flatMap((c) => fit(pack.paras[c])),
    ...CATEGORIES.flatMap((c) => fit(pack.paras[c])),
  ].filter((p, i, all) => all.indexOf(p) === i);
  const withClosing = () => (closing ? [...parts, closing] : parts);
  while (codePoints(joinParts(withClosing(), slots, pack)) < NARRATIVE_MIN) {
    const next = spare.find((p) => !parts.includes(p));
    if (next === undefined) break;
    if (extras.includes(next)) parts.splice(1, 0, next); // background belongs after the opening
    else parts.push(next);
  }
  while (codePoints(joinParts(withClosing(), slots, pack)) > NARRATIVE_MAX && parts.length > 2) parts.splice(parts.length - 1, 1);
  return withClosing();
}

function makeReporter(
  rng: Rng,
  o: { pack: Pack; lang: LangKey; country: Country; gender: Gender; channel: Channel; city: string },
): { reporter: Reporter; name?: Name } {
  const pseudonym = `${rng.pick(PSEUDONYM_WORDS)}-${rng.int(1, 99)}`;
  const anonymous = rng.chance(0.15); // no name, phone or e-mail at all
  const name = !anonymous && rng.chance(0.6) ? makeName(rng, o.lang, o.country, o.gender) : undefined;
  let phone: string | undefined;
  if (!anonymous && rng.chance(o.channel === 'phone' ? 0.85 : 0.5)) {
    phone = fillDigits(rng, rng.chance(0.8) ? rng.pick(DUTCH_MOBILE) : rng.pick(FOREIGN_PHONES[o.country]));
  }
  let email: string | undefined;
  if (!anonymous && rng.chance(o.channel === 'email' ? 0.95 : 0.4)) {
    // An address often carries a name even when the form's name field was left empty.
    const nameInAddress = name ?? (rng.chance(0.5) ? makeName(rng, 'en', o.country, o.gender) : undefined);
    email = makeEmail(rng, nameInAddress, pseudonym);
  }
  const ways = [...(phone ? ['phone', 'signal', 'whatsapp', 'sms'] : []), ...(email ? ['email'] : []), ...(o.channel === 'walk-in' ? ['in person'] : [])];
  // Consent is filled in below, but serialise() writes the fields in the order of BUNDLE-FORMAT.md §4.
  const reporter: Reporter = { pseudonym, consent: { contact: false, referral: false, anonymisedAnalysis: false } };
  if (name) reporter.name = name.full;
  if (phone) reporter.phone = phone;
  if (email) reporter.email = email;
  if (rng.chance(0.85)) reporter.preferredContact = ways.length ? rng.pick(ways) : rng.pick(['none', 'via intake only']);
  if (rng.chance(0.45)) reporter.safeContactTimes = rng.pick(o.pack.safeTimes);
  if (rng.chance(0.75)) {
    const home = o.city === 'Den Haag' && rng.chance(0.2) ? "'s-Gravenhage" : o.city; // the official name, now and then
    reporter.municipality = rng.chance(0.8) ? home : rng.weighted(MUNICIPALITIES);
  }
  reporter.consent = {
    contact: rng.chance(phone || email ? 0.93 : 0.3),
    referral: rng.chance(0.5),
    anonymisedAnalysis: rng.chance(0.8),
  };
  return name ? { reporter, name } : { reporter };
}

type AttachmentKind = 'txt' | 'png' | 'pdf';
const REAL_TYPE: Record<AttachmentKind, string> = { txt: 'text/plain', png: 'image/png', pdf: 'application/pdf' };
const WRONG_TYPE: Record<AttachmentKind, readonly string[]> = {
  txt: ['image/png', 'application/pdf'],
  png: ['image/jpeg', 'image/gif'],
  pdf: ['image/jpeg', 'text/plain'],
};

function makeAttachment(
  rng: Rng,
  r: { pack: Pack; slots: Slots; country: Country; gender: Gender; startMs: number; lastMs: number; receivedMs: number; name?: Name; city: string },
): BuiltAttachment {
  const kind = rng.weighted<AttachmentKind>([['txt', 45], ['png', 40], ['pdf', 15]]);
  const when = r.startMs + Math.floor(rng.float() * Math.max(1, r.lastMs - r.startMs + DAY));
  const stamp = new Date(Math.min(when + rng.int(0, DAY - 1), r.receivedMs));
  const ymd = stamp.toISOString().slice(0, 10);
  const hms = stamp.toISOString().slice(11, 19);
  const [ymdCompact, hmsCompact] = [ymd.replace(/-/g, ''), hms.replace(/:/g, '')];
  let bytes: Buffer;
  if (kind === 'txt') {
    const entries: { at: number; line: string }[] = [];
    for (let i = rng.int(2, 6); i > 0; i--) {
      const at = Math.min(r.receivedMs, r.startMs + Math.floor(rng.float() * Math.max(1, r.lastMs - r.startMs + DAY)));
      const t = `${pad2(new Date(at).getUTCHours())}:${pad2(new Date(at).getUTCMinutes())}`;
      const phone = rng.chance(0.7) ? (r.slots.phone ?? '') : fillDigits(rng, rng.pick(FOREIGN_PHONES[r.country]));
      const s = { ...r.slots, d: dayString(at), t, quote: rng.pick(r.pack.quotes), phone };
      entries.push({ at, line: render(rng.chance(0.5) ? r.pack.note.call : r.pack.note.msg, s, r.pack.locale) });
    }
    entries.sort((a, b) => a.at - b.at);
    const eol = rng.chance(0.2) ? '\r\n' : '\n'; // notes typed on Windows
    const text = [rng.pick(r.pack.note.titles), '', ...entries.map((e) => e.line)].join(eol) + eol;
    bytes = Buffer.concat([rng.chance(0.05) ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
  } else if (kind === 'png') {
    bytes = makePng(rng);
  } else {
    // A letter names the person even when the form did not: the name then only appears here.
    const latin = r.name && /^[\p{Script=Latin}\p{M}\s'-]+$/u.test(r.name.full) ? r.name : undefined;
    const name = toAscii((latin ?? makeName(rng, 'en', r.country, r.gender)).full);
    bytes = makePdf({ name, countryEn: EN_COUNTRY[r.country], city: r.city, date: stamp, rng });
  }
  const mismatch = rng.chance(0.02);
  const mediaType = mismatch ? rng.pick(WRONG_TYPE[kind]) : REAL_TYPE[kind];
  const ext = mismatch && mediaType === 'image/jpeg' && rng.chance(0.5) ? 'jpg' : kind;
  const generic: Record<AttachmentKind, readonly string[]> = {
    txt: ['notes', 'notities', 'tijdlijn', `log_${ymd}`],
    png: [`IMG_${ymdCompact}_${hmsCompact}`, `Screenshot_${ymdCompact}-${hmsCompact}`, `WhatsApp Image ${ymd} at ${hms.replace(/:/g, '.')}`],
    pdf: ['scan0001', `Scan_${ymdCompact}`, 'document'],
  };
  const base = rng.chance(0.4) ? rng.pick(r.pack.files[kind]) : rng.pick(generic[kind]);
  const sha = sha256(bytes);
  const entry: AttachmentEntry = { sha256: sha, filename: `${base}.${ext}`, mediaType };
  if (rng.chance(0.6)) entry.description = render(r.pack.desc[kind], r.slots, r.pack.locale);
  return { att: { sha256: sha, bytes, filename: entry.filename, mediaType, actualMediaType: REAL_TYPE[kind] }, entry };
}

// Notes of the intake professional, in Dutch (now and then English); some fit only one channel.
const INTAKE_NOTES: readonly { t: string; channel?: Channel; foreign?: boolean }[] = [
  { t: 'Telefonisch gesprek via tolk ({langName}). Melder klonk gespannen en wilde het gesprek kort houden.', channel: 'phone', foreign: true },
  { t: 'Call handled in English at the request of the reporter. Reporter seemed calm and well informed.', channel: 'phone' },
  { t: 'Melder kwam langs op het spreekuur in {cityNl}. Schermafbeeldingen bekeken; kopieën als bijlage toegevoegd.', channel: 'walk-in' },
  { t: 'Webformulier; tekst door melder zelf in het {langName} geschreven, nog niet vertaald.', channel: 'web', foreign: true },
  { t: 'Melder wil uitdrukkelijk niet dat de politie wordt ingeschakeld zonder overleg.' },
  { t: 'Mogelijk verband met eerdere meldingen uit {cityNl} over dezelfde organisatie. Voorleggen aan casusoverleg.' },
  { t: 'Melder vraagt om een vrouwelijke contactpersoon.' },
  { t: 'Terugbelafspraak gemaakt; melder gebruikt een tweede telefoon voor contact met ons.' },
];
const INTAKE_URGENT = 'Acuut veiligheidsrisico besproken. Melder geadviseerd 112 te bellen bij direct gevaar; warme overdracht naar politie aangeboden.';

function makeIntakeNotes(rng: Rng, o: { pack: Pack; lang: LangKey; channel: Channel; urgent: boolean; city: string }): string | undefined {
  const notes: string[] = [];
  if (o.urgent && rng.chance(0.8)) notes.push(INTAKE_URGENT);
  if (rng.chance(0.3)) {
    const pool = INTAKE_NOTES.filter((n) => (!n.channel || n.channel === o.channel) && (!n.foreign || o.lang !== 'nl'));
    for (const n of rng.shuffled(pool).slice(0, rng.int(1, 2))) notes.push(render(n.t, { langName: o.pack.langName, cityNl: o.city }, 'nl'));
  }
  return notes.length ? notes.join('\n') : undefined;
}

function composeOriginal(rng: Rng, reportId: string, receivedMs: number): { draft: Draft; recipe: Recipe } {
  const lang = rng.weighted(LANGUAGE_WEIGHTS);
  const pack = PACKS[lang];
  const country = rng.weighted(pack.countries);
  const tag = pack.tag(rng, country);
  const gender: Gender = rng.chance(0.5) ? 'f' : 'm';
  const digits = pack.digits ? rng.weighted(pack.digits) : 'latn';
  const channel = rng.weighted(CHANNEL_WEIGHTS);
  const city = rng.weighted(MUNICIPALITIES);

  const receivedDay = Math.floor(receivedMs / DAY) * DAY;
  const lastMs = receivedDay - Math.min(rng.int(0, 120), rng.int(0, 120)) * DAY; // recent incidents are reported more
  const startMs = lastMs - rng.weighted([[0, 20], [rng.int(1, 60), 40], [rng.int(61, 540), 40]]) * DAY;

  const categories = pickCategories(rng, pack, country);
  const { slots, years, age } = makeSlots(rng, pack, { country, city, gender, digits, startMs, lastMs, receivedMs });
  const parts = composeParts(rng, pack, country, categories, slots);
  const summaryFor = (c: Category) => tplText(rng.pick(pack.summary[c] ?? []));
  const summaryParts = [summaryFor(categories[0] as Category)];
  const second = categories[1];
  if (second && rng.chance(0.5)) summaryParts.push(summaryFor(second));

  const codes: string[] = [...categories];
  if (rng.chance(0.015)) codes.push(rng.pick(UNKNOWN_CATEGORIES));
  const incident: Omit<Incident, 'summary' | 'narrative'> = { categories: codes };
  if (rng.chance(0.8)) incident.startedOn = dayString(startMs);
  if (rng.chance(0.75)) incident.lastOccurredOn = dayString(lastMs);
  if (rng.chance(0.85)) incident.ongoing = receivedDay - lastMs <= 30 * DAY ? rng.chance(0.6) : rng.chance(0.15);
  if (rng.chance(0.8)) incident.municipality = city;
  if (rng.chance(0.92)) incident.countryOfConcern = country;
  if (rng.chance(0.7)) {
    const actor = capitalise(slots.actor ?? '', pack.locale);
    incident.actorDescription = rng.chance(0.6) ? `${actor}${pack.listSep}${render(rng.pick(pack.actorDetails), slots, pack.locale)}` : actor;
  }

  const { reporter, name } = makeReporter(rng, { pack, lang, country, gender, channel, city });
  const attachments: BuiltAttachment[] = [];
  if (rng.chance(0.35)) {
    const count = rng.chance(0.3) ? 2 : 1;
    for (let i = 0; i < count; i++) {
      attachments.push(makeAttachment(rng, { pack, slots, country, gender, startMs, lastMs, receivedMs, city, ...(name ? { name } : {}) }));
    }
  }

  const recipe: Recipe = {
    reportId, receivedMs, lang, tag, country, gender, digits, slots, parts, summaryParts, incident, reporter, attachments,
    startMs, lastMs, years, age, ...(name ? { name } : {}),
  };
  const narrative = joinParts(parts, slots, pack);
  const summary = summaryParts.map((t) => render(t, slots, pack.locale)).join(' ');
  return { draft: finishDraft(rng, { recipe, reportId, receivedMs, channel, reporter, attachments, narrative, summary }), recipe };
}

function finishDraft(
  rng: Rng,
  o: { recipe: Recipe; reportId: string; receivedMs: number; channel: Channel; reporter: Reporter; attachments: BuiltAttachment[]; narrative: string; summary: string },
): Draft {
  const pack = PACKS[o.recipe.lang];
  const violent = o.recipe.incident.categories.includes('violence');
  const urgent = rng.chance(violent ? 0.3 : 0.025);
  const draft: Draft = {
    reportId: o.reportId,
    receivedMs: o.receivedMs,
    channel: o.channel,
    tag: o.recipe.tag,
    reporter: o.reporter,
    incident: { summary: clampCodePoints(o.summary, SUMMARY_MAX), narrative: o.narrative, ...o.recipe.incident },
    attachments: o.attachments,
    emptyAttachmentList: o.attachments.length === 0 && rng.chance(0.5),
  };
  if (urgent || rng.chance(0.85)) draft.urgent = urgent;
  const notes = makeIntakeNotes(rng, { pack, lang: o.recipe.lang, channel: o.channel, urgent, city: o.recipe.incident.municipality ?? 'onbekend' });
  if (notes) draft.intakeNotes = notes;
  return draft;
}

/** Small edits that keep the text recognisably the same: synonyms, a dropped word, a closing line. */
function nearDuplicateText(rng: Rng, pack: Pack, text: string): string {
  let out = text;
  for (const [a, b] of rng.shuffled(pack.synonyms).slice(0, rng.int(1, 3))) {
    const [from, to] = rng.chance(0.5) && out.includes(b) ? [b, a] : [a, b];
    const at = out.indexOf(from);
    if (at >= 0) out = out.slice(0, at) + to + out.slice(at + from.length);
  }
  if (pack.spaced && rng.chance(0.5)) {
    const words = out.split(' ');
    const i = rng.int(1, Math.max(1, words.length - 2));
    const w = words[i] ?? '';
    if (/^\p{L}+$/u.test(w) && !w.includes('\n')) {
      const dropped = [...words.slice(0, i), ...words.slice(i + 1)].join(' ');
      if (codePoints(dropped) >= NARRATIVE_MIN) out = dropped;
    }
  }
  if (out === text || rng.chance(0.35)) {
    const added = `${out}${pack.spaced ? ' ' : ''}${rng.pick(pack.addenda)}`;
    if (codePoints(added) <= NARRATIVE_MAX) out = added;
  }
  return out;
}

function composeNearDuplicate(rng: Rng, orig: Recipe, reportId: string, toMs: number): Draft {
  const pack = PACKS[orig.lang];
  // The copy comes later than the original (a resubmission, or a text passed around for others to send).
  const receivedMs = Math.min(toMs, orig.receivedMs + rng.int(3600, 45 * 86400) * 1000);
  const slots: Slots = { ...orig.slots, time: localDigits(randomTime(rng), orig.digits) };
  if (rng.chance(0.5)) {
    const n = rng.int(2, 7);
    Object.assign(slots, { n: localDigits(String(n), orig.digits) }, pack.derive?.({ n, years: orig.years, age: orig.age }));
  }
  if (rng.chance(0.5)) slots.when = rng.pick(pack.when);
  const narrative = nearDuplicateText(rng, pack, joinParts(orig.parts, slots, pack));
  let summary = orig.summaryParts.map((t) => render(t, slots, pack.locale)).join(' ');
  if (rng.chance(0.3)) {
    const [a, b] = rng.pick(pack.synonyms);
    summary = summary.replace(a, b);
  }
  const resubmission = rng.chance(0.5);
  const channel = rng.weighted(CHANNEL_WEIGHTS);
  const city = orig.incident.municipality ?? rng.weighted(MUNICIPALITIES);
  const reporter = resubmission ? orig.reporter : makeReporter(rng, { pack, lang: orig.lang, country: orig.country, gender: orig.gender, channel, city }).reporter;
  const attachments = resubmission && rng.chance(0.7) ? orig.attachments : [];
  return finishDraft(rng, { recipe: orig, reportId, receivedMs, channel, reporter, attachments, narrative, summary });
}

function serialise(d: Draft): Buffer {
  const report: Record<string, unknown> = {
    format: 'baken-report/1',
    reportId: d.reportId,
    receivedAt: rfc3339(d.receivedMs),
    channel: d.channel,
    language: d.tag,
  };
  if (d.urgent !== undefined) report.urgentSafetyRisk = d.urgent;
  const r = d.reporter;
  report.reporter = {
    pseudonym: r.pseudonym,
    ...(r.name !== undefined && { name: r.name }),
    ...(r.phone !== undefined && { phone: r.phone }),
    ...(r.email !== undefined && { email: r.email }),
    ...(r.preferredContact !== undefined && { preferredContact: r.preferredContact }),
    ...(r.safeContactTimes !== undefined && { safeContactTimes: r.safeContactTimes }),
    ...(r.municipality !== undefined && { municipality: r.municipality }),
    consent: r.consent,
  };
  const i = d.incident;
  report.incident = {
    summary: i.summary,
    narrative: i.narrative,
    ...(i.startedOn !== undefined && { startedOn: i.startedOn }),
    ...(i.lastOccurredOn !== undefined && { lastOccurredOn: i.lastOccurredOn }),
    ...(i.ongoing !== undefined && { ongoing: i.ongoing }),
    ...(i.municipality !== undefined && { municipality: i.municipality }),
    ...(i.countryOfConcern !== undefined && { countryOfConcern: i.countryOfConcern }),
    categories: i.categories,
    ...(i.actorDescription !== undefined && { actorDescription: i.actorDescription }),
  };
  if (d.attachments.length || d.emptyAttachmentList) report.attachments = d.attachments.map((a) => a.entry);
  if (d.intakeNotes !== undefined) report.intakeNotes = d.intakeNotes;
  return Buffer.from(`${JSON.stringify(report, null, 2)}\n`, 'utf8');
}

// ---- API ----------------------------------------------------------------------------------------

const HISTORY = 256;

/** A seeded PRNG stream of reports: same options → same reports, byte for byte. */
export function createSynth(opts: SynthOptions): { next(): SynthReport; nextBundleId(): string } {
  const fromMs = opts.receivedFrom.getTime();
  const toMs = opts.receivedTo.getTime();
  const rate = opts.nearDuplicateRate ?? 0.03;
  if (!Number.isSafeInteger(opts.seed)) throw new RangeError('synth: seed must be a safe integer');
  if (!Number.isFinite(fromMs) || !Number.isFinite(toMs) || fromMs > toMs) {
    throw new RangeError('synth: receivedFrom must be a valid date not after receivedTo');
  }
  if (!(rate >= 0 && rate <= 1)) throw new RangeError('synth: nearDuplicateRate must be between 0 and 1');
  // The window is part of the seed: otherwise a second run with another window would reuse the
  // report ids with different bytes, which an import rejects as a conflict (BUNDLE-FORMAT.md §6).
  const words = (x: number) => [x >>> 0, Math.floor(x / 4294967296) >>> 0];
  const key = [...words(opts.seed), ...words(fromMs), ...words(toMs), Math.round(rate * 1e9) >>> 0];
  const stream = new Rng([0x5e7e5e7e, ...key]);
  const bundles = new Rng([0xb0d1e5, ...key]); // its own stream: drawing bundle ids leaves the reports alone
  const history: Recipe[] = [];
  let count = 0;

  const receivedAt = (rng: Rng) => {
    const lo = Math.ceil(fromMs / 1000);
    const hi = Math.floor(toMs / 1000);
    if (lo <= hi) return (lo + Math.floor(rng.float53() * (hi - lo + 1))) * 1000; // whole seconds, as intake records them
    return fromMs + Math.floor(rng.float53() * (toMs - fromMs + 1));
  };

  return {
    next(): SynthReport {
      // One sub-stream per report: a change in how one report is built does not shift the next ones.
      const rng = new Rng([stream.u32(), stream.u32(), count++]);
      const reportId = uuid(rng);
      const duplicate = history.length > 0 && rng.chance(rate);
      let draft: Draft;
      let nearDuplicateOf: string | undefined;
      if (duplicate) {
        const orig = rng.pick(history);
        draft = composeNearDuplicate(rng, orig, reportId, toMs);
        nearDuplicateOf = orig.reportId;
      } else {
        const made = composeOriginal(rng, reportId, receivedAt(rng));
        draft = made.draft;
        history.push(made.recipe);
        if (history.length > HISTORY) history.shift();
      }
      const out: SynthReport = { reportId, json: serialise(draft), attachments: draft.attachments.map((a) => a.att) };
      if (nearDuplicateOf) out.nearDuplicateOf = nearDuplicateOf;
      return out;
    },
    nextBundleId: () => uuid(bundles),
  };
}
