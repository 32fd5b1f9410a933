import { describe, expect, it } from "vitest";
import { withAppended } from "./append.js";

describe("withAppended", () => {
  it("makes a new list of the items and then the new one, leaving the old list as it was", () => {
    const list = ["vms"];
    const grown = withAppended(list, "1365");
    expect(grown).toEqual(["vms", "1365"]);
    expect(list).toEqual(["vms"]);
    expect(withAppended([], 1)).toEqual([1]);
  });
});
