/** Small hand-made models for the constraint merge tests. */
import type { ShapeModel } from "../../codegen/model/shape-model.js";

/** A botocore `service-2.json` document with one structure of each interesting kind. */
export const botocoreDocument = {
  metadata: { apiVersion: "2017-07-24" },
  shapes: {
    JobRequest: {
      type: "structure",
      required: ["JobName"],
      members: {
        JobName: { shape: "JobName" },
        Count: { shape: "Count" },
        Ratio: { shape: "Ratio" },
        Mode: { shape: "Mode" },
        Names: { shape: "NameList" },
        Tags: { shape: "TagMap" },
        Zone: { shape: "Zone" },
        Broken: { shape: "BrokenPattern" },
        Flag: { shape: "Count" },
        Legacy: { shape: "JobName" },
      },
    },
    JobName: { type: "string", min: 1, max: 32, pattern: "[a-z](-*[a-z0-9]){0,31}" },
    Count: { type: "integer", min: 1, max: 10 },
    Ratio: { type: "float", min: 0, max: 1 },
    Mode: { type: "string", enum: ["Fast", "Slow", "Legacy"] },
    NameList: { type: "list", member: { shape: "JobName" }, min: 1, max: 5 },
    TagMap: { type: "map", key: { shape: "TagKey" }, value: { shape: "TagValue" }, max: 50 },
    TagKey: { type: "string", min: 1, max: 128 },
    TagValue: { type: "string", max: 256, pattern: ".*" },
    Zone: { type: "string", pattern: "[a-z]+\\-[0-9]" },
    BrokenPattern: { type: "string", pattern: "(a)${1,2}" },
    OnlyInBotocore: { type: "structure", members: {} },
  },
};

/** Builds a fresh shape model like the one the SDK reader produces for the JavaScript side. */
export function javascriptModel(): ShapeModel {
  return {
    sdkVersion: "3.0.0",
    operations: { CreateJob: { name: "CreateJob", input: "JobRequest", output: "JobResponse" } },
    shapes: {
      JobRequest: {
        kind: "structure",
        name: "JobRequest",
        doc: "",
        members: [
          { name: "JobName", type: { kind: "string" }, required: true, doc: "" },
          { name: "Count", type: { kind: "number", integer: false }, required: false, doc: "" },
          { name: "Ratio", type: { kind: "number", integer: false }, required: false, doc: "" },
          { name: "Mode", type: { kind: "enum", name: "Mode" }, required: false, doc: "" },
          {
            name: "Names",
            type: { kind: "list", member: { kind: "string" } },
            required: false,
            doc: "",
          },
          {
            name: "Tags",
            type: { kind: "map", key: { kind: "string" }, value: { kind: "string" } },
            required: false,
            doc: "",
          },
          { name: "Zone", type: { kind: "string" }, required: false, doc: "" },
          { name: "Broken", type: { kind: "string" }, required: false, doc: "" },
          { name: "Flag", type: { kind: "boolean" }, required: false, doc: "" },
          { name: "Preferences", type: { kind: "string" }, required: false, doc: "" },
        ],
      },
      JobResponse: { kind: "structure", name: "JobResponse", doc: "", members: [] },
      Mode: {
        kind: "enum",
        name: "Mode",
        doc: "",
        values: [
          { key: "Fast", value: "Fast" },
          { key: "Slow", value: "Slow" },
          { key: "Turbo", value: "Turbo" },
        ],
      },
    },
  };
}
