// Types for extract-proto-schema.mjs (a plain script so it can run with node alone).
export interface ProtoSchema {
  comment: string;
  messages: Record<string, Array<[number, string, string, string?, string?]>>;
}
export function extractProtoSchema(kubectlPath?: string): ProtoSchema;
export function formatProtoSchema(schema: ProtoSchema): string;
