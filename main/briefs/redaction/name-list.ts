// The shipped list of common first names (and, for Chinese, surnames, which come first) of the
// communities that call the line. There is no Dutch NER on npm: a name in a narrative is found by
// this list plus the rules of names.ts. Spellings as written; lookups fold them (chars.ts), so
// "Ayşe", "Ayse" and "AYŞE" are one entry. One name per word: a two-word name ("Abdel Karim") is
// found as a first name followed by a capitalised word.
import { foldString } from './chars';

const DUTCH = `
jan piet kees henk willem johannes hendrik cornelis gerrit dirk pieter jacob klaas bram daan sem
lucas levi luuk milan noah finn jesse thijs ruben tim tom bas bart joost sander niels jeroen
maarten wouter erik marco martijn stefan rick koen jasper lars thomas max sven joris gijs teun stijn
mark ben rob job hans frank peter paul gert gerard arie evert jeroen ruud wim theo ton rutger
anna emma sophie julia sara lisa eva lotte sanne fleur noor tess mila zoë iris anouk femke ilse
inge marieke annemiek ellen linda monique petra sandra esther ingrid karin wilma tineke ria joke
mieke anja els marloes evelien manon nienke roos yvonne kim nina lieke maud floor jolien hanneke
willemijn gerda marjolein janneke marit sietske geertje trijntje
`;

const ENGLISH = `
john james robert michael william david richard joseph charles daniel matthew george andrew steven
kevin brian edward jack harry oliver mary patricia jennifer elizabeth susan jessica sarah karen
nancy emily laura rachel rebecca hannah olivia amelia charlotte sophia grace rose hope
`;

const TURKISH = `
mehmet mustafa ahmet ali hüseyin hasan ibrahim ismail osman yusuf murat ömer ramazan halil süleyman
abdullah mahmut recep salih fatih kadir emre hakan adem kemal yaşar bekir musa metin serkan burak
gökhan orhan cem engin volkan onur barış tolga serdar erdem uğur ozan kaan emir efe eren berk arda
alp yiğit selim tuncay cengiz erkan levent sinan tarık tayfun taner ilker yunus enes furkan batuhan
oğuz kerem umut deniz can ümit zafer bayram şükrü aslan kartal tuncer erol ercan nihat necati
ayşe fatma emine hatice zeynep elif meryem sultan zehra hülya özlem esra merve büşra kübra tuğba
gülşen gül sevgi ebru derya dilek aylin selin ceren ece irem gizem damla melike yasemin songül
nurcan filiz hacer sibel serpil leyla nesrin buket pınar aysel sevda gülay havva nur aslı seda
tülay emel gönül handan arzu dilara defne ecrin azra nisa ela beyza sude hilal kader ilknur nermin
semra ayten hanife saadet bahar yıldız güneş yağmur çiçek gonca sevinç mukaddes müzeyyen mükerrem
`;

const ARABIC_LATIN = `
mohammed mohamed muhammad mohamad mohammad mehdi ahmed ahmad achmed youssef yousef youssouf yussuf
mustapha mostafa abdelkader abdellah abdallah abdelaziz abderrahim abderrahman abdelhak abdelilah
abdeslam abdel abdul rachid rashid hamid hussein houssein hicham hisham karim kareem khalid khaled
said saïd samir nabil nordin noureddine nourdin redouan redouane ridouan mourad mounir jamal driss
idriss omar othman anouar anwar bilal ilias ilyas ayoub amine amin adil adel tarik tariq zakaria
soufiane sofiane hamza yassine yasin younes younès walid aziz mimoun abdelhamid lahcen hassane fouad
jawad khalil marouane marwan nasser naoufal salah salim slimane tayeb zouhair sami rami fadi basel
majed maher mazen nizar tamer wael yahya zaid ziad
fatima fatiha khadija aicha aisha naima malika zineb zainab zaynab maryam nadia samira latifa
hanane hanan souad karima rachida fadoua fatna hafsa houda huda imane iman ikram jamila khadouj
laila leila loubna mariam nora nour rabia salma sanae siham soumaya wafae yasmina yasmine zahra
zohra najat nezha hayat asmae btissam ghizlane hajar kaoutar meriem oumaima chaimae rania rana dina
lina reem hiba amina halima
`;

const ARABIC_SCRIPT = `
محمد أحمد محمود مصطفى علي حسن حسين إبراهيم إسماعيل يوسف عمر عثمان خالد خليل سعيد سمير كريم رشيد
حميد عبد عبدالله عبدالرحمن عبدالقادر عبدالعزيز عبدالرحيم طارق زكريا حمزة ياسين يونس وليد عزيز أيوب
بلال إلياس أمين عادل نبيل جمال مراد منير إدريس صلاح سليم فؤاد جواد مروان ناصر سامي رامي فادي باسل
ماجد هشام أنور نورالدين مهدي رضا عباس جعفر قاسم زيد زياد يحيى موسى عيسى داود سليمان
فاطمة خديجة عائشة مريم زينب نادية سميرة لطيفة حنان سعاد كريمة رشيدة هدى إيمان جميلة ليلى سلمى سناء
ياسمين زهرة نجاة حياة أسماء هاجر سارة رانيا رنا دينا لينا ريم نور أمل منى هبة آمنة حليمة
`;

