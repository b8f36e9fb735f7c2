export { createGeoparser, type Geoparser, type NameEntry, type TrieNode } from './create-geoparser.ts';
export { geoparseText, type GeoparseResult } from './geoparse-text.ts';
export { PREFIX_FORMS, type PrefixForm } from './prefixes.ts';
