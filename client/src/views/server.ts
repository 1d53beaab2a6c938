/**
 * What the views need from the language client: custom requests and notifications (see server/src/protocol.ts).
 * The client keeps one handler per notification method, so only registerViews subscribes, and fans out.
 */
export interface ServerRequests {
  sendRequest<R>(method: string, params: unknown): Promise<R>;
  onNotification(method: string, handler: (params: unknown) => void): { dispose(): unknown };
}
