import fc from "fast-check";

// A fixed seed keeps CI reproducible; FC_SEED=<n> for another, FUZZ_RUNS=<n> for a longer run.
const seed = Number(process.env["FC_SEED"] ?? 20240109);
fc.configureGlobal({ seed, numRuns: Number(process.env["FUZZ_RUNS"] ?? 150), endOnFailure: true });
