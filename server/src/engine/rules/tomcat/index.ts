// tomcat/* — Tomcat's server.xml (Jira, Confluence and Bamboo run on it).
import type { Rule } from '../../rule';
import { ajpWithoutSecret } from './ajp-without-secret';

export const tomcatRules: readonly Rule[] = [ajpWithoutSecret];
