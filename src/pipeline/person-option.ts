// `--person "이름,생년월일,휴대폰"`: the identity of personal exports that have no identity columns.

import type { Identity } from "../model/record.js";
import { VhrError } from "../model/vhr-error.js";
import { normalizeBirthdate } from "../normalize/birthdate.js";
import { maskCellForEcho, withoutResidentNumbers } from "../normalize/mask.js";
import { normalizeName } from "../normalize/name.js";
import { normalizePhone } from "../normalize/phone.js";

export function parsePersonOption(text: string): Identity {
  const parts = text.split(/[,，]/).map((part) => part.trim());
  const [rawName = "", rawBirth = "", rawPhone = ""] = parts;
  // The whole value is not echoed here: past the name its parts may be anything, a resident number included.
  if (parts.length > 3)
    throw new VhrError("person-invalid", { problem: "too-many-parts", parts: parts.length });
  if (rawName.length === 0) throw new VhrError("person-invalid", { problem: "no-name" });
  // A resident number is never kept, not even beside the name (it would show under --show-pii).
  const name = normalizeName(withoutResidentNumbers(rawName));
  if (name === undefined)
    throw new VhrError("person-invalid", { value: maskCellForEcho("name", rawName), field: "name" });
  const birthdate = rawBirth.length > 0 ? normalizeBirthdate(rawBirth) : null;
  if (birthdate === undefined) {
    throw new VhrError("person-invalid", {
      value: maskCellForEcho("birthdate", rawBirth),
      field: "birthdate",
    });
  }
  const phone = rawPhone.length > 0 ? normalizePhone(rawPhone) : null;
  if (phone === undefined) {
    throw new VhrError("person-invalid", { value: maskCellForEcho("phone", rawPhone), field: "phone" });
  }
  return { name, birthdate, phone, memberId: null };
}
