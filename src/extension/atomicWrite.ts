// Writing a file the desk depends on (annotations, the desk entity list) so that a crash or a
// full disk never leaves it half written: a temporary file beside it, then a rename over it.
import * as vscode from 'vscode';

export async function writeAtomically(file: vscode.Uri, text: string): Promise<void> {
  const tmp = file.with({ path: `${file.path}.tmp-${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}` });
  await vscode.workspace.fs.writeFile(tmp, new TextEncoder().encode(text));
  try {
    await vscode.workspace.fs.rename(tmp, file, { overwrite: true });
  } catch (err) {
    try { await vscode.workspace.fs.delete(tmp); } catch { /* already gone */ }
    throw err;
  }
}
