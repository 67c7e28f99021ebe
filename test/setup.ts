import fc from "fast-check";

// A fixed seed keeps property runs reproducible in CI; override with FC_SEED=<n>.
const seed = Number(process.env["FC_SEED"] ?? 20240109);
fc.configureGlobal({ seed, numRuns: Number(process.env["FC_NUM_RUNS"] ?? 200) });
