/** The product a reader knows, by the link that opens it. */
import { TOOL_NAME } from '../../reports/sonarqube/project-status.js';

/** SonarQube Cloud's EU and US hosts (input-formats.md §1.2). */
const CLOUD_HOSTS = ['sonarcloud.io', 'sonarqube.us'];

/**
 * "SonarQube Cloud" for a SonarQube link into sonarcloud.io or sonarqube.us: its users know it by
 * that name, not as a SonarQube server. Any other tool keeps its own name.
 */
export function linkedToolName(tool: string, link: string): string {
  const name = tool.trim();
  if (name !== TOOL_NAME) return name;
  const host = new URL(link).hostname.toLowerCase();
  return CLOUD_HOSTS.some((h) => host === h || host.endsWith(`.${h}`)) ? `${TOOL_NAME} Cloud` : name;
}
