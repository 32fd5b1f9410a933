// The people view (`vhr people`, schema vhr.people/1): the report's people with the records they are made
// of and the evidence of every link, plus the identity findings.

import type { BirthdateLevel, NameLevel, PeopleResolution, PhoneLevel, Tier } from "../model/person.js";
import type { IngestedFile, SourceId } from "../model/record.js";
import { formatEvidence } from "../people/format-evidence.js";
import { representativeLines } from "../people/source-persons.js";
import { findingView, personId, reportFinding } from "./build-report.js";
import { scrub, showOrNull } from "./pii.js";
import type { Lang, ReportFinding } from "./report-model.js";

/** One source-person of a person: the file, its source, and the first line where that identity appears. */
export interface PeopleMember {
  file: string;
  source: SourceId;
  /** The line of the identity's first record in content order; null when the file kept none of its rows. */
  line: number | null;
}

export interface PeopleEvidence {
  /** The source-person that joined… */
  from: PeopleMember;
  /** …the one it was compared with. */
  to: PeopleMember;
  tier: Tier;
  name: NameLevel;
  birthdate: BirthdateLevel;
  phone: PhoneLevel;
  /** The evidence as one line in the chosen language, values masked unless --show-pii. */
  text: string;
}

export interface PeopleReportPerson {
  id: string;
  name: string | null;
  birthdate: string | null;
  phone: string | null;
  tier: Tier;
  sources: SourceId[];
  members: PeopleMember[];
  evidence: PeopleEvidence[];
}

export interface PeopleReport {
  schema: "vhr.people/1";
  people: PeopleReportPerson[];
  /** identity-mismatch, duplicate-account, ambiguous-identity, as in the report. */
  findings: ReportFinding[];
}

export interface BuildPeopleReportInput {
  files: readonly IngestedFile[];
  people: PeopleResolution;
  lang: Lang;
  showPii: boolean;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function compareMembers(a: PeopleMember, b: PeopleMember): number {
  return cmp(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || cmp(a.source, b.source);
}

export function buildPeopleReport(input: BuildPeopleReportInput): PeopleReport {
  const view = findingView(input.files, input.lang, input.showPii);

  // The line standing for each identity of each file (people/source-persons), once per file on demand.
  const firstLines = new Map<number, Int32Array>();
  const firstLine = (file: IngestedFile, identity: number): number | null => {
    let lines = firstLines.get(file.index);
    if (lines === undefined) {
      lines = representativeLines(file);
      firstLines.set(file.index, lines);
    }
    const line = lines[identity] ?? -1;
    return line >= 0 ? line : null;
  };

  const member = (ref: { file: number; identity: number }): PeopleMember => {
    const file = view.files.get(ref.file);
    if (file === undefined) return { file: "", source: "", line: null };
    return { file: scrub(file.path), source: file.source, line: firstLine(file, ref.identity) };
  };

  const identity = (ref: { file: number; identity: number }) => {
    const id = view.files.get(ref.file)?.identities[ref.identity];
    return {
      name: id?.name ?? null,
      birthdate: id?.birthdate ?? null,
      phone: id?.phone ?? null,
    };
  };

  const people = input.people.people.map((person, i): PeopleReportPerson => {
    const evidence = person.links.map(
      (link): PeopleEvidence => ({
        from: member(link.from),
        to: member(link.to),
        tier: link.tier,
        name: link.evidence.name,
        birthdate: link.evidence.birthdate,
        phone: link.evidence.phone,
        text: scrub(
          formatEvidence(
            link.evidence,
            { left: identity(link.from), right: identity(link.to) },
            input.lang,
            view.show,
          ),
        ),
      }),
    );
    evidence.sort((a, b) => compareMembers(a.from, b.from) || compareMembers(a.to, b.to));
    return {
      id: personId(i),
      name: showOrNull(view.show, "name", person.name),
      birthdate: showOrNull(view.show, "birthdate", person.birthdate),
      phone: showOrNull(view.show, "phone", person.phone),
      tier: person.tier,
      sources: [...person.sources],
      members: person.members.map(member).sort(compareMembers),
      evidence,
    };
  });

  return {
    schema: "vhr.people/1",
    people,
    findings: input.people.findings.map((f) => reportFinding(view, f)),
  };
}
