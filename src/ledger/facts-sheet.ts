/** The facts / self-assessment sheet reader lives in ./facts/; this is its entry point. */
export { readFactsSheet, type FactsSheetResult, type UnknownLabel, type Claim } from "./facts/read";
export { factsVocabulary } from "./facts/vocabulary";
