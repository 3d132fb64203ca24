/** The product a reader knows, by the link that opens it. */
import { isCloud } from '../../reports/sonarqube/live/server.js';
import { TOOL_NAME } from '../../reports/sonarqube/project-status.js';

/**
 * "SonarQube Cloud" for a SonarQube link into sonarcloud.io or sonarqube.us: its users know it by
 * that name, not as a SonarQube server. Any other tool keeps its own name.
 */
export function linkedToolName(tool: string, link: string): string {
  const name = tool.trim();
  if (name !== TOOL_NAME) return name;
  return isCloud(link, undefined) ? `${TOOL_NAME} Cloud` : name;
}
