import { describe, expect, it } from "vitest";
import { accountsAllow, ConstrainedUnion } from "./constrained-union.js";

const ids = (source: string, ...memberIds: string[]) => new Map([[source, new Set(memberIds)]]);

describe("ConstrainedUnion", () => {
  it("refuses a merge that would hold two birthdates at level different", () => {
    const u = new ConstrainedUnion(3);
    u.seed(0, new Map(), "2008-03-05");
    u.seed(1, new Map(), "2008-03-15");
    u.seed(2, new Map(), "2008-03-16");
    expect(u.union(0, 1, "conflict")).toBe(true);
    expect(u.union(1, 2, "conflict")).toBe(false);
    expect(u.sameCluster(0, 2)).toBe(false);
  });

  it("lets a second account of a source in only through an exact join", () => {
    const u = new ConstrainedUnion(4);
    u.seed(0, ids("vms", "a"), null);
    u.seed(1, ids("vms", "b"), null);
    u.seed(2, ids("1365", "x"), null);
    u.seed(3, ids("vms", "a"), null);
    expect(u.union(0, 2, "strong")).toBe(true);
    expect(u.union(1, 2, "strong")).toBe(false);
    expect(u.union(3, 2, "strong")).toBe(true);
    expect(u.union(1, 2, "exact")).toBe(true);
    expect(u.sameCluster(0, 1)).toBe(true);
  });

  it("accountsAllow", () => {
    expect(accountsAllow(ids("vms", "a", "b"), ids("vms", "a"), "strong")).toBe(true);
    expect(accountsAllow(ids("vms", "a"), ids("vms", "c"), "strong")).toBe(false);
    expect(accountsAllow(ids("vms", "a"), ids("vms", "c"), "exact")).toBe(true);
    expect(accountsAllow(ids("vms", "a"), ids("1365", "c"), "conflict")).toBe(true);
  });
});
