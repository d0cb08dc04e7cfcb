import { describe, expect, it } from "vitest";
import { DENIED_X86_64, seccompFilter } from "./seccomp.js";

/** Decodes the filter and checks it is a well-formed program whose every jump lands inside it. */
describe("seccomp filter", () => {
  it("is well-formed classic BPF for x86-64: arch check first, every jump in range, verdicts last", () => {
    const filter = seccompFilter("x64");
    expect(filter).toBeDefined();
    const bytes = filter as Buffer;
    expect(bytes.length % 8).toBe(0);
    const count = bytes.length / 8;
    const at = (i: number) => ({
      code: bytes.readUInt16LE(i * 8),
      jt: bytes.readUInt8(i * 8 + 2),
      jf: bytes.readUInt8(i * 8 + 3),
      k: bytes.readUInt32LE(i * 8 + 4),
    });
    // load arch; jump to KILL unless x86-64
    expect(at(0)).toEqual({ code: 0x20, jt: 0, jf: 0, k: 4 });
    expect(at(1).k).toBe(0xc000003e);
    expect(at(1 + at(1).jf + 1)).toEqual({ code: 0x06, jt: 0, jf: 0, k: 0x80000000 });
    for (let i = 0; i < count; i++) {
      const ins = at(i);
      if ((ins.code & 0x07) === 0x05) {
        expect(i + 1 + ins.jt).toBeLessThan(count);
        expect(i + 1 + ins.jf).toBeLessThan(count);
      }
    }
    // every denied call number is tested, and leads to EPERM
    for (const nr of Object.values(DENIED_X86_64)) {
      const i = Array.from({ length: count }, (_, j) => j).find((j) => at(j).code === 0x15 && at(j).k === nr);
      expect(i, `syscall ${nr}`).toBeDefined();
      expect(at((i as number) + 1 + at(i as number).jt)).toEqual({ code: 0x06, jt: 0, jf: 0, k: 0x00050001 });
    }
    expect(at(count - 3).k).toBe(0x00050001);
    expect(at(count - 2).k).toBe(0x00050026);
    expect(at(count - 4).k).toBe(0x7fff0000);
  });

  it("has no filter for architectures it was not written for", () => {
    expect(seccompFilter("arm64")).toBeUndefined();
  });
});
