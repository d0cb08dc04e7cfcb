import { describe, expect, it } from "vitest";
import { ProviderConfigSchema } from "../core/config.js";
import { providerFiles, providerIdentity, standInProvider } from "./identity.js";

const openai = ProviderConfigSchema.parse({
  kind: "openai",
  model: "m",
  base_url: ["http://a/v1", "http://b/v1"],
});
const llama = ProviderConfigSchema.parse({ kind: "llama", model_path: "./q.gguf" });

describe("provider identity", () => {
  it("names what a model is, not where it is served", () => {
    const moved = ProviderConfigSchema.parse({ kind: "openai", model: "m", base_url: "http://c/v1" });
    expect(providerIdentity(openai)).toBe(providerIdentity(moved));
    expect(providerIdentity(llama)).toBe("llama:./q.gguf");
  });

  it("lists the local files a provider needs by their config field", () => {
    expect(providerFiles(openai)).toEqual({});
    expect(providerFiles(llama)).toEqual({ model_path: "./q.gguf" });
  });

  it("gives a stand-in that validates as an OpenAI provider and keeps the served model name", () => {
    const s = standInProvider(openai, "policy", "http://127.0.0.1:1/v1");
    expect(ProviderConfigSchema.parse(s)).toEqual(s);
    expect(s.model).toBe("m");
    expect(standInProvider(llama, "local", "http://127.0.0.1:1/v1").model).toBe("dry-run-local");
  });
});
