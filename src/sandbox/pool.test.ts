import { describe, expect, it } from "vitest";
import { Pool, PoolSaturatedError, mapLimit } from "./pool.js";

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("Pool", () => {
  it("never runs more than its concurrency and hands slots to waiters in order", async () => {
    const pool = new Pool({ concurrency: 3, maxQueue: 100 });
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        pool.run(async () => {
          running++;
          peak = Math.max(peak, running);
          await tick(5);
          order.push(i);
          running--;
        }),
      ),
    );
    expect(peak).toBe(3);
    expect(order).toHaveLength(12);
    expect(pool.active).toBe(0);
  });

  it("refuses work when the waiting line is full, unless told to wait", async () => {
    const pool = new Pool({ concurrency: 1, maxQueue: 1 });
    const first = pool.run(() => tick(30));
    const second = pool.run(() => tick(1));
    expect(pool.saturated).toBe(true);
    await expect(pool.run(() => tick(1))).rejects.toBeInstanceOf(PoolSaturatedError);
    const patient = pool.run(() => tick(1), false);
    await Promise.all([first, second, patient]);
    await pool.idle();
    expect(pool.saturated).toBe(false);
  });

  it("mapLimit keeps order and bounds concurrency", async () => {
    let running = 0;
    let peak = 0;
    const out = await mapLimit([5, 1, 4, 2, 3], 2, async (x) => {
      running++;
      peak = Math.max(peak, running);
      await tick(x);
      running--;
      return x * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30]);
    expect(peak).toBe(2);
  });
});
