import { loadProfiles, ProfileFileError } from "./load-profiles.ts";
import type { Profile } from "../reports/profiles/profile-types.ts";
import { UsageError } from "./usage-error.ts";

/** The certification profiles of `profiles/`; a broken file is a one-line usage error, before anything runs. */
export function shippedProfiles(): Profile[] {
  try {
    return loadProfiles();
  } catch (error) {
    if (error instanceof ProfileFileError) throw new UsageError(error.message);
    throw error;
  }
}