const PERSIAN = `
reza mehdi hossein hosein amir saeed saeid majid masoud behrouz farhad dariush kamran babak siavash
pouya arash nima mohsen morteza hamed javad ehsan omid vahid payam peyman kourosh shahram bijan
parisa narges shirin mina nasrin parvin fereshteh mahsa nazanin shabnam elham azadeh roya golnaz
niloufar negar setareh samaneh fatemeh masoumeh zeinab mahnaz soheila taraneh yasaman
رضا مهدی حسین علی محمدرضا امیر سعید مجید مسعود بهروز فرهاد داریوش کامران بابک سیاوش پویا آرش نیما
محسن مرتضی حامد امید وحید مریم زهرا فاطمه سارا نرگس شیرین لیلا مینا نسرین پروین فرشته مهسا نازنین
شبنم الهام آزاده رویا نگار
`;

const KURDISH = `
azad baran dilan delal rojin rojda berfin zilan helin hevin jiyan ronahi rezan serhat rojhat welat
diyar dilovan kawa shvan shivan karwan hawar baver berivan sozdar hejar zana aram rebin rizgar ciwan
sipan zerdeşt şiyar avesta viyan nujin
`;

const TIGRINYA = `
tesfay tesfaye tesfalem tesfamariam tekle teklay haile hailemariam yohannes yonas mussie mulugeta
mehari filmon fitsum habtom berhane berhe kidane kibrom amanuel dawit yemane goitom ghebre
ghebremedhin weldu welde woldemariam gebremariam solomon samuel biniam senait selam saba mebrat
helen hiwet luwam ruta semhar tsega tsehay freweini almaz azieb lemlem elsa winta yordanos segen
meron aster abeba
`;

const CHINESE = `
wei fang min jing lei yan jun hui xiu ying ling hong ming hua jie tao qiang ping gang xin hao chao
peng jian jianguo zhiwei xiaoming xiaoli xiaohong yong lan juan xia yun fei bin kai long
wang zhang liu chen yang huang zhao zhou sun zhu lin guo luo liang song zheng xie han tang feng
deng cao zeng xiao tian dong pan yuan cai jiang cheng shen yao cui zhong tan gao li ma wu hu xu he
`;

const RUSSIAN = `
dmitri dmitry sergei sergey andrei andrey alexei alexey aleksandr alexander ivan mikhail nikolai
vladimir pavel igor oleg yuri boris viktor anatoly maxim artem denis roman evgeny yevgeny konstantin
olga natalia natalya elena yelena irina tatiana tatyana svetlana anastasia ekaterina yekaterina
marina maria yulia ksenia oksana ludmila lyudmila galina valentina nadezhda vera sofia polina darya
alina
дмитрий сергей андрей алексей александр иван михаил николай владимир павел игорь олег юрий борис
виктор максим артём денис роман евгений ольга наталья елена ирина татьяна светлана анастасия
екатерина марина анна мария юлия ксения оксана людмила галина валентина надежда вера софья полина
дарья алина
`;

const OTHER = `
abdi abdirahman abdullahi farah hodan hawa faadumo ayaan mahad liban zaki wahid gulalai zarghuna
abdurehim abduweli ilham gulnar mehmut rahile nurmemet tursun dilnur gulbahar
`;

/**
 * Folded first names that are also everyday words ("Can you", "Umut ediyorum", "Ben je",
 * "Hayat zor", Arabic علي written for على): alone at the start of a sentence, or in Arabic script
 * without a cue, they are not taken for a name; with a surname after them, or mid-sentence
 * capitalised, they are.
 */
export const AMBIGUOUS_FIRST_NAMES: ReadonlySet<string> = new Set(
  `can umut deniz nur gul bahar mark ben rob job hope grace rose roos said sevgi sevda dilek arzu gizem
   damla baris onur ugur erdem zafer yildiz gunes yagmur cicek gonca sevinc kader hayat selam bayram
   aslan kartal ozlem umit emel pinar derya hilal ela tan floor max iris elsa lina dina
   علي صباح جميل سعيد أمل نور منى هدى حياة أسماء زياد زیاد امید إيمان زهرة شیرین هبة نجاة
   `
    .split(/\s+/)
    .filter(Boolean)
    .map(foldString),
);

/** Folded first names (and Chinese surnames) of all the lists above. */
export const FIRST_NAMES: ReadonlySet<string> = new Set(
  [DUTCH, ENGLISH, TURKISH, ARABIC_LATIN, ARABIC_SCRIPT, PERSIAN, KURDISH, TIGRINYA, CHINESE, RUSSIAN, OTHER]
    .join(' ')
    .split(/\s+/)
    .filter(Boolean)
    .map(foldString),
);
