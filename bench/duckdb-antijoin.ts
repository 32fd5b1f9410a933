// The reference the benchmark compares vhr with (DESIGN §9): a DuckDB anti-join of the VMS and 1365 exports,
// i.e. approved VMS rows with no 1365 row of the same normalised (name, birthdate, date). It is the minimal fair
// equivalent of vhr's core question; it does no people resolution, latency, blood, Red Cross or hours rules.
//
//   node bench/dist/duckdb-antijoin.js VMS.csv 1365.csv [OUT.csv]
//
// Prints one JSON line: { count, queryMs, version }. One process per run, so every run pays the same start-up
// and CSV reading as a vhr run. @duckdb/node-api lives in bench/node_modules (bench/package.json), never in the
// project's own dependencies; it is imported by a computed specifier so that the root typecheck does not need it.

import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

/** The little of @duckdb/node-api this script uses. */
interface DuckDBModule {
  DuckDBInstance: {
    create(
      path?: string,
      options?: Record<string, string>,
    ): Promise<{
      connect(): Promise<DuckDBConnection>;
      closeSync(): void;
    }>;
  };
}
interface DuckDBConnection {
  run(sql: string): Promise<unknown>;
  runAndReadAll(sql: string): Promise<{ getRows(): unknown[][] }>;
  closeSync(): void;
}

const quote = (path: string): string => `'${resolve(path).replaceAll("'", "''")}'`;

/**
 * Names lose every space (Hangul names: `김 민준` = `김민준`); birthdates and dates lose `-`, `.` and spaces, so
 * 2008-03-05, 2008.03.05 and 20080305 agree. The same plain `replace` chain on both sides (cheaper than a regex).
 */
export function antiJoinSql(vmsPath: string, p1365Path: string): string {
  const name = (column: string): string => `replace("${column}", ' ', '')`;
  const digits = (column: string): string =>
    `replace(replace(replace("${column}", '-', ''), '.', ''), ' ', '')`;
  return `
    CREATE OR REPLACE TABLE missing AS
    WITH vms AS (
      SELECT ${name("이름")} AS nm, ${digits("생년월일")} AS birthdate, ${digits("봉사일자")} AS day,
             "수요처" AS institution, "봉사시간" AS duration
      FROM read_csv(${quote(vmsPath)}, header = true, all_varchar = true)
      WHERE trim("승인상태") IN ('승인', '승인완료')
    ),
    credits AS (
      SELECT ${name("성명")} AS nm, ${digits("생년월일")} AS birthdate, ${digits("봉사일")} AS day
      FROM read_csv(${quote(p1365Path)}, header = true, all_varchar = true)
    )
    SELECT vms.* FROM vms ANTI JOIN credits USING (nm, birthdate, day)`;
}

async function main(): Promise<void> {
  const [vmsPath, p1365Path, outPath] = process.argv.slice(2);
  if (vmsPath === undefined || p1365Path === undefined) {
    process.stderr.write("usage: node bench/dist/duckdb-antijoin.js VMS.csv 1365.csv [OUT.csv]\n");
    process.exitCode = 2;
    return;
  }
  const specifier = "@duckdb/node-api";
  const duckdb = (await import(specifier)) as DuckDBModule;
  const started = process.hrtime.bigint();
  const instance = await duckdb.DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  await connection.run(antiJoinSql(vmsPath, p1365Path));
  if (outPath !== undefined)
    await connection.run(`COPY missing TO ${quote(outPath)} (HEADER, DELIMITER ',')`);
  const count = Number((await connection.runAndReadAll("SELECT count(*) FROM missing")).getRows()[0][0]);
  const queryMs = Number(process.hrtime.bigint() - started) / 1e6;
  const version = String((await connection.runAndReadAll("SELECT version()")).getRows()[0][0]);
  connection.closeSync();
  instance.closeSync();
  process.stdout.write(`${JSON.stringify({ count, queryMs: Math.round(queryMs), version })}\n`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main();
}
