package dev.robson.server.operations;

import dev.robson.core.operation.Fee;
import dev.robson.core.operation.Operation;

/**
 * Where paper trading books what tracking a position bought (the paper ledger, in {@code paper/}),
 * so a later paper close leaves the quote balance moved by exactly the realized net P&amp;L.
 */
public interface PaperEntries {

    /** Books the entry of an operation just tracked, inside the transaction that inserted it. */
    void book(Operation tracked, Fee entryFee);
}
