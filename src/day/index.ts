export * from "./dayNumber.js";
export * from "./instant.js";
