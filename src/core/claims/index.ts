export { DEFAULT_CLAIM_VOCABULARY, type ClaimChange, type ClaimVocabulary, type ControlCue, type CancelWords, type ExtentWords, type AttributionWords, type WordLists } from './claim-vocabulary.ts';
export { compileClaimReader, type ClaimReader, type ClaimReaderOptions, type PartyWord } from './compile-claim-reader.ts';
export { suggestClaims, type SuggestClaimsInput } from './suggest-claims.ts';
export { readPlaceContext, type PlaceContext } from './place-context.ts';
export type { ClaimSuggestions, PlaceMention, RejectedClaim, SuggestedClaim, SuggestionEvidence } from './types.ts';
export { suggestClaimsInText, type SuggestClaimsInTextInput, type TextClaimSuggestions } from './suggest-claims-in-text.ts';
export { selectDraftClaims, type DraftClaim } from './select-draft-claims.ts';
export { formatDraftClaims, type DraftClaimsFile } from './format-draft-claims.ts';
