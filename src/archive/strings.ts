import type { Lang } from '../core/types.ts';

/** Every string of the archive page, in both languages. Arabic first, like the rest of the site. */
export const ARCHIVE_STRINGS = {
  ar: {
    title: 'السيطرة عبر الزمن (بيانات اصطناعية)',
    documentTitle: 'السيطرة عبر الزمن — بيانات اصطناعية',
    syntheticBadge: 'بيانات اصطناعية',
    syntheticNote:
      'هذه الادعاءات مولّدة آلياً (50 ألف ادعاء سيطرة بتواريخ، من أماكن المعجم الجغرافي ونموذج مبسّط لخط التماس) لاختبار الخريطة على نطاق واسع. ليست تقارير صحفية ولا سجلاً تاريخياً.',
    switchLanguage: 'English',
    switchLanguageLabel: 'Switch to English',
    map: 'خريطة ادعاءات سيطرة اصطناعية في شمال غرب ليبيا، مجمّعة، ملوّنة حسب الطرف',
    filters: 'عوامل التصفية',
    parties: 'الأطراف',
    asOf: 'الخريطة بتاريخ',
    from: 'من تاريخ',
    fromHint: 'اتركه فارغاً للبدء من أول يوم',
    show: 'العرض',
    modeWindow: 'كل الادعاءات بين التاريخين',
    modeLatest: 'آخر ادعاء لكل مكان',
    shown: (n: string) => `${n} ادعاء معروض`,
    partyCount: (label: string, n: string) => `${label}: ${n}`,
    emptyWindow: 'تاريخ البداية بعد تاريخ الخريطة: لا شيء يُعرض.',
    semantics:
      'الخريطة بتاريخ يوم ما: كل ادعاء مؤرخ من تاريخ البداية حتى ذلك اليوم. في وضع «آخر ادعاء لكل مكان»: أحدث ادعاء لكل مكان في تلك الفترة فقط، ثم يُطبَّق اختيار الأطراف.',
    clusterLegend: 'الدائرة تجمع ادعاءات متقاربة: لونها لون الطرف الأكثر ادعاءات فيها، وتبهت كلما تقاربت الأطراف. الرقم عدد الادعاءات.',
    loading: 'جارٍ التحميل…',
    loadError: 'تعذر تحميل البيانات',
    staticMap: 'خريطة ثابتة: تعذّر تشغيل الخريطة التفاعلية (تحتاج WebGL)، فلا تكبير ولا تحريك. عوامل التصفية تعمل.',
  },
  en: {
    title: 'Control over time (synthetic data)',
    documentTitle: 'Control over time — synthetic data',
    syntheticBadge: 'SYNTHETIC DATA',
    syntheticNote:
      'These claims are generated (50,000 dated control claims, from the gazetteer\'s places and a simple front-line model) to test the map at scale. They are not reporting and not a historical record.',
    switchLanguage: 'العربية',
    switchLanguageLabel: 'التبديل إلى العربية',
    map: 'Map of synthetic control claims in north-west Libya, clustered, coloured by party',
    filters: 'Filters',
    parties: 'Parties',
    asOf: 'Map as of',
    from: 'From',
    fromHint: 'leave empty to start on the first day',
    show: 'Show',
    modeWindow: 'every claim between the two dates',
    modeLatest: 'the latest claim per place',
    shown: (n: string) => `${n} claims shown`,
    partyCount: (label: string, n: string) => `${label}: ${n}`,
    emptyWindow: 'The "from" date is after the "as of" date: nothing to show.',
    semantics:
      'The map as of a day shows every claim dated from the "from" date up to that day. With "the latest claim per place", only each place\'s most recent claim in that window; then the party choice applies.',
    clusterLegend: 'A disc groups nearby claims: it takes the colour of the party most of them name, fainter when the parties are close. The number is how many claims.',
    loading: 'Loading…',
    loadError: 'Could not load the data',
    staticMap: 'Static map: the interactive map could not start (it needs WebGL), so this view cannot zoom or pan. The filters work.',
  },
} as const;

/** The strings of one language. */
export type ArchiveStrings = (typeof ARCHIVE_STRINGS)[Lang];

/** The page's language: `?lang=en` or `?lang=ar`; Arabic otherwise. */
export function readLang(search: string): Lang {
  return new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'ar';
}

/** The locale dates and numbers are written in: Western digits in both languages. */
export function pageLocale(lang: Lang): string {
  return lang === 'ar' ? 'ar-u-nu-latn' : 'en-GB';
}
