// The language server's optional extras, shared by the server and its clients: the custom
// requests and notifications, what a client says about itself, and a document's state. No
// platform API and no protocol library here: the extension imports it without the server.
import type { Analysis } from '../core';
import type { TeamConfig } from '../core/checks/config';
import type { DeskList } from '../core/entities/desk';
import type { DeskAnnotation } from '../core/annotations';

/** What a client may say, in initializationOptions, about where the analysis worker is. */
export interface WorkerInit {
  /** The URL of the analysis worker's script (a browser server cannot find it from its own location). */
  readonly analysisWorker?: string;
}

/** The custom requests and notifications: optional extras, the server is fully useful without them. */
export const PROTOCOL = {
  /** Client to server: the whole analysis of an open document's current version (its state). */
  analysis: 'articleLens/analysis',
  /** Client to server: analyse a text that is not open (Check Workspace, a report on a file). */
  analyseText: 'articleLens/analyseText',
  /** Client to server: lift the size limit for an open document, and analyse it. */
  analyzeAnyway: 'articleLens/analyzeAnyway',
  /** Client to server: the files beside an article changed (or every article's, without a URI). */
  inputsChanged: 'articleLens/inputsChanged',
  /** Client to server: what the analysis worker did. */
  status: 'articleLens/status',
  /** Server to client, when the client asks for it: each analysis as it completes. */
  didAnalyse: 'articleLens/didAnalyse',
  /** Server to client, when the client offers it: the team configuration, desk list and annotations. */
  inputs: 'articleLens/inputs',
  /** Client to server, only when the client says it runs tests: make analyses of matching texts fail. */
  testFail: 'articleLens/test/failAnalyses',
} as const;

/** What a client may say about itself under `capabilities.experimental.articleLens`. */
export interface ClientFlags {
  /** The client answers PROTOCOL.inputs (it reads the files beside an article itself, and owns the annotations). */
  readonly inputs?: boolean;
  /** The client wants PROTOCOL.didAnalyse notifications. */
  readonly didAnalyse?: boolean;
  /** The client runs `command:` links in hovers and draws `$(icon)` theme icons (VS Code). */
  readonly commandLinks?: boolean;
  /** The client is a test run: PROTOCOL.testFail is served. */
  readonly testHooks?: boolean;
}

/** What the client answers to PROTOCOL.inputs. Every field optional; JSON only. */
export interface ClientInputs {
  readonly team?: TeamConfig | null;
  readonly desk?: DeskList | null;
  readonly annotations?: readonly DeskAnnotation[] | null;
  readonly problems?: readonly string[] | null;
}

/** A document's analysis, or why there is none. */
export type DocState =
  | {
    readonly kind: 'ready'; readonly version: number; readonly analysis: Analysis; readonly ms: number;
    /** Why each quotation is credited as it is, in words (for a client's views); sent to PROTOCOL.didAnalyse clients. */
    readonly explanations?: readonly string[];
  }
  | { readonly kind: 'too-large'; readonly version: number; readonly size: number }
  | { readonly kind: 'failed'; readonly version: number; readonly message: string }
  | { readonly kind: 'timed-out'; readonly version: number; readonly ms: number };
