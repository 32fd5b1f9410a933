// Field normalisers (DESIGN §5) and personal-data masking (DESIGN §8): pure functions of one cell that never
// throw; each returns the normalised value, or undefined when the value is invalid.

export { isMaskedBirthdate, normalizeBirthdate, toYymmdd } from "./birthdate.js";
export { type DateOptions, parseDate, parseDateTime } from "./date.js";
export { type DurationUnit, minutesBetween, parseClock, parseDuration } from "./duration.js";
export {
  looksLikeResidentNumber,
  maskBirthdate,
  maskCellForEcho,
  maskMemberId,
  maskName,
  maskPhone,
  maskResidentNumbers,
  withoutResidentNumbers,
} from "./mask.js";
export { isMaskedName, normalizeName } from "./name.js";
export { type Period, parsePeriod } from "./period.js";
export { isMaskedPhone, normalizePhone } from "./phone.js";
export { cleanText, type HeaderUnit, type NormalizedHeader, normalizeHeader, normalizeWord } from "./text.js";
