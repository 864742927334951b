import * as vscode from 'vscode';
import { foldingRanges } from '../core/folding';

export function registerFolding(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.languages.registerFoldingRangeProvider({ language: 'article' }, {
      provideFoldingRanges(document) {
        return foldingRanges(document.getText()).map((r) => new vscode.FoldingRange(
          r.startLine, r.endLine, r.kind === 'section' ? vscode.FoldingRangeKind.Region : undefined,
        ));
      },
    }),
  );
}
