import type { Extent, Lang } from '../core/types.ts';

/** Every UI string in both languages. Arabic is the original language of the content. */
export const STRINGS = {
  ar: {
    appTitle: 'خريطة السيطرة',
    language: 'اللغة',
    switchLanguage: 'English',
    switchLanguageLabel: 'Switch to English',
    article: 'المقال',
    articles: 'المقالات',
    map: 'خريطة الأماكن التي يذكرها المقال حسب الجهة المسيطرة',
    places: 'الأماكن بترتيب ورودها في النص',
    legend: 'دليل الخريطة',
    reportedBy: (outlet: string, date: string) => `السيطرة كما أوردها ${outlet}، ${date}`,
    alsoMentioned: 'أماكن أخرى مذكورة خارج الخريطة',
    status: 'الوضع',
    extent: 'النطاق',
    change: 'التغير',
    asOf: 'بتاريخ',
    evidence: 'الدليل من النص',
    precision: 'الدقة',
    precisionValue: (km: number, code: number) => `± ${km} كم (رمز ${code}: ${PRECISION_AR[code] ?? ''})`,
    source: 'مصدر الإحداثيات',
    close: 'إغلاق',
    noClaim: 'يذكره المقال دون وصف للسيطرة',
    contested: 'متنازع عليه',
    controlledBy: (party: string) => `تحت سيطرة ${party}`,
    contestedBy: (parties: string) => `متنازع عليه بين ${parties}`,
    downloadGeojson: 'تنزيل GeoJSON',
    downloadPng: 'تنزيل صورة PNG',
    distanceRings: 'حلقات المسافة من وسط طرابلس',
    tripoliCentre: 'وسط طرابلس (ميدان الشهداء)',
    precisionCircle: 'دائرة الدقة (أحياء)',
    basemapFallback: 'تعذر تحميل الخريطة الأساسية عبر الإنترنت؛ تُعرض الخريطة المضمنة.',
    loadError: 'تعذر تحميل البيانات',
    unknownPlace: (id: string) => `لا يوجد مكان بالمعرف "${id}" في هذا المقال.`,
    unknownArticle: (id: string) => `لا يوجد مقال بالمعرف "${id}"؛ يُعرض المقال الافتراضي.`,
    translationNote: 'ترجمة',
    original: 'الأصل',
    openOriginal: 'المقال الأصلي',
    mentions: (n: number) => `${n} ذكر`,
    extentNames: { all: 'كامل', most: 'معظم', half: 'نصف', part: 'جزء' } satisfies Record<Extent, string>,
    statusNone: 'بلا وصف للسيطرة',
    openFullMap: 'فتح الخريطة كاملة',
    embed: 'تضمين',
    embedTitle: 'تضمين الخريطة في صفحة أخرى',
    embedIframe: 'إطار iframe',
    embedComponent: 'مكون ويب',
    copy: 'نسخ',
    copied: 'نُسخ',
  },
  en: {
    appTitle: 'Control map',
    language: 'Language',
    switchLanguage: 'العربية',
    switchLanguageLabel: 'التبديل إلى العربية',
    article: 'Article',
    articles: 'Articles',
    map: 'Map of the places the article names, by who controls them',
    places: 'Places in reading order',
    legend: 'Legend',
    reportedBy: (outlet: string, date: string) => `Control as reported by ${outlet}, ${date}`,
    alsoMentioned: 'Also mentioned, outside the map',
    status: 'Status',
    extent: 'Extent',
    change: 'Change',
    asOf: 'As of',
    evidence: 'Evidence from the text',
    precision: 'Precision',
    precisionValue: (km: number, code: number) => `± ${km} km (code ${code}: ${PRECISION_EN[code] ?? ''})`,
    source: 'Coordinates source',
    close: 'Close',
    noClaim: 'Named by the article without a control status',
    contested: 'Contested',
    controlledBy: (party: string) => `Held by ${party}`,
    contestedBy: (parties: string) => `Contested by ${parties}`,
    downloadGeojson: 'Download GeoJSON',
    downloadPng: 'Download PNG',
    distanceRings: 'Distance from central Tripoli',
    tripoliCentre: "Central Tripoli (Martyrs' Square)",
    precisionCircle: 'Precision circle (neighbourhoods)',
    basemapFallback: 'The online basemap could not be loaded; showing the embedded basemap.',
    loadError: 'Could not load the data',
    unknownPlace: (id: string) => `No place with id "${id}" in this article.`,
    unknownArticle: (id: string) => `No article with id "${id}"; showing the default article.`,
    translationNote: 'Translation',
    original: 'Original',
    openOriginal: 'Original article',
    mentions: (n: number) => `${n} mention${n === 1 ? '' : 's'}`,
    extentNames: { all: 'all', most: 'most', half: 'half', part: 'part' } satisfies Record<Extent, string>,
    statusNone: 'No control status',
    openFullMap: 'Open full map',
    embed: 'Embed',
    embedTitle: 'Embed this map in another page',
    embedIframe: 'iframe',
    embedComponent: 'Web component',
    copy: 'Copy',
    copied: 'Copied',
  },
} as const;

const PRECISION_AR: Record<number, string> = { 1: 'المكان نفسه', 2: 'جزء منه أو قربه', 3: 'منطقة أوسع' };
const PRECISION_EN: Record<number, string> = { 1: 'the place itself', 2: 'part of or near it', 3: 'a wider region' };

/** The strings of one language. */
export type Strings = (typeof STRINGS)[Lang];

/** Words for what changed, by claim `change` id; unknown ids are shown as they are. */
export const CHANGE_NAMES: Record<Lang, Record<string, string>> = {
  ar: { held: 'تحت السيطرة', retaken: 'استعادة', expelled: 'طرد القوات المنافسة', 'staging-base': 'نقطة انطلاق', seat: 'مقر الحكومة', withdrawn: 'انسحاب', contested: 'قتال' },
  en: { held: 'held', retaken: 'retaken', expelled: 'rival forces expelled', 'staging-base': 'staging base', seat: 'seat of government', withdrawn: 'withdrawn', contested: 'fighting' },
};

/** Formats an ISO date for readers: `13 May 2019` / `13 مايو 2019`. */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const months = lang === 'ar'
    ? ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر']
    : ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${d} ${months[m - 1] ?? ''} ${y}`;
}
