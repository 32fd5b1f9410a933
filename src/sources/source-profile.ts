// A source profile describes one export format as data (DESIGN §4, hledger-rules style): which headers
// identify it, which header means which canonical field, which words mean which state. Built-in and user
// profiles (`--profile file.json`) go through this one schema.

import { z } from "zod";
import { BUILTIN_SOURCES, CANONICAL_FIELDS } from "../model/record.js";

export const CanonicalFieldSchema = z.enum(CANONICAL_FIELDS);
export const BuiltinSourceSchema = z.enum(BUILTIN_SOURCES);
const WordsSchema = z.array(z.string().min(1));

export const SourceProfileSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, "lower-case letters, digits and '-'")
      .describe("Source id, used in prefixes (`vms:file.csv`) and reports."),
    extends: z
      .string()
      .optional()
      .describe("A user profile may extend a built-in one: its aliases and words are added to the base's."),
    reconcileAs: BuiltinSourceSchema.optional().describe(
      "Which built-in flow the records follow (DESIGN §7). Defaults to the id for built-ins, or the base's.",
    ),
    description: z.string().default(""),
    sample: z
      .object({
        header: z.string(),
        row: z.string(),
        comment: z.string(),
      })
      .optional()
      .describe("A commented sample of the format, shown by `vhr sources`."),
    fileNameHints: WordsSchema.default([]).describe("Parts of a file name that suggest this source."),
    signature: WordsSchema.default([]).describe(
      "Headers that only this source has: they weigh most in detection.",
    ),
    ignore: WordsSchema.default([]).describe(
      "Headers this source has that vhr deliberately does not use (not reported as unused columns).",
    ),
    columns: z
      .partialRecord(CanonicalFieldSchema, WordsSchema)
      .default({})
      .describe("Canonical field → header aliases. Matching ignores spaces, case, BOM and (unit) suffixes."),
    required: z
      .array(z.array(CanonicalFieldSchema).min(1))
      .default([])
      .describe("Each group needs at least one mapped field, e.g. [['date','period']]. `start` needs `end`."),
    vocab: z
      .object({
        approval: z
          .object({
            approved: WordsSchema.default([]),
            pending: WordsSchema.default([]),
            rejected: WordsSchema.default([]),
          })
          .optional(),
        transfer: z
          .object({
            "not-sent": WordsSchema.default([]),
            requested: WordsSchema.default([]),
            sent: WordsSchema.default([]),
            failed: WordsSchema.default([]),
          })
          .optional(),
        transferCodes: z
          .object({
            sent: z.array(z.number().int()).default([]),
            failed: z.array(z.number().int()).default([]),
          })
          .optional(),
        origin: z
          .object({
            vms: WordsSchema.default([]),
            redcross: WordsSchema.default([]),
            culture: WordsSchema.default([]),
            blood: WordsSchema.default([]),
            "1365": WordsSchema.default([]),
          })
          .partial()
          .optional(),
        donationKind: z
          .object({
            whole: WordsSchema.default([]),
            plasma: WordsSchema.default([]),
            platelet: WordsSchema.default([]),
            "platelet-plasma": WordsSchema.default([]),
          })
          .partial()
          .optional(),
        converted: z.object({ yes: WordsSchema.default([]), no: WordsSchema.default([]) }).optional(),
      })
      .default({}),
    defaults: z
      .object({
        durationUnit: z
          .enum(["hours", "minutes"])
          .default("hours")
          .describe("What a bare number in a duration column means."),
        excelSerialDates: z
          .boolean()
          .default(false)
          .describe("Accept Excel serial numbers (e.g. 45123) in date columns."),
      })
      .default({ durationUnit: "hours", excelSerialDates: false }),
  })
  .strict();

export type SourceProfile = z.infer<typeof SourceProfileSchema>;
/** What a user writes in a `--profile` file: everything but the id may be left out. */
export type SourceProfileInput = z.input<typeof SourceProfileSchema>;
