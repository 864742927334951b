// The team configuration in the editor: `.article-lens/config.json` in the article's workspace
// folder, watched, honoured as the CLI honours it. VS Code settings apply where it says
// nothing; a malformed file is reported once with its line, and the defaults apply.
import type * as vscode from 'vscode';
import { parseTeamConfig, type TeamConfig } from '../core/config';
import { FolderFiles } from './folderFiles';

export const CONFIG_FILE = '.article-lens/config.json';

export class TeamConfigFiles extends FolderFiles<TeamConfig> {
  constructor() {
    super(CONFIG_FILE, 'team configuration', (text) => {
      const p = parseTeamConfig(text);
      return p.ok ? { ok: true, value: p.config } : p;
    });
  }

  configFor(doc: vscode.TextDocument | vscode.Uri): TeamConfig | undefined {
    return this.valueFor(doc);
  }
}
