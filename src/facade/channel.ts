/** Short form of an S3 input channel for the tuning-job chain. */
import type {
  AdmittedCompressionType,
  AdmittedRecordWrapper,
  AdmittedS3DataDistribution,
  AdmittedS3DataType,
  AdmittedTrainingInputMode,
  CompressionType,
  RecordWrapper,
  S3DataDistribution,
  S3DataType,
  TrainingInputMode,
} from "../../generated/enums.js";
import type { StrictChannel } from "../../generated/shapes/channel.js";

/** Options of an S3 channel; every member maps to the `Channel` or `S3DataSource` member of the same name. */
export interface ChannelOptions {
  /** MIME type of the data, such as `text/csv` or `application/x-parquet`. */
  contentType?: string;
  /** `S3Prefix` when omitted. */
  s3DataType?: S3DataType | AdmittedS3DataType;
  /** `FullyReplicated` when omitted. */
  distribution?: S3DataDistribution | AdmittedS3DataDistribution;
  compression?: CompressionType | AdmittedCompressionType;
  recordWrapperType?: RecordWrapper | AdmittedRecordWrapper;
  /** Overrides the algorithm's input mode for this channel. */
  inputMode?: TrainingInputMode | AdmittedTrainingInputMode;
  /** Attribute names to read from an augmented manifest file. */
  attributeNames?: string[];
}

/** Builds a channel that reads an S3 prefix, manifest or augmented manifest. */
export function channelFromS3(name: string, s3Uri: string, options: ChannelOptions): StrictChannel {
  const channel: StrictChannel = {
    ChannelName: name,
    DataSource: {
      S3DataSource: {
        S3DataType: options.s3DataType ?? "S3Prefix",
        S3Uri: s3Uri,
        S3DataDistributionType: options.distribution ?? "FullyReplicated",
        ...(options.attributeNames ? { AttributeNames: [...options.attributeNames] } : {}),
      },
    },
  };
  if (options.contentType !== undefined) channel.ContentType = options.contentType;
  if (options.compression !== undefined) channel.CompressionType = options.compression;
  if (options.recordWrapperType !== undefined)
    channel.RecordWrapperType = options.recordWrapperType;
  if (options.inputMode !== undefined) channel.InputMode = options.inputMode;

  return channel;
}
