// `vhr people`: read and resolve people, nothing more.

import { resolvePeople } from "../people/resolve-people.js";
import { buildPeopleReport, type PeopleReport } from "../report/build-people-report.js";
import type { Lang } from "../report/report-model.js";
import { type ReadOptions, readInputs } from "./ingest-all.js";

export interface PeopleRequest extends ReadOptions {
  lang: Lang;
  showPii: boolean;
}

export async function runPeople(request: PeopleRequest): Promise<PeopleReport> {
  const { files } = await readInputs(request);
  const people = resolvePeople(files);
  return buildPeopleReport({ files, people, lang: request.lang, showPii: request.showPii });
}
