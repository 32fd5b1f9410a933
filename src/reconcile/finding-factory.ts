// Builds findings from entries: the subject's place and facts, the counterpart, and a detail object typed
// by FindingDetails (the contract with the message catalogue).

import type { Counterpart, Finding, FindingDetails, FindingKind, Severity } from "../model/finding.js";
import { FINDING_SEVERITY } from "../model/finding.js";
import type { Entry } from "./entry.js";

export function counterpartOf(entry: Entry): Counterpart {
  return {
    file: entry.file.index,
    line: entry.rec.line,
    source: entry.file.source,
    date: entry.rec.date,
    minutes: entry.shownMinutes,
  };
}

export interface FindingExtras {
  severity?: Severity;
  /** Overrides the subject's minutes (daily-cap: the day's total; neis-fraction: the dropped minutes). */
  minutes?: number | null;
  counterpart?: Entry | null;
  code?: number | string | null;
}

export function findingOf<K extends FindingKind>(
  kind: K,
  subject: Entry,
  detail: FindingDetails[K],
  extras: FindingExtras = {},
): Finding {
  return {
    kind,
    severity: extras.severity ?? FINDING_SEVERITY[kind],
    person: subject.person,
    source: subject.file.source,
    date: subject.rec.date,
    minutes: extras.minutes !== undefined ? extras.minutes : subject.shownMinutes,
    institution: subject.rec.institution === "" ? null : subject.rec.institution,
    activity: subject.rec.activity === "" ? null : subject.rec.activity,
    file: subject.file.index,
    line: subject.rec.line,
    counterpart: extras.counterpart ? counterpartOf(extras.counterpart) : null,
    code: extras.code ?? null,
    detail: { ...detail } as Record<string, string | number | null>,
  };
}
