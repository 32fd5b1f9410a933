import { bloodProfile } from "./blood.js";
import { cultureProfile } from "./culture.js";
import { portal1365Profile } from "./portal-1365.js";
import { redcrossProfile } from "./redcross.js";
import { type SourceProfile, SourceProfileSchema } from "./source-profile.js";
import { vmsProfile } from "./vms.js";

/** Built-in profiles, validated by the same schema as user profiles, in the order DESIGN §4 lists them. */
export const BUILTIN_PROFILES: readonly SourceProfile[] = [
  vmsProfile,
  portal1365Profile,
  redcrossProfile,
  bloodProfile,
  cultureProfile,
].map((profile) => SourceProfileSchema.parse(profile));
