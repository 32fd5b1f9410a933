// Reconciliation (DESIGN §7): the programmatic entry points.

export { DEFAULT_LATENCIES, defaultReconcileOptions } from "./options.js";
export { reconcile } from "./reconcile.js";
export { sortFindings } from "./sort-findings.js";
