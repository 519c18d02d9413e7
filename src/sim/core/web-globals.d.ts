// The web-platform globals the simulator uses, declared for tsconfig.sim.json (which compiles
// src/sim with no Node types): browsers, web workers and Node all have them. tsconfig.json excludes
// this file (there @types/node declares them). Add a global here only if a web worker has it.
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer): string;
}
declare class URLSearchParams {
  constructor(init?: string);
  get(name: string): string | null;
}
declare function structuredClone<T>(value: T): T;
declare function atob(data: string): string;
declare function btoa(data: string): string;
