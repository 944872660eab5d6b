/**
 * Rules on the input channels of a training job definition.
 *
 * Sources:
 * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_Channel.html
 * https://docs.aws.amazon.com/sagemaker/latest/dg/augmented-manifest.html
 */
import { joinPath } from "../../problems.js";
import { describePath, formatValue } from "../describe.js";
import { arrayLength, field, isArray, isPlainObject, items, type PlainRecord } from "../read.js";
import { defineRule, recordAt, stringAt } from "./context.js";
import type { DefinitionEntry, SemanticRule } from "./types.js";

const maxChannels = 20;

interface ChannelEntry {
  channel: PlainRecord;
  path: string;
  /** The channel's `InputMode`, else the algorithm's `TrainingInputMode`, when either is a string. */
  inputMode: string | undefined;
}

function channelsOf(entry: DefinitionEntry): ChannelEntry[] {
  const listPath = joinPath(entry.path, "InputDataConfig");
  const algorithm = recordAt(entry.definition, "AlgorithmSpecification");
  const defaultMode = stringAt(algorithm, "TrainingInputMode");

  return items(field(entry.definition, "InputDataConfig")).flatMap(({ index, value }) => {
    if (!isPlainObject(value)) return [];

    return [
      {
        channel: value,
        path: joinPath(listPath, index),
        inputMode: stringAt(value, "InputMode") ?? defaultMode,
      },
    ];
  });
}

/** An `AugmentedManifestFile` data source needs the channel's effective input mode to be `Pipe`. */
export const augmentedManifestPipe = defineRule(
  "augmented-manifest-pipe",
  (_request, context, report) =>
    context.definitions.flatMap(channelsOf).flatMap(({ channel, path, inputMode }) => {
      const source = recordAt(recordAt(channel, "DataSource"), "S3DataSource");
      if (stringAt(source, "S3DataType") !== "AugmentedManifestFile") return [];
      if (inputMode === undefined || inputMode === "Pipe") return [];
      const typePath = `${path}.DataSource.S3DataSource.S3DataType`;
      const message = `${describePath(typePath)} is "AugmentedManifestFile", which works only in Pipe input mode, but the channel's input mode is ${formatValue(inputMode)}, so set the channel's \`InputMode\` to "Pipe" or use "S3Prefix".`;

      return [report.error(typePath, message, "AugmentedManifestFile")];
    }),
);

/** In File input mode, `RecordWrapperType` is unset or `None`. */
export const recordWrapperFileMode = defineRule(
  "record-wrapper-file-mode",
  (_request, context, report) =>
    context.definitions.flatMap(channelsOf).flatMap(({ channel, path, inputMode }) => {
      const wrapper = field(channel, "RecordWrapperType");
      if (inputMode !== "File" || wrapper === undefined || wrapper === "None") return [];
      const wrapperPath = joinPath(path, "RecordWrapperType");
      const message = `${describePath(wrapperPath)} must be unset or "None" in File input mode but received ${formatValue(wrapper)}, so remove it or set the channel's \`InputMode\` to "Pipe".`;

      return [report.error(wrapperPath, message, wrapper)];
    }),
);

/** Channel names are unique within a definition. */
export const uniqueChannelNames = defineRule("unique-channel-names", (_request, context, report) =>
  context.definitions.flatMap((entry) => {
    const seen = new Set<string>();

    return channelsOf(entry).flatMap(({ channel, path }) => {
      const name = stringAt(channel, "ChannelName");
      if (name === undefined) return [];
      if (!seen.has(name)) {
        seen.add(name);
        return [];
      }
      const namePath = joinPath(path, "ChannelName");
      const message = `${describePath(namePath)} is ${formatValue(name)}, which an earlier channel already uses, so give each channel its own name.`;
      return [report.error(namePath, message, name)];
    });
  }),
);

/** `InputDataConfig`, when set, contains 1 to 20 channels. */
export const channelCount = defineRule("channel-count", (_request, context, report) =>
  context.definitions.flatMap((entry) => {
    const list = field(entry.definition, "InputDataConfig");
    if (!isArray(list)) return [];
    const count = arrayLength(list);
    if (count === undefined || (count >= 1 && count <= maxChannels)) return [];
    const path = joinPath(entry.path, "InputDataConfig");
    const fix = count === 0 ? "add a channel or leave the member out" : "merge some channels";
    const message = `${describePath(path)} must contain 1 to ${maxChannels} channels but contains ${count}, so ${fix}.`;

    return [report.error(path, message, count)];
  }),
);

/** The rules of this file, in the order they run. */
export const channelRules: readonly SemanticRule[] = [
  augmentedManifestPipe,
  recordWrapperFileMode,
  uniqueChannelNames,
  channelCount,
];
