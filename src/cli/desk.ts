// The desk entity list and the team configuration for the CLI: `--desk FILE` / `--config FILE`,
// or the nearest `.article-lens/entities.json` / `.article-lens/config.json` in the article's
// folder or above.
import path from 'node:path';
import { parseTeamConfig, type TeamConfig } from '../core/checks/config';
import { parseDeskList, type DeskList } from '../core/entities/desk';
import type { Problem } from './files';
import { NearestFiles } from './nearest';

export const DESK_FILE = path.join('.article-lens', 'entities.json');
export const CONFIG_FILE = path.join('.article-lens', 'config.json');

export class DeskLists extends NearestFiles<DeskList> {
  constructor(given: string | undefined, maxBytes: number, problem: (p: Problem) => void) {
    super(DESK_FILE, 'desk entity list', (text) => {
      const p = parseDeskList(text);
      return p.ok ? { ok: true, value: p.list } : p;
    }, given, maxBytes, problem);
  }
}

export class TeamConfigs extends NearestFiles<TeamConfig> {
  constructor(given: string | undefined, maxBytes: number, problem: (p: Problem) => void) {
    super(CONFIG_FILE, 'team configuration', (text) => {
      const p = parseTeamConfig(text);
      return p.ok ? { ok: true, value: p.config } : p;
    }, given, maxBytes, problem);
  }
}
