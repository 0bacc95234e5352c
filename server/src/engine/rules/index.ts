// The rule registry: every diagnostic code the engine can produce. The order of the lists is the
// order of docs/rules.md, `briefing rules` and SARIF's rule table, and the order content rules run.
import type { Rule } from './rule';
import { unknownKey } from './unknown-key';
import { missingKey } from './missing-key';
import { wrongType } from './wrong-type';
import { invalidValue } from './invalid-value';
import { invalidFormat } from './invalid-format';
import { schemaOther } from './schema';
import { yamlSyntax } from './yaml-syntax';
import { duplicateKey } from './duplicate-key';
import { yamlTooDeep } from './yaml-too-deep';
import { aliasLimit } from './alias-limit';
import { binaryContent } from './binary-content';
import { textNotNfc } from './text-not-nfc';
import { lookalikeLetter } from './lookalike-letter';
import { unknownRank } from './unknown-rank';
import { unknownUnit } from './unknown-unit';
import { unknownPosition } from './unknown-position';
import { unknownMeasure } from './unknown-measure';
import { catalogSpelling } from './catalog-spelling';
import { rankNotInForce } from './rank-not-in-force';
import { rankAboveCeiling } from './rank-above-ceiling';
import { rankContradictsRegistry } from './rank-contradicts-registry';
import { thousandsSeparator } from './thousands-separator';
import { countNotInteger } from './count-not-integer';
import { percentOutOfRange } from './percent-out-of-range';
import { negativeValue } from './negative-value';
import { duplicateStatistic } from './duplicate-statistic';
import { breakdownExceedsTotal } from './breakdown-exceeds-total';
import { comparisonIncomplete } from './comparison-incomplete';
import { targetMismatch } from './target-mismatch';
import { dateFormat } from './date-format';
import { impossibleDate } from './impossible-date';
import { periodMismatch } from './period-mismatch';
import { dateAsWrittenMismatch } from './date-as-written-mismatch';
import { meetingBeforePeriod } from './meeting-before-period';
import { publishedBeforeMeeting } from './published-before-meeting';
import { unitNotValidAtDate } from './unit-not-valid-at-date';
import { duplicateDirective } from './duplicate-directive';
import { unknownIssuer } from './unknown-issuer';
import { unusedSuppression } from './unused-suppression';
import { commaInFlowList } from './comma-in-flow-list';
import { draftPlaceholder } from './draft-placeholder';
import { rankOutOfOrder } from './rank-out-of-order';
import { promotionTooFast } from './promotion-too-fast';
import { personAmbiguous } from './person-ambiguous';
import { personNameSpelling } from './person-name-spelling';
import { personWithoutName } from './person-without-name';
import { placeholderSource } from './placeholder-source';
import { decimalCommaInFlowMap } from './decimal-comma-in-flow-map';

/** Rules whose findings come from the parser and the schema validator. */
export const PARSE_AND_SCHEMA_RULES: Rule[] = [
  unknownKey,
  missingKey,
  wrongType,
  invalidValue,
  invalidFormat,
  schemaOther,
  yamlSyntax,
  duplicateKey,
  yamlTooDeep,
  aliasLimit,
  binaryContent,
];

/** Rules that check the record's content. */
export const CONTENT_RULES: Rule[] = [
  textNotNfc,
  lookalikeLetter,
  personWithoutName,
  placeholderSource,
  unknownRank,
  rankNotInForce,
  unknownUnit,
  unknownPosition,
  unknownMeasure,
  catalogSpelling,
  rankAboveCeiling,
  rankContradictsRegistry,
  rankOutOfOrder,
  promotionTooFast,
  personAmbiguous,
  personNameSpelling,
  decimalCommaInFlowMap,
  thousandsSeparator,
  countNotInteger,
  percentOutOfRange,
  negativeValue,
  duplicateStatistic,
  breakdownExceedsTotal,
  comparisonIncomplete,
  targetMismatch,
  dateFormat,
  impossibleDate,
  periodMismatch,
  dateAsWrittenMismatch,
  meetingBeforePeriod,
  publishedBeforeMeeting,
  unitNotValidAtDate,
  duplicateDirective,
  unknownIssuer,
  commaInFlowList,
  draftPlaceholder,
];

/** Rules that read the text itself (once per file) and stay meaningful when the YAML does not parse. */
export const TEXT_RULES: Rule[] = CONTENT_RULES.filter((r) => r.wholeText);
/** Rules that read one YAML document: they run once per document. */
export const DOCUMENT_RULES: Rule[] = CONTENT_RULES.filter((r) => !r.wholeText);

export const ALL_RULES: Rule[] = [...PARSE_AND_SCHEMA_RULES, ...CONTENT_RULES, unusedSuppression];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(ALL_RULES.map((r) => [r.id, r]));

/** Rules about a person's rank, offices and name: the issues `briefing people` shows on timelines. */
export const PERSON_RULE_IDS: ReadonlySet<string> = new Set([
  rankAboveCeiling.id,
  rankContradictsRegistry.id,
  rankOutOfOrder.id,
  promotionTooFast.id,
  personAmbiguous.id,
  personNameSpelling.id,
]);
