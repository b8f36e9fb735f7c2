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
    note: 'ملاحظة',
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
    noWebGL: 'الخريطة التفاعلية تحتاج إلى WebGL غير المتاح في هذا المتصفح؛ تُعرض خريطة ثابتة.',
    webglFailed: 'تعذر تشغيل الخريطة التفاعلية؛ تُعرض خريطة ثابتة.',
    zone: 'منطقة تقريبية',
    zones: 'مناطق السيطرة',
    zonesLabel: (n: number) => `مناطق تقريبية مستنتجة من ${n} موقعاً مذكوراً، وليست خطوطاً مسحية`,
    zoneNote: (km2: number) => `نحو ${Math.round(km2)} كم². منطقة تقريبية مستنتجة من الأماكن المذكورة، وليست خطاً مسحياً.`,
    inferredFrom: 'مستنتجة من',
    frontLine: 'خط التماس (تقريبي)',
    partialZone: 'سيطرة جزئية أو متنازع عليها (مخطط)',
    embed: 'تضمين',
    embedTitle: 'تضمين الخريطة في صفحة أخرى',
    embedIframe: 'إطار iframe',
    embedComponent: 'مكون ويب',
    copy: 'نسخ',
    copied: 'نُسخ',
    disputedBy: (parties: string) => `روايات المصادر متعارضة بشأنه: ${parties}`,
    lastReported: (days: number) => `آخر ذكر قبل ${arabicCount(days, ['يوم واحد', 'يومين', 'أيام', 'يوماً'])}`,
    staleLegend: (days: number) => `باهت: آخر ذكر قبل أكثر من ${days} يوماً`,
    noReportYet: 'يذكره المقال، ولا تقارير عن السيطرة عليه حتى هذا التاريخ',
    reportedUpTo: (date: string, n: number) => `السيطرة كما وردت حتى ${date}، من ${arabicCount(n, ['مقال واحد', 'مقالين', 'مقالات', 'مقالاً'])}`,
    thisArticle: (outlet: string, date: string) => `هذا المقال: ${outlet}، ${date}`,
    oneArticle: 'تعرض الخريطة ما أورده مقال واحد.',
    timeline: 'الخريطة بتاريخ',
    timelineReports: (n: number) => `${arabicCount(n, ['تاريخ واحد', 'تاريخين', 'تواريخ', 'تاريخاً'])} للتقارير`,
    timelineStatic: 'تغيير التاريخ يحتاج إلى الخريطة التفاعلية (WebGL)؛ الخريطة الثابتة تعرض تاريخ المقال.',
    otherPlaces: (date: string) => `أماكن أخرى وردت حتى ${date}`,
    history: 'سجل التقارير، الأحدث أولاً',
    lastReport: 'آخر تقرير',
    since: 'منذ',
    openInArticle: (outlet: string, date: string) => `${outlet}، ${date}`,
    laterReport: 'بعد التاريخ المعروض',
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
    note: 'Note',
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
    noWebGL: 'The interactive map needs WebGL, which this browser does not offer; showing a static map.',
    webglFailed: 'The interactive map could not start; showing a static map.',
    zone: 'Approximate zone',
    zones: 'Zones of control',
    zonesLabel: (n: number) => `approximate zones inferred from ${n} reported places, not surveyed lines`,
    zoneNote: (km2: number) => `About ${Math.round(km2)} km². An approximate zone inferred from the places reported, not a surveyed line.`,
    inferredFrom: 'Inferred from',
    frontLine: 'Front line (approximate)',
    partialZone: 'Partial or contested control (hatched)',
    embed: 'Embed',
    embedTitle: 'Embed this map in another page',
    embedIframe: 'iframe',
    embedComponent: 'Web component',
    copy: 'Copy',
    copied: 'Copied',
    disputedBy: (parties: string) => `Disputed between sources: ${parties}`,
    lastReported: (days: number) => `last reported ${days} day${days === 1 ? '' : 's'} earlier`,
    staleLegend: (days: number) => `Faded: last reported more than ${days} days earlier`,
    noReportYet: 'Named by the article; no control reported up to this date',
    reportedUpTo: (date: string, n: number) => `Control as reported up to ${date}, from ${n} article${n === 1 ? '' : 's'}`,
    thisArticle: (outlet: string, date: string) => `This article: ${outlet}, ${date}`,
    oneArticle: 'The map shows one article\'s report.',
    timeline: 'Map as of',
    timelineReports: (n: number) => `${n} report date${n === 1 ? '' : 's'}`,
    timelineStatic: 'Moving the date needs the interactive map (WebGL); the static map shows the article\'s date.',
    otherPlaces: (date: string) => `Other reported places as of ${date}`,
    history: 'Reports, newest first',
    lastReport: 'Last report',
    since: 'Since',
    openInArticle: (outlet: string, date: string) => `${outlet}, ${date}`,
    laterReport: 'after the date shown',
  },
} as const;

/**
 * A count in Arabic with its noun: the singular and dual forms stand alone ("مقال واحد",
 * "مقالين"), 3 to 10 take the plural, 11 and more the accusative singular ("11 مقالاً"). Digits
 * stay Western, as everywhere on the page.
 *
 * @param forms - [one, two, plural for 3–10, singular for 11 and more]
 */
export function arabicCount(n: number, forms: readonly [string, string, string, string]): string {
  if (n === 1) return forms[0];
  if (n === 2) return forms[1];
  const lastTwo = n % 100;
  return `${n} ${lastTwo >= 3 && lastTwo <= 10 ? forms[2] : forms[3]}`;
}

const PRECISION_AR: Record<number, string> = { 1: 'المكان نفسه', 2: 'جزء منه أو قربه', 3: 'منطقة أوسع' };
const PRECISION_EN: Record<number, string> = { 1: 'the place itself', 2: 'part of or near it', 3: 'a wider region' };

/** The strings of one language. */
export type Strings = (typeof STRINGS)[Lang];

/** Words for what changed, by claim `change` id; unknown ids are shown as they are. */
export const CHANGE_NAMES: Record<Lang, Record<string, string>> = {
  ar: { held: 'تحت السيطرة', retaken: 'استعادة', expelled: 'طرد القوات المنافسة', 'staging-base': 'نقطة انطلاق', seat: 'مقر الحكومة', withdrawn: 'انسحاب', contested: 'قتال' },
  en: { held: 'held', retaken: 'retaken', expelled: 'rival forces expelled', 'staging-base': 'staging base', seat: 'seat of government', withdrawn: 'withdrawn', contested: 'fighting' },
};

const MONTHS: Record<Lang, readonly string[]> = {
  ar: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** Formats an ISO date for readers: `13 May 2019` / `13 مايو 2019`. */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[lang][m - 1] ?? ''} ${y}`;
}

/** A month for the timeline's axis: `May 2019` (English months shortened to three letters) / `مايو 2019`. */
export function formatMonth(iso: string, lang: Lang): string {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  const name = MONTHS[lang][m - 1] ?? '';
  return `${lang === 'en' ? name.slice(0, 3) : name} ${y}`;
}
