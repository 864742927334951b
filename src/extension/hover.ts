// Hover on an entity mention or a quotation: who it is, what the article calls them, what
// they are quoted as saying; or who said a quotation and on whose authority.
import * as vscode from 'vscode';
import { deskHover, entityAt, entityHover, quoteAt, quoteHover, type HoverDecor } from '../service/service';
import type { DeskAnnotations } from './annotations';
import type { AnalysisStore } from './store';
import { revealCommandUri, REVEAL_COMMAND } from './reveal';

/** The hover's links reveal a span of the document; its headings carry theme icons. */
function decor(doc: vscode.TextDocument): HoverDecor {
  return { link: (label, start, end) => `[${label}](${revealCommandUri(doc.uri, start, end)})`, icon: (name) => `$(${name}) ` };
}

function markdown(value: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(value, true);
  md.isTrusted = { enabledCommands: [REVEAL_COMMAND] };
  return md;
}

export function registerHover(context: vscode.ExtensionContext, store: AnalysisStore, notes?: DeskAnnotations): void {
  context.subscriptions.push(vscode.languages.registerHoverProvider({ language: 'article' }, {
    async provideHover(doc, position) {
      // A long article's analysis comes from the worker: wait for it briefly rather than block.
      const a = await store.getSoon(doc);
      if (!a) return undefined;
      const offset = doc.offsetAt(position);
      const e = entityAt(a, offset);
      if (e) {
        const m = e.mentions.find((x) => x.start <= offset && offset < x.end)!;
        return new vscode.Hover(markdown(entityHover(doc, a, e, decor(doc)) + deskHover(notes?.on(doc, a, { entity: e.id }) ?? [], decor(doc))), new vscode.Range(doc.positionAt(m.start), doc.positionAt(m.end)));
      }
      const q = quoteAt(a, offset);
      if (q) return new vscode.Hover(markdown(quoteHover(doc, a, q, decor(doc)) + deskHover(notes?.on(doc, a, { quote: a.quotes.indexOf(q) }) ?? [], decor(doc))), new vscode.Range(doc.positionAt(q.start), doc.positionAt(q.end)));
      return undefined;
    },
  }));
}
