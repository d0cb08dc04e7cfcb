import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

const lines = (code: string) =>
  analyzeSync(code, { language: "typescript", rules: ["JS-ROUTEAUTH-001"] }).findings.map((f) => f.line);

describe("JS-ROUTEAUTH-001", () => {
  it("reads a TypeScript method's decorators from the class body entries before it", () => {
    const code = [
      "@Controller('a')",
      "export class A {",
      "  @UseGuards(G)",
      "  @Get()",
      "  list() {}",
      "  @UseGuards(G)",
      "  @Post()",
      "  create(@Body() d: Dto) {}",
      "  @Delete(':id')",
      "  remove(@Param('id') id: string) {}",
      "  @Post('contact')",
      "  @Public()",
      "  contact() {}",
      "}",
    ].join("\n");
    expect(lines(code)).toEqual([10]);
  });
});
