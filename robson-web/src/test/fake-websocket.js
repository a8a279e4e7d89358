/**
 * A WebSocket the test drives: it records what the page sends, and the test plays the server
 * (open, frames, close). Every instance is kept in `FakeWebSocket.instances`, newest last.
 */
export class FakeWebSocket {
  static instances = [];

  static reset() {
    FakeWebSocket.instances = [];
  }

  static latest() {
    return FakeWebSocket.instances[FakeWebSocket.instances.length - 1];
  }

  constructor(url) {
    this.url = url;
    this.sent = [];
    this.closedWith = null;
    this.confirmed = 0;
    FakeWebSocket.instances.push(this);
  }

  send(text) {
    this.sent.push(JSON.parse(text));
  }

  close(code = 1000) {
    this.closedWith = code;
  }

  // ---- the server's side ----

  open() {
    this.onopen?.();
  }

  frame(frame) {
    this.onmessage?.({ data: JSON.stringify(frame) });
  }

  /** Opens, answers the auth with ready and confirms each subscription the page asks for. */
  accept({ expiresAt = Math.floor(Date.now() / 1000) + 900, graceSeconds = 30, lastEventId = 0 } = {}) {
    this.open();
    this.frame({
      type: 'ready',
      username: 'demo',
      expires_at: expiresAt,
      closes_at: expiresAt + graceSeconds,
      last_event_id: lastEventId,
    });
    this.confirmSubscriptions();
  }

  confirmSubscriptions() {
    const pending = this.sent.slice(this.confirmed);
    this.confirmed = this.sent.length;
    pending
      .filter((message) => message.type === 'subscribe')
      .forEach((message) => this.frame({ type: 'subscribed', channel: message.channel }));
  }

  serverClose(code) {
    this.onclose?.({ code });
  }
}
