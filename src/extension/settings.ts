// Typed, validated settings in one place. A broken value falls back to its default and the
// user is told once which setting was ignored and why; nothing crashes.
import * as vscode from 'vscode';
import { parseSettings, SECTION, type RuleSeverity, type Settings } from '../service/settings';

export type { RuleSeverity };

export { DEFAULTS, SECTION } from '../service/settings';
export type { Settings };

function userName(): string {
  const env = typeof process !== 'undefined' ? process.env : undefined;
  return env?.USER || env?.USERNAME || env?.LOGNAME || 'unknown';
}

export function readSettings(scope?: vscode.ConfigurationScope): { settings: Settings; problems: string[] } {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  return parseSettings((key) => c.get<unknown>(key), userName);
}

/** Current settings, re-read on change (their problems are the language server's to report). */
export class SettingsWatcher implements vscode.Disposable {
  private current: Settings;
  private readonly emitter = new vscode.EventEmitter<Settings>();
  readonly onDidChange = this.emitter.event;
  private readonly sub: vscode.Disposable;

  constructor() {
    this.current = this.load();
    this.sub = vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(SECTION)) return;
      this.current = this.load();
      this.emitter.fire(this.current);
    });
  }

  get settings(): Settings {
    return this.current;
  }

  private load(): Settings {
    // (A broken value is reported by the language server, which reads the same settings with
    // the same parser: once, not twice.)
    return readSettings().settings;
  }

  dispose(): void {
    this.sub.dispose();
    this.emitter.dispose();
  }
}
