/** The indicator ids of docs/scoring-rules.md, in table order: a stable interface several tests check. */
export const INDICATOR_IDS = [
  "org.leadership",
  "org.plan",
  "org.policy",
  "org.management",
  "work.center",
  "work.coverage",
  "work.upward",
  "work.training",
  "info.disclosure",
  "info.reporting",
  "promo.cases",
  "promo.media",
  "fund.system",
  "fund.ledger",
  "fund.spending",
  "bonus.poorTraining",
  "bonus.tvCase",
  "veto.incident",
  "veto.progress",
  "veto.fraud",
];

/** The measure keys of the JSON report (docs/ledgers.md). */
export const MEASURE_KEYS = [
  "residentPopulation", "trainingPersonTimes", "adminVillages", "coveredVillages", "poorVillages",
  "coveredPoorVillages", "eligiblePoorPersons", "trainedPoorPersons", "fundAllocated", "fundSpent",
  "parkEnterprises", "parkEnterpriseTypes", "reportMonths", "disclosureMonths", "mediaLevels",
];
