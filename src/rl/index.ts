// Public surface of the RL stage: RL data (verl parquet), the multi-objective reward and its service, launchers.
export * from "./dataset/verl-row.js";
export * from "./dataset/parquet.js";
export * from "./dataset/mix.js";
export * from "./dataset/prepare.js";
export * from "./reward/request.js";
export * from "./reward/server.js";
export * from "./launch/index.js";
