import { describe, expect, it } from "vitest";
import { RecipeSchema } from "./schema.js";
import { STAGES, STAGE_LIST } from "./stages.js";

describe("the recipe's composition", () => {
  it("runs every stage in the documented order (the report is written by the runner)", () => {
    expect(STAGE_LIST.map((s) => s.name)).toEqual(STAGES.filter((s) => s !== "report"));
  });

  it("reads each stage's settings from the section schema its folder owns", () => {
    const shape = RecipeSchema.shape as Record<string, unknown>;
    const unwrap = (s: unknown): unknown => {
      // A section is optional or has a default: the schema inside is the stage folder's own object.
      let inner = s as { _def: { innerType?: unknown } };
      while (inner._def.innerType) inner = inner._def.innerType as typeof inner;
      return inner;
    };
    for (const stage of STAGE_LIST) {
      if (!stage.section) continue;
      expect(shape[stage.section.key], stage.name).toBeDefined();
      expect(unwrap(shape[stage.section.key]), stage.name).toBe(stage.section.schema);
    }
    expect(STAGE_LIST.filter((s) => s.section).length).toBe(STAGE_LIST.length);
  });
});
