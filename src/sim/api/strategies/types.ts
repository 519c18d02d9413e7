// A resource's registry strategy (as in the API server's pkg/registry): how objects of one kind
// are defaulted, admitted, validated and deleted. Behaviour as data, one file per kind.
import type { SeededRandom } from '../../core/random.js';
import type { FieldError } from '../field-errors.js';
import type { KubeObject } from '../types.js';

/** What strategies may use from the cluster: the clock, the random source, allocators. */
export interface StrategyContext {
  now(): number;
  random: SeededRandom;
  /** Allocates a ClusterIP from the service CIDR (or checks a requested one); undefined when taken. */
  allocateClusterIP(requested?: string): string | undefined;
  releaseClusterIP(ip: string): void;
  allocateNodePort(requested?: number): number | undefined;
  releaseNodePort(port: number): void;
  /** The cluster's service CIDR, for error messages. */
  serviceCIDR: string;
}

export interface DeleteDecision {
  /** Remove at once (true), or mark with a deletionTimestamp and let a controller finish (false). */
  immediate: boolean;
  gracePeriodSeconds?: number;
}

export interface Strategy<T extends KubeObject = KubeObject> {
  /** Name rule for `metadata.name` (DNS-1123 subdomain for most kinds). */
  nameProblems(name: string): string[];
  /** Defaults and admission on create; may throw StatusError for admission failures. */
  prepareForCreate?(obj: T, ctx: StrategyContext): void;
  /** After the admission plugins changed the object (status that depends on the admitted spec: a pod's QoS class). */
  afterAdmission?(obj: T): void;
  validate?(obj: T): FieldError[];
  /** After validation passed on create: allocations (IPs, ports); may throw StatusError. */
  allocate?(obj: T, ctx: StrategyContext): void;
  /** Carries over server-owned fields (status, allocations) from the stored object. */
  prepareForUpdate?(next: T, old: T, ctx: StrategyContext): void;
  validateUpdate?(next: T, old: T): FieldError[];
  /** How a delete request proceeds; default: immediate. */
  deleteDecision?(obj: T, requestedGrace: number | undefined): DeleteDecision;
  /** Frees what the object held (service IPs, node ports) once it is gone. */
  afterDelete?(obj: T, ctx: StrategyContext): void;
  /** Kinds whose spec changes bump `metadata.generation`. */
  tracksGeneration?: boolean;
}
