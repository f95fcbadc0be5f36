// Aggregates the posture rule families (collab/, inventory/, repo/, gha/, pipeline/, ...).
import type { Rule } from '../rule';

export const postureRules: readonly Rule[] = [];
