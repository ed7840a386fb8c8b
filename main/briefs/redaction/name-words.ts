// The words around names: cues that announce one (titles, "mijn broer", "adı", السيد), particles
// inside one (van der, el, bin), and stop lists of capitalised words that are not names (months,
// weekdays, countries, cities, organisations, apps) or everyday words that are capitalised at the
// start of a sentence. All folded (chars.ts) when loaded.
import { foldString } from './chars';
import { WEEKDAYS, monthWords } from './months';

function words(...lists: string[]): Set<string> {
  const out = new Set<string>();
  for (const list of lists) for (const w of list.split(/\s+/)) if (w) out.add(foldString(w));
  return out;
}

/** Titles before a name: "dhr. Jansen", "Mr Smith", "Bayan Yılmaz", "السيد محمد". */
export const TITLES_BEFORE: ReadonlySet<string> = words(`
  dhr mevr mw mr mrs ms miss dr drs ir prof meneer mevrouw juffrouw heer
  sir madam mister sayın bay bayan hoca imam sheikh şeyh hajji haji
  monsieur madame mme mlle herr frau
  السيد السيدة الأستاذ الأستاذة الدكتور الدكتورة الشيخ الحاج الحاجة المدعو المدعوة الأخ الأخت
  آقای خانم دکتر`);

/** Titles after a name: "Ahmet Bey", "Ayşe Hanım", Turkish "Mehmet adında/isimli" (named Mehmet). */
export const TITLES_AFTER: ReadonlySet<string> = words(`bey hanım hanımefendi efendi beyefendi abla ağabey adında isimli adlı`);

/**
 * Relations after which a capitalised word is a name: "mijn broer Karim", "my cousin John",
 * "kardeşim Mehmet". Arabic script has no capitals, and "أمي" (my mother) is followed by a verb as
 * often as by a name: there the next word must be a known first name.
 */
export const RELATION_CUES: ReadonlySet<string> = words(`
  broer zus zuster neef nicht vader moeder oom tante zoon dochter vriend vriendin collega buurman
  buurvrouw echtgenoot echtgenote schoonvader schoonmoeder zwager schoonzus kleinzoon kleindochter
  brother sister cousin father mother uncle aunt son daughter friend colleague neighbour neighbor
  husband wife nephew niece
  kardeşim abim ağabeyim ablam amcam dayım teyzem halam kuzenim arkadaşım eşim kocam karım oğlum kızım
  babam annem komşum yeğenim
  أخي أختي أبي أمي ابني ابنتي زوجي زوجتي صديقي صديقتي جاري جارتي عمي خالي عمتي خالتي
  برادرم خواهرم پدرم مادرم دوستم همسرم پسرم دخترم`);

/** Words that name whoever comes next, in any script: "genaamd Karim", "adı Mehmet", "اسمه سمير". */
export const NAMING_CUES: ReadonlySet<string> = words(`
  genaamd heet heette naam named called name adı ismi
  اسمه اسمها يدعى يُدعى المسمى اسمش`);

/** Particles inside Latin-script names: "Jan van der Berg", "Mohamed El Amrani", "Omar bin Laden". */
export const PARTICLES: ReadonlySet<string> = words(`
  van de der den ter ten te het 't la le du da di dos von el al ben bin ibn abu abou bou ould ait aït oğlu`);

/** Particles inside Arabic-script names: "محمد بن سلمان", "أبو بكر". */
export const ARABIC_PARTICLES: ReadonlySet<string> = words(`بن ابن بنت أبو أبي آل ولد`);

const COUNTRIES = `
  nederland holland turkije marokko iran irak syrië syrie eritrea ethiopië ethiopie china rusland
  oekraïne oekraine afghanistan somalië somalie pakistan egypte algerije tunesië libië libanon
  jordanië saoedi-arabië koeweit jemen soedan belgië belgie duitsland frankrijk engeland spanje
  italië europa azië afrika amerika
  netherlands turkey türkiye morocco iraq syria ethiopia russia ukraine somalia egypt algeria tunisia
  libya lebanon jordan saudi arabia kuwait yemen sudan belgium germany france england spain italy
  europe asia africa america
  hollanda türkiye fas suriye irak etiyopya çin rusya ukrayna mısır cezayir almanya fransa
  ingiltere ispanya avrupa kürdistan kurdistan xinjiang tibet hongkong taiwan uyghur
  maroc turquie syrie algérie
  المغرب الجزائر تونس مصر سوريا العراق إيران تركيا هولندا السودان اليمن الأردن لبنان ليبيا السعودية
  الصين روسيا إريتريا أوروبا ألمانيا فرنسا بلجيكا
  ایران هلند ترکیه افغانستان`;

