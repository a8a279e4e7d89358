package dev.robson.server.events;

import java.util.List;

/**
 * Something besides the push stream that takes every event from the outbox (alert delivery).
 * Called inside the relay's transaction before the events are published: it must be
 * idempotent, since an event is handed over again when its batch is retried.
 */
public interface EventSink {

    void take(List<OperationEvent> events);
}
