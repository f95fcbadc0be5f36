// The registry of posture rules. Each family keeps its own list (rules/<family>/index.ts);
// adding a rule means adding its file and one line in that list.
import type { Rule } from '../rule';
import { postureRules } from './posture-rules';

export const allRules: readonly Rule[] = postureRules;