const CITIES = `
  amsterdam rotterdam utrecht eindhoven groningen tilburg almere breda nijmegen apeldoorn arnhem
  haarlem enschede amersfoort zaanstad haag den-haag gravenhage 's-gravenhage zoetermeer zwolle leiden
  maastricht dordrecht ede delft alkmaar venlo deventer helmond leeuwarden hilversum heerlen
  schiedam vlaardingen gouda lelystad emmen oss purmerend hoorn capelle nieuwegein veenendaal
  istanbul ankara izmir bursa antalya konya adana gaziantep diyarbakır kayseri mersin trabzon
  rabat casablanca tanger tangier fes fès marrakech marrakesh agadir oujda nador meknes tetouan
  al-hoceima alhoceima teheran tehran tabriz mashhad isfahan shiraz asmara keren massawa
  beijing peking shanghai urumqi ürümqi kashgar moskou moscow sint-petersburg damascus damascus
  aleppo bagdad baghdad erbil mosul kaboel kabul mogadishu cairo caïro tunis algiers brussel brussels
  antwerpen berlijn berlin parijs paris londen london
  amsterdamse rotterdamse haagse utrechtse
  أمستردام روتردام لاهاي أوتريخت الرباط الدار البيضاء طنجة فاس مراكش دمشق حلب بغداد القاهرة
  تهران آمستردام`;

const ORGANISATIONS = `
  politie police polis aivd mivd ind coa nctv mit interpol europol kmar marechaussee koninklijke
  ambassade embassy consulaat consulate konsolosluk büyükelçilik gemeente rijksoverheid overheid
  ministerie ministry diyanet milli görüş ditib atlas vertrouwenslijn baken
  whatsapp telegram signal facebook instagram tiktok twitter x youtube google gmail hotmail outlook
  proton protonmail iphone android samsung snapchat linkedin wechat weibo viber skype zoom teams
  islam allah god tanrı ramadan ramazan bayramı kurban eid kerst kerstmis pasen christmas easter
  newroz nevruz suikerfeest offerfeest
  nederlands turks marokkaans arabisch engels perzisch farsi koerdisch tigrinya chinees russisch
  dutch turkish moroccan arabic english persian kurdish chinese russian eritrean iranian syrian
  türkçe türk arapça kürtçe hollandaca ingilizce
  الشرطة السفارة القنصلية الحكومة المخابرات الأمن`;

/**
 * Capitalised words that are never a name or part of one: months, weekdays, countries, cities,
 * organisations, apps, holidays, languages. "Jan" is a month abbreviation but also the commonest
 * Dutch first name: it stays a name.
 */
export const NOT_NAMES: ReadonlySet<string> = (() => {
  const s = words(COUNTRIES, CITIES, ORGANISATIONS, WEEKDAYS.join(' '), monthWords().join(' '));
  s.delete('jan');
  return s;
})();

/**
 * Everyday words, capitalised at the start of a sentence or in all-caps text: never taken as a
 * surname after a first name, nor as the name after a cue ("my brother In 2019…").
 */
export const FUNCTION_WORDS: ReadonlySet<string> = words(`
  ik je jij u hij zij ze wij we jullie het de een en of maar want dus dan toen nu daarna daarom ook
  niet wel geen mijn zijn haar ons onze hun die dat deze dit wat wie waar hoe waarom wanneer in op
  aan met van voor na bij naar uit over onder tegen door om tot sinds zonder als er hier daar
  heeft had was is zijn waren werd wordt kan kon zal zou moet moest wil wilde gaat ging kwam komt
  zei zegt vandaag gisteren morgen later eerst toen sindsdien volgens
  the a an and or but so then now also not no yes my his her our their your i you he she we they it
  this that these those what who where how why when on at with from to for of by about after
  before since if as is was were are be been has have had did does do will would can could should
  said says told asked today yesterday tomorrow later first last dear hello hi thanks please
  ve ile bir bu şu o ben sen biz siz onlar da de ama fakat çünkü için gibi sonra önce şimdi evet
  hayır ne kim nerede nasıl neden dün bugün yarın beni bana benim onun onu ona sayın merhaba
  ayrıca hatta lütfen teşekkürler
  le la les un une et ou mais donc je tu il elle nous vous ils elles mon ma mes son sa ses
  der die das und oder aber ich du er sie es wir ihr
  adres adresim adresi address adresse woon woont wonen woonde live lives lived oturuyorum
  `);

/** Arabic-script words that are never a name after a cue or in a name: function words, time words. */
export const ARABIC_STOP: ReadonlySet<string> = words(`
  في من على إلى الى عن مع هو هي هم كان كانت يكون غير لا لم لن قد أن إن أنه أنها التي الذي الذين
  هذا هذه ذلك تلك و أو ثم بعد قبل عند كل بعض أي ما ماذا لماذا كيف متى أين نعم ليس منذ حتى لكن
  الأسبوع الماضي اليوم الشهر السنة العام الليل الصباح المساء الآن الثاني الأول الأخير الكثير
  القليل الكبير الصغير الجديد القديم الأخرى الآخر الشخص الرجل المرأة الأطفال الأولاد الأم الأب
  الأخ الأخت الجيران الصديق الأصدقاء الطبيب المحامي الموظف المسؤول الناس العائلة البيت المنزل
  المدرسة المسجد الجامعة العمل الهاتف الرسائل الرسالة الحساب الإنترنت الشارع المدينة البلد الوطن
  الجالية المجهول مجهول معروف مجهولة أيضا أيضاً جدا فقط لكن لكنه لكنها ولكن ولكنه لأنه لأن وكان قال
  قالت يعني أنا أنت نحن
  در از به با که این آن را برای تا یک هم اما و یا`);
