/** The one thing the views need from the language client: custom requests (see server/src/protocol.ts). */
export interface ServerRequests {
  sendRequest<R>(method: string, params: unknown): Promise<R>;
}
